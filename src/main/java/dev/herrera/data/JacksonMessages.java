package dev.herrera.data;

import dev.herrera.model.Label;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Rewrites Jackson's messages into short ones for people who edit data files. */
final class JacksonMessages {
    private static final Pattern FOUND = Pattern.compile("from (\\w+) value");
    private static final Pattern MISSING = Pattern.compile("Missing required creator property '([^']+)'");
    /** Jackson's wording for a broken read limit: "String value length (N) exceeds the maximum allowed (M, from ...". */
    private static final Pattern LIMIT = Pattern.compile("^(.+?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

    private JacksonMessages() {
    }

    static String describe(JacksonException e) {
        String original = firstLine(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            return limit(original);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown property \"" + u.getPropertyName() + "\"";
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return "\"" + f.getValue() + "\" is not one of: " + labels(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m) {
            if (original.startsWith("No content to map")) {
                return "the file is empty";
            }
            if (original.startsWith("Trailing token")) {
                return "more content after the end of the dataset";
            }
            Matcher missing = MISSING.matcher(original);
            if (missing.find()) {
                return "missing required field \"" + missing.group(1) + "\"";
            }
            if (m.getTargetType() != null) {
                Matcher found = FOUND.matcher(original);
                return "expected " + expected(m.getTargetType())
                        + (found.find() ? ", found " + found.group(1).toLowerCase(java.util.Locale.ROOT) : "");
            }
        }
        return original;
    }

    /** A read limit the file broke, said without Jackson's class and method names. */
    static String limit(String original) {
        Matcher m = LIMIT.matcher(original);
        if (!m.find()) {
            return "the file exceeds a read limit: " + original.replaceAll(",? from `[^`]*`", "");
        }
        String what = m.group(1).toLowerCase(java.util.Locale.ROOT);
        return what + " " + m.group(2) + " exceeds the limit of " + m.group(3) + " for a dataset";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable JSON";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    private static final Map<Class<?>, String> NAMES = Map.of(
            String.class, "a string",
            int.class, "a whole number",
            Integer.class, "a whole number",
            List.class, "an array");

    private static String expected(Class<?> type) {
        String name = NAMES.get(type);
        if (name != null) {
            return name;
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of: " + labels(type);
        }
        if (type.getSimpleName().equals("PartialDate")) {
            return "a date string";
        }
        return "an object";
    }

    private static String labels(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(c -> c instanceof Label l ? l.label() : c.toString())
                .collect(Collectors.joining(", "));
    }
}
