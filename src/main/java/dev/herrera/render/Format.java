package dev.herrera.render;

import dev.herrera.model.Label;

/** How a listing is written to stdout. */
public enum Format implements Label {
    /** Aligned columns for a person at a terminal, with footer lines and, where allowed, colour. */
    TABLE,
    /** An array of the records themselves, with the dataset's field names. */
    JSON,
    /** Comma-separated values with a header line, quoted where needed. */
    CSV,
    /** Tab-separated values with a header line; tabs, newlines and backslashes in values are escaped. */
    TSV,
    /** A Markdown pipe table. */
    MD;
}
