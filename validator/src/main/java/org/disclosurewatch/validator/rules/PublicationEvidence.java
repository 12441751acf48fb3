package org.disclosurewatch.validator.rules;

/**
 * Says in words where a publication date was read and which other dates the portal showed, for the message
 * of a late-filing finding: a clerk who disputes the alert sees at once what it rests on.
 */
public final class PublicationEvidence {
    private PublicationEvidence() {
    }

    /**
     * A clause such as {@code ；公开日期取自栏目列表，门户另示：网址 2025-03-10}, or the empty string when nothing is
     * known of the date's origin.
     *
     * @param source   {@code listing}, {@code page:<label>}, {@code meta:<name>}, {@code url}, or null
     * @param conflict the disagreeing dates as {@code "<source> <date>"}, several separated by {@code ", "} or
     *                 {@code "; "}, or null
     */
    public static String describe(String source, String conflict) {
        StringBuilder b = new StringBuilder();
        if (source != null && !source.isBlank()) {
            b.append("；公开日期取自").append(sourceName(source.strip()));
        }
        if (conflict != null && !conflict.isBlank()) {
            b.append(b.isEmpty() ? "；" : "，").append("门户另示：");
            String[] parts = conflict.split("\\s*[;,；，]\\s*");
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i].strip();
                int space = part.indexOf(' ');
                if (i > 0) {
                    b.append("、");
                }
                b.append(space > 0 ? sourceName(part.substring(0, space)) + " " + part.substring(space + 1).strip() : part);
            }
        }
        return b.toString();
    }

    /** The Chinese name of a date's source; an unknown source is quoted as it is. */
    static String sourceName(String source) {
        if (source.equals("listing")) {
            return "栏目列表";
        }
        if (source.equals("url")) {
            return "网址";
        }
        if (source.startsWith("page:")) {
            return "页面“" + source.substring("page:".length()) + "”";
        }
        if (source.equals("page")) {
            return "页面";
        }
        if (source.startsWith("meta:")) {
            return "页面元数据 " + source.substring("meta:".length());
        }
        if (source.equals("meta")) {
            return "页面元数据";
        }
        return source;
    }
}
