package dev.herrera.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A listing as a Markdown pipe table (GitHub-flavoured), its columns padded so the source reads as a
 * table too. Every value passes {@link Escape#markdown}, so no value makes HTML, a link or an image,
 * or splits a cell; line breaks, tabs and other control characters already arrive as visible escapes
 * ({@link Cell}), so no value can break the table.
 */
final class Markdown {
    private Markdown() {
    }

    static String render(Listing listing) {
        List<String> headers = new ArrayList<>();
        for (String h : listing.headers()) {
            headers.add(Escape.markdown(h));
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<Cell> r : listing.rows()) {
            List<String> row = new ArrayList<>(r.size());
            for (Cell c : r) {
                row.add(Escape.markdown(c.text()));
            }
            rows.add(row);
        }
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Math.max(3, Width.of(headers.get(c)));
            for (List<String> r : rows) {
                widths[c] = Math.max(widths[c], Width.of(r.get(c)));
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, headers, widths);
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        line(sb, rule, widths);
        for (List<String> r : rows) {
            line(sb, r, widths);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] widths) {
        sb.append('|');
        for (int c = 0; c < cells.size(); c++) {
            sb.append(' ').append(Width.pad(cells.get(c), widths[c])).append(" |");
        }
        sb.append('\n');
    }
}
