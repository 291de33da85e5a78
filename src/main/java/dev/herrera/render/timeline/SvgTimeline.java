package dev.herrera.render.timeline;

import dev.herrera.model.TeamKind;
import dev.herrera.render.Escape;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Draws a {@link Timeline} as a self-contained SVG document: no external fonts, style sheets or
 * scripts. It opens with an accessible {@code <title>} and {@code <desc>}; every bar and mark
 * carries a {@code <title>} that browsers show as a tooltip. Since tooltips are lost when the chart
 * is an image, everything also reads on the page: each mark carries a number, and a key under the
 * legend lists every number with its date and description; a source line closes the chart. Club bars
 * are solid and national-team bars hatched, won finals point up and lost ones down, so the chart
 * reads without colour too.
 */
public final class SvgTimeline {
    /** Pixels per terminal column, when a width is given in columns ({@code --width}). */
    public static final int PX_PER_COLUMN = 12;
    private static final int MIN_WIDTH = 900;
    private static final int PX_PER_YEAR = 44;
    private static final int MARGIN = 16;
    private static final int RIGHT = 30;
    private static final int TOP = 84;
    private static final int ROW = 40;
    private static final int BAR = 16;
    private static final int MARK = 12;
    private static final int MIN_FADE = 5;
    private static final int LEGEND_LINE = 22;
    private static final int KEY_LINE = 17;
    /** A generous average width of a character of the 12-pixel text, for breaking lines before they overflow. */
    private static final double CHAR = 6.9;
    /** Where a key entry's date and description start, from the left of its column. */
    private static final int KEY_DATE = 46;
    private static final int KEY_TEXT = KEY_DATE + 84;
    /** The narrowest column of the key worth a second column; a wider picture gets more. */
    private static final int KEY_COLUMN = 560;
    private static final int KEY_GAP = 24;
    private static final String FONT = "font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\"";
    private static final String CLUB = "#2563a8";
    private static final String NATIONAL = "#c2410c";
    private static final String WON = "#15803d";
    private static final String LOST = "#b91c1c";
    private static final String INCIDENT = "#d97706";

    private SvgTimeline() {
    }

    /** The chart as wide as its years need (at least {@value #MIN_WIDTH} pixels). */
    public static String render(Timeline t) {
        return render(t, naturalWidth(t));
    }

    /** The chart {@code width} pixels wide. */
    public static String render(Timeline t, int width) {
        if (width < TerminalTimeline.MIN_WIDTH * PX_PER_COLUMN) {
            throw new IllegalArgumentException("the SVG timeline needs at least "
                    + TerminalTimeline.MIN_WIDTH * PX_PER_COLUMN + " pixels, not " + width);
        }
        double labelCol = Math.min(labelColumn(t), width * 0.35);
        double left = labelCol;
        double plot = width - RIGHT - left;
        int rowsBottom = TOP + ROW * Math.max(1, t.rows().size());
        Set<Timeline.MarkKind> kinds = EnumSet.noneOf(Timeline.MarkKind.class);
        boolean club = false;
        boolean national = false;
        boolean partial = false;
        boolean open = false;

        StringBuilder body = new StringBuilder();
        // Rows' background, so a long row is easy to follow.
        for (int i = 0; i < t.rows().size(); i++) {
            if (i % 2 == 0) {
                body.append("  <rect x=\"0\" y=\"").append(TOP + ROW * i).append("\" width=\"").append(width)
                        .append("\" height=\"").append(ROW).append("\" fill=\"#f4f6f8\"/>\n");
            }
        }
        // Axis: a tick and a grid line per year, labels where they fit.
        int step = 1;
        while (plot / t.scale().years() * step < 40) {
            step = step == 1 ? 2 : step == 2 ? 5 : step * 2;
        }
        body.append("  <g id=\"axis\" ").append(FONT).append(" font-size=\"12\" fill=\"#333333\">\n");
        body.append("    <line x1=\"").append(n(left)).append("\" y1=\"70\" x2=\"").append(n(left + plot))
                .append("\" y2=\"70\" stroke=\"#555555\"/>\n");
        for (int y = t.scale().firstYear(); y <= t.scale().lastYear() + 1; y++) {
            double x = left + plot * (y > t.scale().lastYear() ? 1 : t.scale().year(y));
            body.append("    <line x1=\"").append(n(x)).append("\" y1=\"66\" x2=\"").append(n(x)).append("\" y2=\"")
                    .append(rowsBottom).append("\" stroke=\"#d0d5da\" stroke-width=\"1\"/>\n");
            if (y <= t.scale().lastYear() && y % step == 0) {
                double mid = left + plot * (t.scale().year(y) + 0.5 / t.scale().years());
                body.append("    <text x=\"").append(n(mid)).append("\" y=\"60\" text-anchor=\"middle\">")
                        .append(Escape.xml(String.valueOf(y))).append("</text>\n");
            }
        }
        body.append("  </g>\n");

        // Every mark is numbered, row by row and left to right along a row; the key lists them by number.
        List<KeyEntry> key = new ArrayList<>();
        for (int i = 0; i < t.rows().size(); i++) {
            Timeline.Row row = t.rows().get(i);
            double top = TOP + ROW * i;
            double mid = top + 15;
            body.append("  <g class=\"row\">\n");
            body.append("    <text x=\"").append(n(labelCol - 14)).append("\" y=\"").append(n(mid + 4.5))
                    .append("\" text-anchor=\"end\" ").append(FONT).append(" font-size=\"13\" fill=\"#111111\"")
                    .append(row.kind() == null ? " font-style=\"italic\"" : "").append('>')
                    .append(Escape.xml(row.label())).append("</text>\n");
            for (Timeline.Bar bar : row.bars()) {
                boolean nat = bar.kind() == TeamKind.NATIONAL;
                club |= !nat;
                national |= nat;
                partial |= bar.head() == Timeline.End.PARTIAL || bar.tail() == Timeline.End.PARTIAL;
                open |= bar.head() == Timeline.End.OPEN || bar.tail() == Timeline.End.OPEN;
                bar(body, bar, left, plot, mid - BAR / 2.0);
            }
            double[] xs = new double[row.marks().size()];
            for (int m = 0; m < xs.length; m++) {
                xs[m] = left + plot * row.marks().get(m).at();
            }
            // Apart enough for a two-digit number under each mark.
            double[] spread = Spread.apart(xs, MARK + 6, left, left + plot);
            for (int m = 0; m < xs.length; m++) {
                Timeline.Mark mark = row.marks().get(m);
                kinds.add(mark.kind());
                String number = String.valueOf(key.size() + 1);
                key.add(new KeyEntry(number, mark, row.kind() == null ? null : row.label()));
                body.append("    <g class=\"mark ")
                        .append(mark.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .append("\">\n      <title>").append(Escape.xml(mark.text())).append("</title>\n      ");
                markShape(body, mark.kind(), spread[m], mid);
                body.append("\n      <text x=\"").append(n(spread[m])).append("\" y=\"").append(n(top + 35))
                        .append("\" text-anchor=\"middle\" ").append(FONT)
                        .append(" font-size=\"10\" font-weight=\"bold\" fill=\"#111111\">")
                        .append(Escape.xml(number)).append("</text>\n    </g>\n");
            }
            body.append("  </g>\n");
        }

        if (t.rows().isEmpty()) {
            body.append("  <text x=\"").append(n(left)).append("\" y=\"").append(TOP + 20).append("\" ").append(FONT)
                    .append(" font-size=\"13\" font-style=\"italic\" fill=\"#333333\">")
                    .append(Escape.xml(TerminalTimeline.NOTHING)).append("</text>\n");
        }
        int y = legend(body, club, national, partial, open, kinds, rowsBottom + 30, width);
        y = key(body, key, y + 12, width);
        String source = "Source: herrera dataset, updated " + t.updated() + "; every fact cited";
        y += 14;
        body.append("  <text id=\"source\" x=\"").append(MARGIN).append("\" y=\"").append(y).append("\" ")
                .append(FONT).append(" font-size=\"11\" fill=\"#555555\">").append(Escape.xml(source))
                .append("</text>\n");
        int height = y + 14;

        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"timeline-title timeline-desc\">\n");
        sb.append("  <title id=\"timeline-title\">").append(Escape.xml(t.title())).append("</title>\n");
        sb.append("  <desc id=\"timeline-desc\">").append(Escape.xml(t.description())).append("</desc>\n");
        sb.append("  <defs>\n");
        sb.append("    <pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
                + " patternTransform=\"rotate(45)\">\n");
        sb.append("      <rect width=\"6\" height=\"6\" fill=\"#fbe3d6\"/>\n");
        sb.append("      <rect width=\"3\" height=\"6\" fill=\"").append(NATIONAL).append("\"/>\n");
        sb.append("    </pattern>\n");
        sb.append("  </defs>\n");
        sb.append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        // The title shrinks to fit a narrow picture.
        double titleSize = Math.min(18, (width - 2 * MARGIN) / (0.62 * Math.max(1, t.title().length())));
        sb.append("  <text x=\"").append(MARGIN).append("\" y=\"30\" ").append(FONT).append(" font-size=\"")
                .append(n(titleSize)).append("\" font-weight=\"bold\" fill=\"#111111\">")
                .append(Escape.xml(t.title())).append("</text>\n");
        sb.append(body);
        sb.append("</svg>\n");
        return sb.toString();
    }

    /** The width the chart takes when none is asked for: room for the labels and every year. */
    static int naturalWidth(Timeline t) {
        return (int) Math.max(MIN_WIDTH, Math.ceil(labelColumn(t) + RIGHT + PX_PER_YEAR * t.scale().years()));
    }

    private static double labelColumn(Timeline t) {
        int maxLabel = t.rows().stream().mapToInt(r -> r.label().length()).max().orElse(0);
        return Math.max(110, 24 + 7.5 * maxLabel);
    }

    /** A mark as the key lists it: its number on the chart, and its row's team (null for none). */
    private record KeyEntry(String number, Timeline.Mark mark, String team) {
    }

    /**
     * The key under the legend: a heading, then each mark's number, shape, date and description,
     * in as many columns as the width holds, each description broken into lines that fit its column.
     * Returns the baseline of its last line.
     */
    private static int key(StringBuilder sb, List<KeyEntry> entries, int y, int width) {
        if (entries.isEmpty()) {
            return y;
        }
        int usable = width - 2 * MARGIN;
        int columns = Math.max(1, Math.min(3, (usable + KEY_GAP) / (KEY_COLUMN + KEY_GAP)));
        double columnWidth = (usable - KEY_GAP * (columns - 1)) / (double) columns;
        // At the narrowest width allowed a column still holds a description beside its date.
        int chars = (int) ((columnWidth - KEY_TEXT) / CHAR);
        List<List<String>> lines = new ArrayList<>();
        int total = 0;
        for (KeyEntry e : entries) {
            String text = e.team() == null ? e.mark().label() : e.team() + ": " + e.mark().label();
            List<String> l = TerminalTimeline.wrap(text, chars, 0);
            lines.add(l);
            total += l.size();
        }
        int perColumn = (total + columns - 1) / columns;

        sb.append("  <g id=\"key\" ").append(FONT).append(" font-size=\"12\" fill=\"#222222\">\n");
        int headY = y + 16;
        sb.append("    <text x=\"").append(MARGIN).append("\" y=\"").append(headY)
                .append("\" font-size=\"13\" font-weight=\"bold\">")
                .append(Escape.xml("Finals and incidents, by their numbers on the chart")).append("</text>\n");
        int firstLine = headY + 6 + KEY_LINE;
        int column = 0;
        int line = 0;
        int bottom = firstLine;
        for (int i = 0; i < entries.size(); i++) {
            KeyEntry e = entries.get(i);
            List<String> l = lines.get(i);
            if (line > 0 && line + l.size() > perColumn && column < columns - 1) {
                column++;
                line = 0;
            }
            double x = MARGIN + column * (columnWidth + KEY_GAP);
            int baseline = firstLine + line * KEY_LINE;
            sb.append("    <g class=\"key-entry\">\n");
            sb.append("      <text x=\"").append(n(x + 18)).append("\" y=\"").append(baseline)
                    .append("\" text-anchor=\"end\" font-weight=\"bold\">").append(Escape.xml(e.number()))
                    .append("</text>\n      ");
            markShape(sb, e.mark().kind(), x + 31, baseline - 4);
            sb.append("\n      <text x=\"").append(n(x + KEY_DATE)).append("\" y=\"").append(baseline).append("\">")
                    .append(Escape.xml(e.mark().date())).append("</text>\n");
            for (int k = 0; k < l.size(); k++) {
                sb.append("      <text x=\"").append(n(x + KEY_TEXT)).append("\" y=\"").append(baseline + k * KEY_LINE)
                        .append("\">").append(Escape.xml(l.get(k))).append("</text>\n");
            }
            sb.append("    </g>\n");
            line += l.size();
            bottom = Math.max(bottom, firstLine + (line - 1) * KEY_LINE);
        }
        sb.append("  </g>\n");
        return bottom + 8;
    }

    private static void bar(StringBuilder sb, Timeline.Bar bar, double left, double plot, double y) {
        boolean nat = bar.kind() == TeamKind.NATIONAL;
        String fill = nat ? "url(#hatch)" : CLUB;
        String stroke = nat ? NATIONAL : CLUB;
        double x0 = left + plot * bar.start();
        double x3 = left + plot * bar.end();
        double x1 = left + plot * bar.solidStart();
        double x2 = left + plot * bar.solidEnd();
        // A partial end always shows, however short the span it names.
        if (bar.head() == Timeline.End.PARTIAL && x1 - x0 < MIN_FADE) {
            x1 = Math.min(x3, x0 + MIN_FADE);
        }
        if (bar.tail() == Timeline.End.PARTIAL && x3 - x2 < MIN_FADE) {
            x2 = Math.max(x0, x3 - MIN_FADE);
        }
        if (x2 < x1) {
            x2 = x1 = (x1 + x2) / 2;
        }
        sb.append("    <g class=\"bar ").append(nat ? "national" : "club").append("\" id=\"stint-")
                .append(Escape.xml(bar.stintId())).append("\">\n");
        sb.append("      <title>").append(Escape.xml(bar.text())).append("</title>\n");
        if (x1 > x0) {
            fade(sb, x0, x1, y, fill, stroke);
        }
        if (x2 > x1) {
            sb.append("      <rect x=\"").append(n(x1)).append("\" y=\"").append(n(y)).append("\" width=\"")
                    .append(n(x2 - x1)).append("\" height=\"").append(BAR).append("\" fill=\"").append(fill)
                    .append("\" stroke=\"").append(stroke).append("\"/>\n");
        }
        if (x3 > x2) {
            fade(sb, x2, x3, y, fill, stroke);
        }
        if (bar.head() == Timeline.End.OPEN) {
            sb.append("      <path d=\"M").append(n(x0)).append(',').append(n(y)).append(" l-7,").append(BAR / 2)
                    .append(" l7,").append(BAR / 2).append(" z\" fill=\"").append(stroke).append("\"/>\n");
        }
        if (bar.tail() == Timeline.End.OPEN) {
            sb.append("      <path d=\"M").append(n(x3)).append(',').append(n(y)).append(" l7,").append(BAR / 2)
                    .append(" l-7,").append(BAR / 2).append(" z\" fill=\"").append(stroke).append("\"/>\n");
        }
        sb.append("    </g>\n");
    }

    private static void fade(StringBuilder sb, double x0, double x1, double y, String fill, String stroke) {
        sb.append("      <rect x=\"").append(n(x0)).append("\" y=\"").append(n(y)).append("\" width=\"")
                .append(n(x1 - x0)).append("\" height=\"").append(BAR).append("\" fill=\"").append(fill)
                .append("\" fill-opacity=\"0.35\" stroke=\"").append(stroke)
                .append("\" stroke-dasharray=\"3 2\"/>\n");
    }

    private static void markShape(StringBuilder sb, Timeline.MarkKind kind, double x, double y) {
        double h = MARK / 2.0;
        switch (kind) {
            case FINAL_WON -> sb.append("<path d=\"M").append(n(x)).append(',').append(n(y - h - 1))
                    .append(" L").append(n(x + h + 1)).append(',').append(n(y + h))
                    .append(" L").append(n(x - h - 1)).append(',').append(n(y + h))
                    .append(" Z\" fill=\"").append(WON).append("\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>");
            case FINAL_LOST -> sb.append("<path d=\"M").append(n(x)).append(',').append(n(y + h + 1))
                    .append(" L").append(n(x + h + 1)).append(',').append(n(y - h))
                    .append(" L").append(n(x - h - 1)).append(',').append(n(y - h))
                    .append(" Z\" fill=\"").append(LOST).append("\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>");
            case FINAL_DRAWN -> sb.append("<path d=\"M").append(n(x)).append(',').append(n(y - h))
                    .append(" L").append(n(x + h)).append(',').append(n(y))
                    .append(" L").append(n(x)).append(',').append(n(y + h))
                    .append(" L").append(n(x - h)).append(',').append(n(y))
                    .append(" Z\" fill=\"#555555\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>");
            case INCIDENT -> sb.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y))
                    .append("\" r=\"").append(n(h + 0.5)).append("\" fill=\"").append(INCIDENT)
                    .append("\" stroke=\"#ffffff\" stroke-width=\"1.5\"/><text x=\"").append(n(x))
                    .append("\" y=\"").append(n(y + 4)).append("\" text-anchor=\"middle\" ").append(FONT)
                    .append(" font-size=\"11\" font-weight=\"bold\" fill=\"#ffffff\">!</text>");
        }
    }

    /**
     * The legend: a swatch and words for each kind of bar and mark drawn, on as many lines as the
     * width needs. Returns the baseline of its last line.
     */
    private static int legend(StringBuilder sb, boolean club, boolean national, boolean partial, boolean open,
            Set<Timeline.MarkKind> kinds, int y, int width) {
        sb.append("  <g id=\"legend\" ").append(FONT).append(" font-size=\"12\" fill=\"#333333\">\n");
        double[] at = {MARGIN, y};
        if (club) {
            double x = place(at, 28, "club", width);
            sb.append("    <rect x=\"").append(n(x)).append("\" y=\"").append(n(at[1] - 10))
                    .append("\" width=\"22\" height=\"12\" fill=\"").append(CLUB).append("\"/>\n");
            label(sb, at, x + 28, "club");
        }
        if (national) {
            double x = place(at, 28, "national team", width);
            sb.append("    <rect x=\"").append(n(x)).append("\" y=\"").append(n(at[1] - 10))
                    .append("\" width=\"22\" height=\"12\" fill=\"url(#hatch)\" stroke=\"").append(NATIONAL)
                    .append("\"/>\n");
            label(sb, at, x + 28, "national team");
        }
        if (partial) {
            String words = "date known to the month or year only";
            double x = place(at, 28, words, width);
            sb.append("    <rect x=\"").append(n(x)).append("\" y=\"").append(n(at[1] - 10))
                    .append("\" width=\"22\" height=\"12\" fill=\"").append(CLUB)
                    .append("\" fill-opacity=\"0.35\" stroke=\"").append(CLUB).append("\" stroke-dasharray=\"3 2\"/>\n");
            label(sb, at, x + 28, words);
        }
        if (open) {
            String words = "goes on past the edge";
            double x = place(at, 30, words, width);
            sb.append("    <rect x=\"").append(n(x)).append("\" y=\"").append(n(at[1] - 10))
                    .append("\" width=\"16\" height=\"12\" fill=\"").append(CLUB).append("\"/>\n");
            sb.append("    <path d=\"M").append(n(x + 16)).append(',').append(n(at[1] - 10))
                    .append(" l7,6 l-7,6 z\" fill=\"").append(CLUB).append("\"/>\n");
            label(sb, at, x + 30, words);
        }
        for (Timeline.MarkKind k : kinds) {
            double x = place(at, 18, k.label(), width);
            markShape(sb.append("    "), k, x + 7, at[1] - 4);
            sb.append('\n');
            label(sb, at, x + 18, k.label());
        }
        sb.append("  </g>\n");
        return (int) at[1];
    }

    /**
     * Where an entry of a swatch and words starts: at {@code at} (x, baseline), or at the start of a
     * new line when it would pass the right edge.
     */
    private static double place(double[] at, double swatch, String words, int width) {
        if (at[0] > MARGIN && at[0] + swatch + CHAR * words.length() > width - MARGIN) {
            at[0] = MARGIN;
            at[1] += LEGEND_LINE;
        }
        return at[0];
    }

    private static void label(StringBuilder sb, double[] at, double x, String text) {
        sb.append("    <text x=\"").append(n(x)).append("\" y=\"").append(n(at[1])).append("\">")
                .append(Escape.xml(text)).append("</text>\n");
        at[0] = x + CHAR * text.length() + 22;
    }

    /** A number as SVG writes it: at most one decimal, no trailing zero. */
    private static String n(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? String.valueOf((long) r) : String.valueOf(r);
    }
}
