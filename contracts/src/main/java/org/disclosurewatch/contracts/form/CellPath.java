package org.disclosurewatch.contracts.form;

/** The dotted address of a cell: {@code requests.unavailable_needs_creation.total}. */
public record CellPath(Section section, String row, String column) {
    public static CellPath of(Section section, String row, String column) {
        return new CellPath(section, row, column);
    }

    public static CellPath parse(String dotted) {
        String[] parts = dotted.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("a cell path has three parts: " + dotted);
        }
        for (Section s : Section.values()) {
            if (s.key().equals(parts[0])) {
                return new CellPath(s, parts[1], parts[2]);
            }
        }
        throw new IllegalArgumentException("unknown section in " + dotted);
    }

    @Override
    public String toString() {
        return section.key() + "." + row + "." + column;
    }
}
