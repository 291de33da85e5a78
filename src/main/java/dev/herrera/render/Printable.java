package dev.herrera.render;

/**
 * Makes text from a dataset or a command line harmless on a terminal. Characters that a terminal
 * would act on instead of showing — C0 and C1 controls (ESC starts CSI and OSC sequences, including
 * OSC 8 links), DEL, bidirectional overrides and isolates (which reorder what follows, as in
 * "Trojan Source"), line and paragraph separators, and unpaired surrogates — are written as visible
 * escapes: {@code \e}, {@code \a}, {@code \b}, {@code \t}, {@code \n}, {@code \r}, {@code \f},
 * {@code \v}, else {@code \}{@code uXXXX}. Everything else, accents and other scripts included, is
 * left as it is. A backslash stays a backslash: the escapes are for reading, JSON is the lossless
 * format.
 */
public final class Printable {
    private Printable() {
    }

    /** The text with every unsafe character escaped; the same string when there is none. */
    public static String escape(String text) {
        return escape(text, false);
    }

    /**
     * Like {@link #escape(String)} but keeps line breaks and tabs, for multi-line text such as a stack
     * trace printed with {@code --debug}.
     */
    public static String escapeKeepingLines(String text) {
        return escape(text, true);
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
