package dev.herrera.render;

import java.util.List;

/**
 * A listing as tab-separated values with a header line: one record per line, so {@code cut -f} and
 * {@code awk -F'\t'} work. No value can break a row: every cell's text already has its tabs, line
 * breaks and other control characters written as visible escapes ({@link Cell}, {@link Escape}), and
 * a cell that a spreadsheet would read as a formula is made text ({@link Escape#spreadsheet}).
 */
final class Tsv {
    private Tsv() {
    }

    static String render(Listing listing) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.join("\t", listing.headers())).append('\n');
        for (List<Cell> r : listing.rows()) {
            for (int i = 0; i < r.size(); i++) {
                sb.append(i == 0 ? "" : "\t").append(Escape.spreadsheet(r.get(i).text()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
