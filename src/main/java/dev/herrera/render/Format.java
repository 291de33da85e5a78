package dev.herrera.render;

import dev.herrera.model.Label;

/** How a listing is written to stdout. */
public enum Format implements Label {
    /** Aligned columns for a person at a terminal, with footer lines and, where allowed, colour. */
    TABLE("table"),
    /** An array of the records themselves, with the dataset's field names. */
    JSON("json"),
    /** Comma-separated values with a header line, quoted where needed. */
    CSV("csv"),
    /** Tab-separated values with a header line; tabs, newlines and backslashes in values are escaped. */
    TSV("tsv"),
    /** A Markdown pipe table. */
    MD("md");

    private final String label;

    Format(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
