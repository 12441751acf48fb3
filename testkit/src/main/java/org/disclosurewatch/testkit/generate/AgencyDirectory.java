package org.disclosurewatch.testkit.generate;

import java.util.List;
import java.util.Random;
import org.disclosurewatch.contracts.form.AgencyLevel;

/**
 * Makes up filing bodies: departments of district and city governments, district governments and
 * townships / sub-districts, across several regions. Names are composed from word lists; they imitate the
 * shape of real names, not particular filings.
 */
final class AgencyDirectory {
    /** A region that files: its printed name, the portal host code and whether it is a city. */
    private record Region(String name, String hostCode, boolean city) {
    }

    private static final List<Region> REGIONS = List.of(
            new Region("重庆市綦江区", "cqqj", false),
            new Region("重庆市黔江区", "qianjiang", false),
            new Region("重庆市渝北区", "ybq", false),
            new Region("重庆市沙坪坝区", "cqspb", false),
            new Region("重庆市九龙坡区", "cqjlp", false),
            new Region("重庆市南岸区", "cqna", false),
            new Region("重庆市北碚区", "beibei", false),
            new Region("重庆市江津区", "jiangjin", false),
            new Region("重庆市永川区", "cqyc", false),
            new Region("重庆市铜梁区", "cqstl", false),
            new Region("重庆市荣昌区", "rongchang", false),
            new Region("重庆市城口县", "cqck", false),
            new Region("重庆市云阳县", "yunyang", false),
            new Region("重庆市石柱土家族自治县", "cqszx", false),
            new Region("重庆市", "cq", true),
            new Region("四川省成都市武侯区", "cdwh", false),
            new Region("四川省成都市锦江区", "cdjj", false),
            new Region("四川省成都市新都区", "xindu", false),
            new Region("四川省成都市郫都区", "pidu", false),
            new Region("四川省成都市", "chengdu", true),
            new Region("四川省绵阳市涪城区", "fucheng", false),
            new Region("贵州省贵阳市南明区", "nanming", false),
            new Region("湖北省武汉市洪山区", "hongshan", false),
            new Region("福建省福州市仓山区", "fzcangshan", false));

    /** Department names and their path codes. */
    private static final List<String[]> DEPARTMENTS = List.of(
            new String[] {"应急管理局", "yjj"}, new String[] {"生态环境局", "sthjj"},
            new String[] {"市场监督管理局", "scjgj"}, new String[] {"人力资源和社会保障局", "rlsbj"},
            new String[] {"住房和城乡建设委员会", "zjw"}, new String[] {"交通运输委员会", "jtw"},
            new String[] {"农业农村委员会", "nyw"}, new String[] {"教育委员会", "jw"},
            new String[] {"卫生健康委员会", "wjw"}, new String[] {"司法局", "sfj"},
            new String[] {"财政局", "czj"}, new String[] {"民政局", "mzj"},
            new String[] {"商务委员会", "sww"}, new String[] {"文化和旅游发展委员会", "whlyw"},
            new String[] {"规划和自然资源局", "ghzyj"}, new String[] {"医疗保障局", "ybj"},
            new String[] {"统计局", "tjj"}, new String[] {"退役军人事务局", "tyjrj"},
            new String[] {"城市管理局", "cgj"}, new String[] {"水利局", "slj"},
            new String[] {"林业局", "lyj"}, new String[] {"发展和改革委员会", "fgw"},
            new String[] {"审计局", "sjj"}, new String[] {"档案馆", "dag"},
            new String[] {"人民政府办公室", "zfb"});

    private static final String FIRST = "古文三石东安永赶横青龙双白金凤新龙兴太平长清河天明盘高";
    private static final String SECOND = "南龙江角溪稳城水山石桥坝湖田塘口坪寺场峰岭林阳沙";
    private static final List<String> TOWNSHIP_SUFFIXES = List.of("街道办事处", "镇人民政府", "乡人民政府", "镇");

    private AgencyDirectory() {
    }

    /** A filing body at a random level. */
    static GeneratedAgency pick(Random random) {
        int roll = random.nextInt(100);
        AgencyLevel level = roll < 55 ? AgencyLevel.DEPARTMENT : roll < 75 ? AgencyLevel.GOVERNMENT : AgencyLevel.TOWNSHIP;
        return pick(random, level);
    }

    /** A filing body of the given level. */
    static GeneratedAgency pick(Random random, AgencyLevel level) {
        Region region = REGIONS.get(random.nextInt(REGIONS.size()));
        while (level == AgencyLevel.TOWNSHIP && region.city()) {
            region = REGIONS.get(random.nextInt(REGIONS.size()));
        }
        String host = (random.nextBoolean() ? "www." : "") + region.hostCode() + ".gov.cn";
        return switch (level) {
            case DEPARTMENT -> {
                String[] d = DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()));
                yield new GeneratedAgency(region.name() + d[0], level, region.name(), host, d[1]);
            }
            case GOVERNMENT -> new GeneratedAgency(
                    random.nextBoolean() ? region.name() + "人民政府" : region.name(),
                    level, region.name(), host, "zf");
            case TOWNSHIP -> {
                String stem = "" + FIRST.charAt(random.nextInt(FIRST.length()))
                        + SECOND.charAt(random.nextInt(SECOND.length()));
                String suffix = TOWNSHIP_SUFFIXES.get(random.nextInt(TOWNSHIP_SUFFIXES.size()));
                yield new GeneratedAgency(region.name() + stem + suffix, level, region.name(), host, "zj");
            }
        };
    }
}
