package dev.herrera.render;

import org.jline.utils.WCWidth;

/** The number of columns text takes on a terminal, from JLine's Unicode width tables. */
public final class Width {
    private Width() {
    }

    /**
     * Columns {@code s} takes: two for each wide East-Asian character or emoji, none for combining
     * marks, one for the rest. Grapheme clusters (a letter and its accents, an emoji sequence joined
     * by zero-width joiners) count as one unit; control characters count as nothing.
     */
    public static int of(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int n = Math.max(1, WCWidth.charCountForGraphemeCluster(s, i));
            w += Math.max(0, WCWidth.wcwidthForGraphemeCluster(s, i));
            i += n;
        }
        return w;
    }

    /**
     * {@code s} cut to at most {@code max} columns, ending with {@code ellipsis} (one column) when cut;
     * a grapheme cluster is never split.
     */
    public static String fit(String s, int max, String ellipsis) {
        if (of(s) <= max) {
            return s;
        }
        int w = 0;
        int end = 0;
        for (int i = 0; i < s.length(); ) {
            int n = Math.max(1, WCWidth.charCountForGraphemeCluster(s, i));
            int cw = Math.max(0, WCWidth.wcwidthForGraphemeCluster(s, i));
            if (w + cw > max - 1) {
                break;
            }
            w += cw;
            i += n;
            end = i;
        }
        return s.substring(0, end) + ellipsis;
    }

    /** {@code s} followed by spaces up to {@code width} columns. */
    static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - of(s)));
    }
}
