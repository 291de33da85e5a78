package dev.herrera.render;

/**
 * The escapers, one for each place output lands: text from a dataset or a command line is hostile
 * until it has passed the one for its destination. Renderers call these and nothing else.
 * <ul>
 * <li>{@link #terminal}: a terminal, and every tabular format, which may be printed on one;
 * <li>{@link #spreadsheet}: a CSV or TSV cell, which a spreadsheet may read as a formula;
 * <li>{@link #markdown}: a Markdown table cell, which a renderer may read as HTML or a link;
 * <li>{@link #xml}: SVG text and attributes, which must stay well-formed XML and harmless on a terminal.
 * </ul>
 * JSON is written by Jackson with the same characters escaped as {@code \}{@code uXXXX} ({@link Json}).
 *
 * <p>The terminal rule: characters that a terminal would act on instead of showing — C0 and C1 controls (ESC starts CSI and OSC sequences, including
 * OSC 8 links), DEL, bidirectional overrides and isolates (which reorder what follows, as in
 * "Trojan Source"), line and paragraph separators, and unpaired surrogates — are written as visible
 * escapes: {@code \e}, {@code \a}, {@code \b}, {@code \t}, {@code \n}, {@code \r}, {@code \f},
 * {@code \v}, else {@code \}{@code uXXXX}. Everything else, accents and other scripts included, is
 * left as it is. A backslash stays a backslash: the escapes are for reading, JSON is the lossless
 * format.
 */
public final class Escape {
    private Escape() {
    }

    /** The text with every unsafe character escaped; the same string when there is none. */
    public static String terminal(String text) {
        return escape(text, false);
    }

    /**
     * Like {@link #terminal(String)} but keeps line breaks and tabs, for multi-line text such as a stack
     * trace printed with {@code --debug}.
     */
    public static String terminalKeepingLines(String text) {
        return escape(text, true);
    }

    /**
     * A cell for a spreadsheet: one that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab
     * or a carriage return would be read as a formula (OWASP "CSV Injection"), so it gets a leading
     * apostrophe, which spreadsheets show as text. The cell is expected to be terminal-safe already.
     */
    public static String spreadsheet(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        boolean formula = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                || cell.startsWith("\\t") || cell.startsWith("\\r");
        return formula ? "'" + cell : cell;
    }

    /**
     * A Markdown table cell: HTML's {@code <}, {@code >} and {@code &} as entities, so no tag, autolink
     * or entity is read; the square brackets of link and image syntax, the backslash and the pipe with
     * a backslash, so no link or image is made and no cell is split.
     */
    public static String markdown(String cell) {
        StringBuilder sb = new StringBuilder(cell.length() + 8);
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\\', '|', '[', ']' -> sb.append('\\').append(c);
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Text for an XML document (an SVG's text and attribute values): markup characters as entities;
     * characters XML 1.0 forbids (C0 controls other than tab and line breaks, U+FFFE, U+FFFF, lone
     * surrogates) replaced by U+FFFD, so the file always parses; and the ones a terminal acts on (DEL,
     * C1, bidi controls, line separators) as character references, which an XML reader turns back
     * into the same characters and a terminal shows as plain text.
     */
    public static String xml(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c).append(text.charAt(++i));
                continue;
            }
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                case '\t', '\n', '\r' -> sb.append("&#").append((int) c).append(';');
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c)) {
                        sb.append('\uFFFD');
                    } else if (isControl(c)) {
                        sb.append("&#x").append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)).append(';');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static String escape(String text, boolean keepLines) {
        if (text == null) {
            return null;
        }
        int first = firstUnsafe(text, keepLines);
        if (first < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!unsafe(text, i, keepLines)) {
                sb.append(c);
                if (Character.isHighSurrogate(c)) {
                    sb.append(text.charAt(++i)); // the low half of a valid pair
                }
                continue;
            }
            switch (c) {
                case 0x1B -> sb.append("\\e");
                case 0x07 -> sb.append("\\a");
                case '\b' -> sb.append("\\b");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\f' -> sb.append("\\f");
                case 0x0B -> sb.append("\\v");
                default -> sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.toString();
    }

    private static int firstUnsafe(String text, boolean keepLines) {
        for (int i = 0; i < text.length(); i++) {
            if (unsafe(text, i, keepLines)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the char at {@code i} must be escaped (a valid surrogate pair is safe as a whole). */
    private static boolean unsafe(String text, int i, boolean keepLines) {
        char c = text.charAt(i);
        if (keepLines && (c == '\n' || c == '\t')) {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return isControl(c);
    }

    /** C0, DEL, C1, bidi controls, line and paragraph separators: what JSON output escapes too. */
    public static boolean isControl(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == 0x061C || c == 0x200E || c == 0x200F
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x2028 || c == 0x2029;
    }
}
