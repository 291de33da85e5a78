package dev.herrera.data;

import java.util.Arrays;
import tools.jackson.core.JsonParser;

/**
 * Hands out one instance for a string value seen a moment ago. A large dataset repeats the same team
 * ids, competitions, seasons and source ids in every match; sharing them roughly halves the memory a
 * million matches take, and the garbage collector's work with it.
 *
 * <p>The cache is small and direct-mapped (a value evicts whatever had its slot), so unique values
 * such as record ids cost nothing beyond a failed comparison. One reader uses one cache.
 */
final class StringCache {
    private static final int SLOTS = 4096;
    /** Values longer than this are seldom repeated (notes, summaries) and are not cached. */
    private static final int LONGEST = 64;

    private final String[] slots = new String[SLOTS];
    /** The characters of each cached string, compared in bulk with a parser's buffer. */
    private final char[][] chars = new char[SLOTS][];

    /** {@code s}, or an equal string this cache handed out before. */
    String share(String s) {
        if (s == null || s.length() > LONGEST) {
            return s;
        }
        int slot = slot(s.hashCode());
        String seen = slots[slot];
        if (s.equals(seen)) {
            return seen;
        }
        slots[slot] = s;
        chars[slot] = s.toCharArray();
        return s;
    }

    /**
     * The string value the parser is at, made into a {@code String} only when this cache has not
     * handed out an equal one before: a repeated value costs no allocation at all.
     */
    String share(JsonParser p) {
        char[] text = p.getStringCharacters();
        int from = p.getStringOffset();
        int length = p.getStringLength();
        if (length > LONGEST) {
            return new String(text, from, length);
        }
        int hash = 0;
        for (int i = from; i < from + length; i++) {
            hash = 31 * hash + text[i]; // as String.hashCode
        }
        int slot = slot(hash);
        char[] seen = chars[slot];
        if (seen != null && Arrays.equals(seen, 0, seen.length, text, from, from + length)) {
            return slots[slot];
        }
        String s = new String(text, from, length);
        slots[slot] = s;
        chars[slot] = Arrays.copyOfRange(text, from, from + length);
        return s;
    }

    private static int slot(int hash) {
        return (hash * 0x9E3779B9 >>> 20) & (SLOTS - 1);
    }
}
