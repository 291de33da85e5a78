package dev.herrera.render.timeline;

import dev.herrera.model.TeamKind;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import dev.herrera.render.Line;
import dev.herrera.render.Styler;
import dev.herrera.render.Styler.Ink;
import dev.herrera.render.Width;

/**
 * Draws a {@link Timeline} as lines of text that fit a terminal {@code width} columns wide: a title,
 * year labels over an axis with a tick per year, a row per team (label, then its bars and marks),
 * and a legend of the glyphs used. Club and national-team bars use different glyphs, so they read
 * apart without colour; colour, when asked for, only adds to them.
 */
public final class TerminalTimeline {
    /** Narrower than this, a career of twenty years no longer reads. */
    public static final int MIN_WIDTH = 40;
    /** Wider than this is surely a mistake. */
    public static final int MAX_WIDTH = 1000;

    /** Shown in place of rows when the period holds nothing. */
    public static final String NOTHING = "(no job, final or incident in this period)";

    private static final int MAX_LABEL = 20;
    private static final int GAP = 2;
    /** Heads the key of marks, which follows the legend. */
    static final String KEY_HEADING = "Finals and incidents, in the order they stand on each row:";

    private static final int[] LABEL_STEPS = {1, 2, 5, 10, 20, 50, 100, 200, 500};

    private TerminalTimeline() {
    }

    /** The glyphs of one character set. */
    private record Glyphs(String clubSolid, String clubPartial, String nationalSolid, String nationalPartial,
            String openHead, String openTail, String won, String lost, String drawn, String incident,
            String axis, String tick, String ellipsis, String dash) {
        static final Glyphs UNICODE = new Glyphs("█", "░", "═", "╌", "◀", "▶", "▲", "▼", "◆", "!",
                "─", "┬", "…", "–");
        static final Glyphs ASCII = new Glyphs("#", ":", "=", "-", "<", ">", "W", "L", "D", "!",
                "-", "+", "~", "-");

        String mark(Timeline.MarkKind kind) {
            return switch (kind) {
                case FINAL_WON -> won;
                case FINAL_LOST -> lost;
                case FINAL_DRAWN -> drawn;
                case INCIDENT -> incident;
            };
        }
    }

    private static int maxWidth(List<String> texts) {
        int max = 0;
        for (String t : texts) {
            max = Math.max(max, Width.of(t));
        }
        return max;
    }

    /** The ink of a mark. */
    private static Ink ink(Timeline.MarkKind kind) {
        return switch (kind) {
            case FINAL_WON -> Ink.MARK_WON;
            case FINAL_LOST -> Ink.MARK_LOST;
            case FINAL_DRAWN -> Ink.MARK_DRAWN;
            case INCIDENT -> Ink.MARK_INCIDENT;
        };
    }

    /** What the legend explains; only what the picture uses is listed. */
    private enum Key { CLUB, NATIONAL, PARTIAL, OPEN, WON, LOST, DRAWN, INCIDENT }

    /**
     * The picture as text, one line per {@code \n}, none longer than {@code width} columns.
     *
     * @throws IllegalArgumentException when {@code width} is outside {@value #MIN_WIDTH}-{@value #MAX_WIDTH}
     */
    public static String render(Timeline t, int width, boolean ascii, Styler styler) {
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            throw new IllegalArgumentException("the timeline needs a width of " + MIN_WIDTH + " to " + MAX_WIDTH
                    + " columns, not " + width);
        }
        Glyphs g = ascii ? Glyphs.ASCII : Glyphs.UNICODE;
        List<String> labels = t.rows().stream().map(r -> text(r.label(), ascii)).toList();
        int labelWidth = Math.min(MAX_LABEL, maxWidth(labels));
        int cells = width - labelWidth - GAP;
        String indent = " ".repeat(labelWidth + GAP);
        Set<Key> used = EnumSet.noneOf(Key.class);

        StringBuilder sb = new StringBuilder();
        sb.append(fit(text(t.title(), ascii).replace("\u2013", g.dash()), width, g)).append('\n').append('\n');
        sb.append((indent + yearLabels(t.scale(), cells, width - indent.length())).stripTrailing()).append('\n');
        sb.append(indent).append(axis(t.scale(), cells, g)).append('\n');
        for (int i = 0; i < t.rows().size(); i++) {
            Timeline.Row row = t.rows().get(i);
            String label = fit(labels.get(i), labelWidth, g);
            sb.append(label).append(" ".repeat(labelWidth - Width.of(label) + GAP));
            if (!row.bars().isEmpty()) {
                String[] glyph = blank(cells);
                Ink[] style = new Ink[cells];
                for (Timeline.Bar bar : row.bars()) {
                    drawBar(bar, glyph, style, g, used);
                }
                sb.append(paint(glyph, style, styler).stripTrailing()).append('\n');
                if (row.marks().isEmpty()) {
                    continue;
                }
                // The marks go on a line of their own beneath the bars, so they hide no part of a bar.
                sb.append(indent);
            }
            String[] glyph = blank(cells);
            Ink[] style = new Ink[cells];
            drawMarks(row.marks(), glyph, style, g, used);
            sb.append(paint(glyph, style, styler).stripTrailing()).append('\n');
        }
        if (t.rows().isEmpty()) {
            sb.append(indent).append(NOTHING).append('\n');
        }
        sb.append('\n');
        legend(sb, used, g, width, styler);
        key(sb, t, labels, g, width, ascii, styler);
        return sb.toString();
    }

    private static String[] blank(int cells) {
        String[] glyph = new String[cells];
        Arrays.fill(glyph, " ");
        return glyph;
    }

    /**
     * What each mark is: under the heading of its row, an entry per mark in the order the marks stand
     * on the row, left to right, each with its glyph, its date and its description, wrapped to the
     * width under the description's first column.
     */
    private static void key(StringBuilder sb, Timeline t, List<String> labels, Glyphs g, int width, boolean ascii,
            Styler styler) {
        if (t.rows().stream().allMatch(r -> r.marks().isEmpty())) {
            return;
        }
        sb.append('\n');
        for (String l : wrap(KEY_HEADING, width, 0)) {
            sb.append(l).append('\n');
        }
        int dateWidth = t.rows().stream().flatMap(r -> r.marks().stream())
                .mapToInt(m -> Width.of(text(m.date(), ascii))).max().orElse(0);
        for (int i = 0; i < t.rows().size(); i++) {
            Timeline.Row row = t.rows().get(i);
            if (row.marks().isEmpty()) {
                continue;
            }
            sb.append(fit(labels.get(i), width, g)).append('\n');
            for (Timeline.Mark m : row.marks()) {
                String date = text(m.date(), ascii);
                String head = "  " + g.mark(m.kind()) + " " + date + " ".repeat(dateWidth - Width.of(date) + 2);
                int hang = Width.of(head);
                List<String> lines = wrap(text(m.label(), ascii), width - hang, 0);
                sb.append("  ").append(paint(g.mark(m.kind()), ink(m.kind()), styler))
                        .append(head.substring(2 + g.mark(m.kind()).length())).append(lines.get(0)).append('\n');
                for (String l : lines.subList(1, lines.size())) {
                    sb.append(" ".repeat(hang)).append(l).append('\n');
                }
            }
        }
    }

    /**
     * {@code text} broken at spaces into lines of at most {@code width} columns, the lines after the
     * first indented by {@code indent}; a word wider than a line is cut.
     */
    static List<String> wrap(String text, int width, int indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int room = width;
        for (String word : text.split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            int w = Width.of(word);
            int used = Width.of(line.toString());
            if (used > 0 && used + 1 + w > room) {
                lines.add(line.toString());
                line.setLength(0);
                room = width - indent;
                used = 0;
            }
            if (used > 0) {
                line.append(' ');
            }
            line.append(w > room ? Width.fit(word, room, "~") : word);
        }
        lines.add(line.toString());
        if (indent > 0) {
            for (int i = 1; i < lines.size(); i++) {
                lines.set(i, " ".repeat(indent) + lines.get(i));
            }
        }
        return lines;
    }

    private static String yearLabels(Scale scale, int cells, int room) {
        double perYear = (double) cells / scale.years();
        int step = LABEL_STEPS[LABEL_STEPS.length - 1];
        for (int s : LABEL_STEPS) {
            if (perYear * s >= 5) {
                step = s;
                break;
            }
        }
        char[] line = new char[room];
        Arrays.fill(line, ' ');
        int free = 0;
        for (int y = scale.firstYear(); y <= scale.lastYear(); y++) {
            if (y % step != 0) {
                continue;
            }
            String label = String.valueOf(y);
            int col = Scale.cell(scale.year(y), cells);
            if (col < free || col + label.length() > room) {
                continue;
            }
            label.getChars(0, label.length(), line, col);
            free = col + label.length() + 1;
        }
        return new String(line);
    }

    private static String axis(Scale scale, int cells, Glyphs g) {
        String[] line = new String[cells];
        Arrays.fill(line, g.axis());
        scale.eachYear().forEach(y -> line[Scale.cell(scale.year(y), cells)] = g.tick());
        return String.join("", line);
    }

    private static void drawBar(Timeline.Bar bar, String[] glyph, Ink[] style, Glyphs g, Set<Key> used) {
        int cells = glyph.length;
        int first = Scale.cell(bar.start(), cells);
        int last = Math.max(first, Math.min(cells - 1, (int) Math.ceil(bar.end() * cells) - 1));
        boolean national = bar.kind() == TeamKind.NATIONAL;
        String solid = national ? g.nationalSolid() : g.clubSolid();
        String partial = national ? g.nationalPartial() : g.clubPartial();
        Ink s = national ? Ink.NATIONAL : Ink.CLUB;
        used.add(national ? Key.NATIONAL : Key.CLUB);
        boolean[] faded = new boolean[last - first + 1];
        for (int c = first; c <= last; c++) {
            double centre = (c + 0.5) / cells;
            faded[c - first] = bar.head() == Timeline.End.PARTIAL && centre < bar.solidStart()
                    || bar.tail() == Timeline.End.PARTIAL && centre >= bar.solidEnd();
        }
        // A partial end always shows, however short the span it names.
        if (bar.head() == Timeline.End.PARTIAL) {
            faded[0] = true;
        }
        if (bar.tail() == Timeline.End.PARTIAL) {
            faded[faded.length - 1] = true;
        }
        for (int c = first; c <= last; c++) {
            glyph[c] = faded[c - first] ? partial : solid;
            style[c] = s;
            if (faded[c - first]) {
                used.add(Key.PARTIAL);
            }
        }
        if (bar.head() == Timeline.End.OPEN) {
            glyph[first] = g.openHead();
            used.add(Key.OPEN);
        }
        if (bar.tail() == Timeline.End.OPEN) {
            glyph[last] = g.openTail();
            used.add(Key.OPEN);
        }
    }

    private static void drawMarks(List<Timeline.Mark> marks, String[] glyph, Ink[] style, Glyphs g, Set<Key> used) {
        int cells = glyph.length;
        double[] at = new double[marks.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = Math.floor(marks.get(i).at() * cells);
        }
        double[] spread = Spread.apart(at, 1, 0, cells - 1);
        for (int i = 0; i < at.length; i++) {
            int c = Scale.cell((spread[i] + 0.5) / cells, cells);
            Timeline.MarkKind kind = marks.get(i).kind();
            glyph[c] = g.mark(kind);
            style[c] = ink(kind);
            used.add(switch (kind) {
                case FINAL_WON -> Key.WON;
                case FINAL_LOST -> Key.LOST;
                case FINAL_DRAWN -> Key.DRAWN;
                case INCIDENT -> Key.INCIDENT;
            });
        }
    }

    private static void legend(StringBuilder sb, Set<Key> used, Glyphs g, int width, Styler styler) {
        List<String[]> entries = new ArrayList<>();
        for (Key k : used) {
            entries.add(switch (k) {
                case CLUB -> entry(styler, "club", g.clubSolid(), Ink.CLUB);
                case NATIONAL -> entry(styler, "national team", g.nationalSolid(), Ink.NATIONAL);
                case PARTIAL -> entry(styler, "date known to the month or year only",
                        g.clubPartial(), Ink.CLUB, g.nationalPartial(), Ink.NATIONAL);
                case OPEN -> entry(styler, "goes on past the edge", g.openHead() + g.openTail(), null);
                case WON -> entry(styler, "final won", g.won(), Ink.MARK_WON);
                case LOST -> entry(styler, "final lost", g.lost(), Ink.MARK_LOST);
                case DRAWN -> entry(styler, "final, no winner recorded", g.drawn(), Ink.MARK_DRAWN);
                case INCIDENT -> entry(styler, "incident", g.incident(), Ink.MARK_INCIDENT);
            });
        }
        // The bars' entries, then the marks', each group broken into lines that fit the width.
        List<String[]> bars = new ArrayList<>();
        List<String[]> marks = new ArrayList<>();
        int i = 0;
        for (Key k : used) {
            (k.compareTo(Key.WON) < 0 ? bars : marks).add(entries.get(i++));
        }
        legendLines(sb, bars, width);
        legendLines(sb, marks, width);
    }

    private static void legendLines(StringBuilder sb, List<String[]> entries, int width) {
        int lineWidth = 0;
        StringBuilder line = new StringBuilder();
        for (String[] e : entries) {
            int w = Width.of(e[2]) + 1 + Width.of(e[1]);
            if (lineWidth > 0 && lineWidth + 3 + w > width) {
                sb.append(line).append('\n');
                line.setLength(0);
                lineWidth = 0;
            }
            if (lineWidth > 0) {
                line.append("   ");
                lineWidth += 3;
            }
            // An entry wider than the whole line (only at the narrowest widths) is cut.
            String words = w > width ? Width.fit(e[1], width - Width.of(e[2]) - 1, "~") : e[1];
            line.append(e[0]).append(' ').append(words);
            lineWidth += Width.of(e[2]) + 1 + Width.of(words);
        }
        if (lineWidth > 0) {
            sb.append(line).append('\n');
        }
    }

    /**
     * A legend entry: the glyphs styled, the words, and the glyphs plain, by which it is measured.
     *
     * @param glyphsAndInks glyph, ink (null for none), glyph, ink, …
     */
    private static String[] entry(Styler styler, String words, Object... glyphsAndInks) {
        StringBuilder painted = new StringBuilder();
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < glyphsAndInks.length; i += 2) {
            String glyph = (String) glyphsAndInks[i];
            painted.append(paint(glyph, (Ink) glyphsAndInks[i + 1], styler));
            plain.append(glyph);
        }
        return new String[] {painted.toString(), words, plain.toString()};
    }

    /** Joins cells into a line, styling each run of one ink. */
    private static String paint(String[] glyph, Ink[] style, Styler styler) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < glyph.length) {
            int j = i;
            StringBuilder run = new StringBuilder();
            while (j < glyph.length && style[j] == style[i]) {
                run.append(glyph[j]);
                j++;
            }
            sb.append(paint(run.toString(), style[i], styler));
            i = j;
        }
        return sb.toString();
    }

    private static String paint(String text, Ink ink, Styler styler) {
        return ink == null ? text : styler.style(ink, text);
    }

    /**
     * Text from the data as drawn: escaped for the terminal ({@link Line}) and, in ASCII mode, with
     * accents dropped and anything else outside ASCII replaced.
     */
    private static String text(String raw, boolean ascii) {
        String s = new Line(raw).text();
        if (!ascii) {
            return s;
        }
        String plain = Normalizer.normalize(s.replace("\u2013", "-"), Normalizer.Form.NFKD)
                .replaceAll("\\p{Mn}+", "");
        StringBuilder sb = new StringBuilder();
        plain.codePoints().forEach(cp -> sb.append(cp < 128 ? (char) cp : '?'));
        return sb.toString();
    }

    /** The text cut to {@code max} columns, ending with an ellipsis when cut. */
    private static String fit(String s, int max, Glyphs g) {
        return Width.fit(s, max, g.ellipsis());
    }
}
