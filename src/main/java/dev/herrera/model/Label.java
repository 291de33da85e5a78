package dev.herrera.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * An enum whose JSON form and command-line spelling is a fixed lower-case label: the constant's name
 * in lower case with hyphens for underscores ({@code LEFT_FOR_ANOTHER_JOB} is
 * {@code left-for-another-job}). An enum that implements it is its constants and nothing more.
 */
public interface Label {
    @JsonValue
    default String label() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The constant among {@code constants} whose label is {@code text}, ASCII case ignored, or null: for
     * what people type. It compares without building any label.
     */
    static <E extends Enum<E> & Label> E parseIgnoringCase(E[] constants, String text) {
        return find(constants, text, true);
    }

    private static <E extends Enum<E> & Label> E find(E[] constants, String text, boolean ignoreCase) {
        for (E e : constants) {
            if (is(e.name(), text, ignoreCase)) {
                return e;
            }
        }
        return null;
    }

    /** Whether {@code text} is exactly the label of {@code value}, an enum constant; no label is built. */
    static boolean matches(Label value, String text) {
        return is(((Enum<?>) value).name(), text, false);
    }

    /** Whether {@code text} is the label of the constant named {@code name}. */
    private static boolean is(String name, String text, boolean ignoreCase) {
        if (name.length() != text.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char n = name.charAt(i);
            char t = text.charAt(i);
            boolean capital = t >= 'A' && t <= 'Z';
            char upper = t >= 'a' && t <= 'z' ? (char) (t - ('a' - 'A')) : capital && !ignoreCase ? 0 : t;
            if (n == '_' ? t != '-' : upper != n) {
                return false;
            }
        }
        return true;
    }
}
