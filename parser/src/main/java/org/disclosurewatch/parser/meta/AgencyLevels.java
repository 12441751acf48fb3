package org.disclosurewatch.parser.meta;

import org.disclosurewatch.contracts.form.AgencyLevel;

/**
 * The kind of filing body, from its name: a township or sub-district (乡, 镇, 街道, 办事处), a people's
 * government or a whole region (the name is only a region: "重庆市黔江区", "平潭综合实验区"), else a department.
 */
public final class AgencyLevels {
    private AgencyLevels() {
    }

    public static AgencyLevel of(String agency) {
        if (agency == null || agency.isBlank()) {
            return null;
        }
        String a = agency.strip();
        if (a.endsWith("街道办事处") || a.endsWith("街道") || a.endsWith("乡") || a.endsWith("镇")
                || a.endsWith("乡人民政府") || a.endsWith("镇人民政府") || a.endsWith("街道办")) {
            return AgencyLevel.TOWNSHIP;
        }
        if (a.endsWith("人民政府") || Regions.isRegionName(a)) {
            return AgencyLevel.GOVERNMENT;
        }
        if (a.endsWith("管理委员会") && Regions.isRegionName(a.substring(0, a.length() - "管理委员会".length()))) {
            return AgencyLevel.GOVERNMENT;
        }
        return AgencyLevel.DEPARTMENT;
    }
}
