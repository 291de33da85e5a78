package dev.herrera.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The small checks every record's compact constructor uses. */
final class Checks {
    private Checks() {
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidRecordException(field, "missing required field \"" + field + "\"");
        }
        return value;
    }

    static String text(String value, String field) {
        required(value, field);
        if (value.isBlank()) {
            throw new InvalidRecordException(field, "\"" + field + "\" must not be blank");
        }
        return value;
    }

    /** Optional text: null stays null, but a present value must not be blank. */
    static String optionalText(String value, String field) {
        return value == null ? null : text(value, field);
    }

    /** An unmodifiable copy; a missing list becomes empty; no element may be null or blank. */
    static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            T v = values.get(i);
            if (v == null || (v instanceof String s && s.isBlank())) {
                throw new InvalidRecordException(field + "[" + i + "]", "\"" + field + "\" holds an empty entry");
            }
        }
        return List.copyOf(values);
    }

    /** Like {@link #list} but at least one entry is needed. */
    static <T> List<T> nonEmpty(List<T> values, String field) {
        List<T> copy = list(values, field);
        if (copy.isEmpty()) {
            throw new InvalidRecordException(field, "\"" + field + "\" needs at least one entry");
        }
        return copy;
    }

    static void unique(List<? extends Identified> values, String field, String what) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String k = values.get(i).id();
            if (!seen.add(k)) {
                throw new InvalidRecordException(field + "[" + i + "]", "duplicate " + what + " \"" + k + "\"");
            }
        }
    }

    static void slug(String id, String field) {
        text(id, field);
        if (!isSlug(id)) {
            throw new InvalidRecordException(field,
                    "\"" + id + "\" is not a valid id (lower-case letters, digits and single hyphens)");
        }
    }

    /** Lower-case ASCII letters and digits in runs joined by single hyphens: {@code [a-z0-9]+(-[a-z0-9]+)*}. */
    static boolean isSlug(String id) {
        // By hand rather than a regular expression: a large dataset checks a million ids.
        boolean afterHyphen = true;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '-') {
                if (afterHyphen) {
                    return false;
                }
                afterHyphen = true;
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                afterHyphen = false;
            } else {
                return false;
            }
        }
        return !afterHyphen;
    }
}
