package org.disclosurewatch.store.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** A Panache query built from optional filters: a filter whose value is null or blank is left out. */
final class QueryFilter {
    private final StringBuilder where = new StringBuilder("1 = 1");
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** Adds {@code field = :name} when the value is present. */
    QueryFilter equal(String field, String name, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            where.append(" and ").append(field).append(" = :").append(name);
            params.put(name, value);
        }
        return this;
    }

    /** Adds {@code whenTrue} or {@code whenFalse} when the flag is present. */
    QueryFilter flag(Boolean flag, String whenTrue, String whenFalse) {
        if (flag != null) {
            where.append(" and ").append(flag ? whenTrue : whenFalse);
        }
        return this;
    }

    /** Adds the filters every listing of alerts shares: region, agency name, year. */
    QueryFilter filing(String region, String agency, Integer year) {
        return equal("agency.region", "region", region).equal("agency.name", "agency", agency).equal("year", "year", year);
    }

    /** The filters of the report list, on the summary the report carries. */
    QueryFilter report(String region, String agency, Integer year, String status) {
        return equal("region", "region", region).equal("agencyName", "agency", agency).equal("year", "year", year)
                .equal("status", "status", status);
    }

    String query(String orderBy) {
        return where + " order by " + orderBy;
    }

    String where() {
        return where.toString();
    }

    Map<String, Object> params() {
        return params;
    }
}
