package dev.herrera.render.timeline;

import dev.herrera.model.TeamKind;
import dev.herrera.render.Escape;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Draws a {@link Timeline} as a self-contained SVG document: no external fonts, style sheets or
 * scripts. It opens with an accessible {@code <title>} and {@code <desc>}; every bar and mark
 * carries a {@code <title>} that browsers show as a tooltip. Club bars are solid and national-team
 * bars hatched, won finals point up and lost ones down, so the chart reads without colour too.
 */
public final class SvgTimeline {
    private static final int MIN_WIDTH = 900;
    private static final int PX_PER_YEAR = 44;
    private static final int RIGHT = 30;
    private static final int TOP = 84;
    private static final int ROW = 32;
    private static final int BAR = 16;
    private static final int MARK = 12;
    private static final int MIN_FADE = 5;
    private static final String FONT = "font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\"";
    private static final String CLUB = "#2563a8";
    private static final String NATIONAL = "#c2410c";
    private static final String WON = "#15803d";
    private static final String LOST = "#b91c1c";
    private static final String INCIDENT = "#d97706";

    private SvgTimeline() {
    }

    public static String render(Timeline t) {
        int maxLabel = t.rows().stream().mapToInt(r -> r.label().length()).max().orElse(0);
        double labelCol = Math.max(110, 24 + 7.5 * maxLabel);
        int width = (int) Math.max(MIN_WIDTH, Math.ceil(labelCol + RIGHT + PX_PER_YEAR * t.scale().years()));
        double left = labelCol;
        double plot = width - RIGHT - left;
        int rowsBottom = TOP + ROW * Math.max(1, t.rows().size());
        int legendY = rowsBottom + 30;
        int height = legendY + 24;
        Set<Timeline.MarkKind> kinds = EnumSet.noneOf(Timeline.MarkKind.class);
        boolean club = false;
        boolean national = false;
        boolean partial = false;
        boolean open = false;

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
        sb.append("  <text x=\"16\" y=\"30\" ").append(FONT).append(" font-size=\"18\" font-weight=\"bold\""
                + " fill=\"#111111\">").append(Escape.xml(t.title())).append("</text>\n");

        // Rows' background, so a long row is easy to follow.
        for (int i = 0; i < t.rows().size(); i++) {
            if (i % 2 == 0) {
                sb.append("  <rect x=\"0\" y=\"").append(TOP + ROW * i).append("\" width=\"").append(width)
                        .append("\" height=\"").append(ROW).append("\" fill=\"#f4f6f8\"/>\n");
            }
        }
        // Axis: a tick and a grid line per year, labels where they fit.
        int step = 1;
        while (plot / t.scale().years() * step < 40) {
            step = step == 1 ? 2 : step == 2 ? 5 : step * 2;
        }
        sb.append("  <g id=\"axis\" ").append(FONT).append(" font-size=\"12\" fill=\"#333333\">\n");
        sb.append("    <line x1=\"").append(n(left)).append("\" y1=\"70\" x2=\"").append(n(left + plot))
                .append("\" y2=\"70\" stroke=\"#555555\"/>\n");
        for (int y = t.scale().firstYear(); y <= t.scale().lastYear() + 1; y++) {
            double x = left + plot * (y > t.scale().lastYear() ? 1 : t.scale().year(y));
            sb.append("    <line x1=\"").append(n(x)).append("\" y1=\"66\" x2=\"").append(n(x)).append("\" y2=\"")
                    .append(rowsBottom).append("\" stroke=\"#d0d5da\" stroke-width=\"1\"/>\n");
            if (y <= t.scale().lastYear() && y % step == 0) {
                double mid = left + plot * (t.scale().year(y) + 0.5 / t.scale().years());
                sb.append("    <text x=\"").append(n(mid)).append("\" y=\"60\" text-anchor=\"middle\">")
                        .append(y).append("</text>\n");
            }
        }
        sb.append("  </g>\n");

        for (int i = 0; i < t.rows().size(); i++) {
            Timeline.Row row = t.rows().get(i);
            double mid = TOP + ROW * i + ROW / 2.0;
            sb.append("  <g class=\"row\">\n");
            sb.append("    <text x=\"").append(n(labelCol - 14)).append("\" y=\"").append(n(mid + 4.5))
                    .append("\" text-anchor=\"end\" ").append(FONT).append(" font-size=\"13\" fill=\"#111111\"")
                    .append(row.kind() == null ? " font-style=\"italic\"" : "").append('>')
                    .append(Escape.xml(row.label())).append("</text>\n");
            for (Timeline.Bar bar : row.bars()) {
                boolean nat = bar.kind() == TeamKind.NATIONAL;
                club |= !nat;
                national |= nat;
                partial |= bar.head() == Timeline.End.PARTIAL || bar.tail() == Timeline.End.PARTIAL;
                open |= bar.head() == Timeline.End.OPEN || bar.tail() == Timeline.End.OPEN;
                bar(sb, bar, left, plot, mid - BAR / 2.0);
            }
            double[] xs = new double[row.marks().size()];
            for (int m = 0; m < xs.length; m++) {
                xs[m] = left + plot * row.marks().get(m).at();
            }
            double[] spread = Spread.apart(xs, MARK + 1, left, left + plot);
            for (int m = 0; m < xs.length; m++) {
                Timeline.Mark mark = row.marks().get(m);
                kinds.add(mark.kind());
                sb.append("    <g class=\"mark ").append(mark.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .append("\">\n      <title>").append(Escape.xml(mark.text())).append("</title>\n      ");
                markShape(sb, mark.kind(), spread[m], mid);
                sb.append("\n    </g>\n");
            }
            sb.append("  </g>\n");
        }

        if (t.rows().isEmpty()) {
            sb.append("  <text x=\"").append(n(left)).append("\" y=\"").append(TOP + 20).append("\" ").append(FONT)
                    .append(" font-size=\"13\" font-style=\"italic\" fill=\"#333333\">")
                    .append(Escape.xml(TerminalTimeline.NOTHING)).append("</text>\n");
        }
        legend(sb, club, national, partial, open, kinds, legendY);
        sb.append("</svg>\n");
        return sb.toString();
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

    private static void legend(StringBuilder sb, boolean club, boolean national, boolean partial, boolean open,
            Set<Timeline.MarkKind> kinds, int y) {
        sb.append("  <g id=\"legend\" ").append(FONT).append(" font-size=\"12\" fill=\"#333333\">\n");
        double x = 16;
        double mid = y - 4;
        if (club) {
            sb.append("    <rect x=\"").append(n(x)).append("\" y=\"").append(n(mid - 6))
                    .append("\" width=\"22\" height=\"12\" fill=\"").append(CLUB).append("\"/>\n");
            x = label(sb, x + 28, y, "club");
        }
        if (national) {
            sb.append("    <rect x=\"").append(n(x)).append("\" y=\"").append(n(mid - 6))
                    .append("\" width=\"22\" height=\"12\" fill=\"url(#hatch)\" stroke=\"").append(NATIONAL)
                    .append("\"/>\n");
            x = label(sb, x + 28, y, "national team");
        }
        if (partial) {
            sb.append("    <rect x=\"").append(n(x)).append("\" y=\"").append(n(mid - 6))
                    .append("\" width=\"22\" height=\"12\" fill=\"").append(CLUB)
                    .append("\" fill-opacity=\"0.35\" stroke=\"").append(CLUB).append("\" stroke-dasharray=\"3 2\"/>\n");
            x = label(sb, x + 28, y, "date known to the month or year only");
        }
        if (open) {
            sb.append("    <rect x=\"").append(n(x)).append("\" y=\"").append(n(mid - 6))
                    .append("\" width=\"16\" height=\"12\" fill=\"").append(CLUB).append("\"/>\n");
            sb.append("    <path d=\"M").append(n(x + 16)).append(',').append(n(mid - 6))
                    .append(" l7,6 l-7,6 z\" fill=\"").append(CLUB).append("\"/>\n");
            x = label(sb, x + 30, y, "goes on past the edge");
        }
        for (Timeline.MarkKind k : kinds) {
            markShape(sb.append("    "), k, x + 7, mid);
            sb.append('\n');
            x = label(sb, x + 18, y, k.label());
        }
        sb.append("  </g>\n");
    }

    private static double label(StringBuilder sb, double x, int y, String text) {
        sb.append("    <text x=\"").append(n(x)).append("\" y=\"").append(y).append("\">").append(Escape.xml(text))
                .append("</text>\n");
        return x + 7 * text.length() + 22;
    }

    /** A number as SVG writes it: at most one decimal, no trailing zero. */
    private static String n(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? String.valueOf((long) r) : String.valueOf(r);
    }
}
