package dev.herrera.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain text table: a header row and columns separated by two spaces, aligned by display width,
 * then any footer after a blank line. Given a width (a terminal's), no line is wider: the widest
 * columns are narrowed in turn, their values shortened with "…" by display width, and footer lines
 * wrap between words. Without one (0), every value is printed whole.
 */
final class Table {
    private Table() {
    }

    static String render(Listing listing) {
        return render(listing, Styler.PLAIN);
    }

    static String render(Listing listing, Styler styler) {
        return render(listing, styler, 0);
    }

    /** The table at most {@code maxWidth} columns wide, or whole when it is 0. */
    static String render(Listing listing, Styler styler, int maxWidth) {
        List<String> headers = listing.headers();
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Width.of(headers.get(c));
            for (List<Cell> r : listing.rows()) {
                widths[c] = Math.max(widths[c], Width.of(r.get(c).text()));
            }
        }
        if (maxWidth > 0) {
            narrow(widths, headers, maxWidth);
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
                wrap(sb, f.text(), maxWidth);
            }
        }
        return sb.toString();
    }

    /** The narrowest a column is made: a few letters and the ellipsis still say what it holds. */
    private static final int MIN_COLUMN = 6;

    /**
     * Columns of dates, numbers, scores and labels: shortened only when the free text alone cannot
     * make the table fit, since a cut date or score says nothing.
     */
    private static final java.util.Set<String> FIXED = java.util.Set.of("DATE", "FROM", "TO", "AS OF", "PUBLISHED",
            "SCORE", "RESULT", "GAMES", "WON", "DRAWN", "LOST", "WIN %", "GF", "GA", "DAYS", "GAP", "JOBS", "MATCHES",
            "CITED", "LANG", "TENURE", "STARTED", "KIND", "ROLE", "STAGE", "TYPE", "STATUS", "ID", "YEARS");

    /**
     * Narrows the widest free-text column, one column at a time, until the line (columns and the two
     * spaces between them) fits {@code maxWidth}; then, if it must, the other columns the same way;
     * no column goes below {@link #MIN_COLUMN}.
     */
    static void narrow(int[] widths, List<String> headers, int maxWidth) {
        int total = 2 * (widths.length - 1);
        for (int w : widths) {
            total += w;
        }
        for (boolean freeText : new boolean[] {true, false}) {
            while (total > maxWidth) {
                int widest = -1;
                for (int c = 0; c < widths.length; c++) {
                    boolean eligible = !freeText || !FIXED.contains(headers.get(c));
                    if (eligible && (widest < 0 || widths[c] > widths[widest])) {
                        widest = c;
                    }
                }
                if (widest < 0 || widths[widest] <= MIN_COLUMN) {
                    break;
                }
                widths[widest]--;
                total--;
            }
        }
    }

    /** A footer line, broken between words to fit {@code maxWidth} (0: whole). */
    private static void wrap(StringBuilder sb, String text, int maxWidth) {
        if (maxWidth <= 0 || Width.of(text) <= maxWidth) {
            sb.append(text).append('\n');
            return;
        }
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && Width.of(line.toString()) + 1 + Width.of(word) > maxWidth) {
                sb.append(line).append('\n');
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(Width.of(word) > maxWidth ? Width.fit(word, maxWidth, "…") : word);
        }
        sb.append(line).append('\n');
    }

    private static void line(StringBuilder sb, List<Cell> cells, int[] widths, Styler styler, boolean header) {
        // The last non-empty cell ends the line: no trailing spaces.
        int last = cells.size() - 1;
        while (last > 0 && cells.get(last).text().isEmpty()) {
            last--;
        }
        for (int c = 0; c <= last; c++) {
            Cell cell = cells.get(c);
            String text = Width.fit(cell.text(), widths[c], "…");
            if (!text.isEmpty()) {
                sb.append(header ? styler.header(text) : styler.cell(cell.tone(), text));
            }
            if (c < last) {
                sb.append(" ".repeat(widths[c] - Width.of(text) + 2));
            }
        }
        sb.append('\n');
    }

}
