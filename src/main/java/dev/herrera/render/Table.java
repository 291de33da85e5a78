package dev.herrera.render;

import java.util.List;

/** A plain text table: a header row and aligned columns separated by two spaces, then any footer. */
final class Table {
    private Table() {
    }

    static String render(Listing listing) {
        List<String> headers = listing.headers();
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = width(headers.get(c));
            for (List<Cell> r : listing.rows()) {
                widths[c] = Math.max(widths[c], width(r.get(c).text()));
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, headers, widths);
        for (List<Cell> r : listing.rows()) {
            line(sb, r.stream().map(Cell::text).toList(), widths);
        }
        if (!listing.footer().isEmpty()) {
            sb.append('\n');
            listing.footer().forEach(f -> sb.append(f).append('\n'));
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            line.append(cell);
            if (c < cells.size() - 1) {
                line.append(" ".repeat(widths[c] - width(cell) + 2));
            }
        }
        sb.append(line.toString().stripTrailing()).append('\n');
    }

    /** Columns a string takes on a terminal: one per code point, none for combining marks. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int type = Character.getType(cp);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                w++;
            }
            i += Character.charCount(cp);
        }
        return w;
    }
}
