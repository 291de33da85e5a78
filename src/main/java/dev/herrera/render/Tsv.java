package dev.herrera.render;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A listing as tab-separated values with a header line: one record per line, so {@code cut -f} and
 * {@code awk -F'\t'} work. A backslash, tab, newline or carriage return inside a value is written as
 * {@code \\}, {@code \t}, {@code \n} or {@code \r}, so no value can break a row.
 */
final class Tsv {
    private Tsv() {
    }

    static String render(Listing listing) {
        StringBuilder sb = new StringBuilder();
        line(sb, listing.headers());
        for (List<Cell> r : listing.rows()) {
            line(sb, r.stream().map(Cell::text).toList());
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> values) {
        sb.append(values.stream().map(Tsv::escape).collect(Collectors.joining("\t"))).append('\n');
    }

    static String escape(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
