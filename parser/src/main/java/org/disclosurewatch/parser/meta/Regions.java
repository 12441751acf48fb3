package org.disclosurewatch.parser.meta;

import java.util.List;

/**
 * The region a filing body belongs to, read from the administrative divisions at the start of its name
 * ("重庆市綦江区应急管理局" → "重庆市綦江区"). When the name does not start with a province-level division,
 * the document is searched for the same region written with its province ("福建省平潭综合实验区").
 */
public final class Regions {
    /** The province-level divisions, as written in full. */
    static final List<String> PROVINCES = List.of(
            "北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省",
            "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省",
            "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "台湾省", "内蒙古自治区", "广西壮族自治区",
            "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区", "香港特别行政区", "澳门特别行政区");
    private static final String SUFFIXES = "省市区县旗州盟";
    private static final int MAX_DIVISION = 12;
    /** Characters that make a word with a preceding 市/区/县 ("市场", "市政", "区域", "县级"): not a division. */
    private static final String WORD_AFTER_SUFFIX = "场政容貌域级委直属";
    /** Words ending like a division that are not one ("城市管理局", "园区"). */
    private static final java.util.Set<String> COMMON_WORDS = java.util.Set.of("城市", "都市", "城区", "市区", "社区",
            "园区", "景区", "校区", "片区", "辖区", "郊区", "城乡");

    private Regions() {
    }

    /** The divisions the name starts with, or null when it starts with none. */
    public static String prefixOf(String name) {
        if (name == null) {
            return null;
        }
        int end = 0;
        for (String p : PROVINCES) {
            if (name.startsWith(p)) {
                end = p.length();
                break;
            }
        }
        while (true) {
            int next = nextDivisionEnd(name, end);
            if (next < 0) {
                break;
            }
            end = next;
        }
        return end == 0 ? null : name.substring(0, end);
    }

    /** Whether the whole name is a region (no body after the divisions). */
    public static boolean isRegionName(String name) {
        String p = prefixOf(name);
        return p != null && p.equals(name);
    }

    private static int nextDivisionEnd(String s, int from) {
        int limit = Math.min(s.length(), from + MAX_DIVISION);
        for (int i = from + 1; i < limit; i++) {
            char c = s.charAt(i);
            if (SUFFIXES.indexOf(c) >= 0) {
                String seg = s.substring(from, i + 1);
                boolean word = i + 1 < s.length() && WORD_AFTER_SUFFIX.indexOf(s.charAt(i + 1)) >= 0;
                if (seg.length() >= 2 && !word && !COMMON_WORDS.contains(seg) && !containsBodyWord(seg)) {
                    return i + 1;
                }
                return -1;
            }
        }
        return -1;
    }

    private static boolean containsBodyWord(String seg) {
        for (String w : new String[] {"局", "委", "办", "厅", "院", "部", "会", "所", "中心", "政府", "街道", "镇", "乡",
                "队", "站", "公司"}) {
            if (seg.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The region of an agency, qualified with its province when the document names it so. */
    public static String regionOf(String agency, List<String> documentTexts) {
        String region = prefixOf(agency);
        if (region == null) {
            return null;
        }
        for (String p : PROVINCES) {
            if (region.startsWith(p)) {
                return region;
            }
        }
        for (String text : documentTexts) {
            int i = text.indexOf(region);
            while (i >= 0) {
                for (String p : PROVINCES) {
                    if (i >= p.length() && text.startsWith(p, i - p.length())) {
                        return p + region;
                    }
                }
                i = text.indexOf(region, i + 1);
            }
        }
        return region;
    }
}
