package dev.herrera.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain text table: a header row and columns separated by two spaces, aligned by display width,
 * then any footer after a blank line.
 */
final class Table {
    private Table() {
    }

    static String render(Listing listing) {
        return render(listing, Styler.PLAIN);
    }

    static String render(Listing listing, Styler styler) {
        List<String> headers = listing.headers();
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Width.of(headers.get(c));
            for (List<Cell> r : listing.rows()) {
                widths[c] = Math.max(widths[c], Width.of(r.get(c).text()));
            }
        }
        StringBuilder sb = new StringBuilder();
        List<Cell> headerCells = new ArrayList<>(headers.size());
        for (String h : headers) {
            headerCells.add(Cell.of(h));
        }
        line(sb, headerCells, widths, styler, true);
        for (List<Cell> r : listing.rows()) {
            line(sb, r, widths, styler, false);
        }
        if (!listing.footer().isEmpty()) {
            sb.append('\n');
            for (Line f : listing.footer()) {
                sb.append(f.text()).append('\n');
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<Cell> cells, int[] widths, Styler styler, boolean header) {
        // The last non-empty cell ends the line: no trailing spaces.
        int last = cells.size() - 1;
        while (last > 0 && cells.get(last).text().isEmpty()) {
            last--;
        }
        for (int c = 0; c <= last; c++) {
            Cell cell = cells.get(c);
            String text = cell.text();
            if (!text.isEmpty()) {
                sb.append(header ? styler.header(text) : styler.cell(cell.tone(), text));
            }
            if (c < last) {
                sb.append(" ".repeat(widths[c] - Width.of(text) + 2));
            }
        }
        sb.append('\n');
    }

    /** Columns a string takes on a terminal. */
    static int width(String s) {
        return Width.of(s);
    }
}
