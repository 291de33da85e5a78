package dev.herrera.data;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Reads strings as Databind does, but hands out one instance for a value seen a moment ago. A large
 * dataset repeats the same team ids, competitions, seasons and source ids in every match; sharing
 * them roughly halves the memory a million matches take, and the garbage collector's work with it.
 *
 * <p>The cache is small and direct-mapped (a value evicts whatever had its slot), so unique values
 * such as record ids cost nothing beyond a failed comparison.
 */
final class SharedStrings extends StringDeserializer {
    private static final int SLOTS = 4096;
    /** Values longer than this are seldom repeated (notes, summaries) and are not cached. */
    private static final int LONGEST = 64;

    private final String[] slots = new String[SLOTS];

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
        String s = super.deserialize(p, ctxt);
        if (s == null || s.length() > LONGEST) {
            return s;
        }
        int slot = (s.hashCode() * 0x9E3779B9 >>> 20) & (SLOTS - 1);
        String seen = slots[slot];
        if (s.equals(seen)) {
            return seen;
        }
        slots[slot] = s;
        return s;
    }
}
