package dev.herrera.query;

import java.util.List;

/** A name that matches no team; carries the closest known names. */
public final class UnknownNameException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final List<String> suggestions;

    public UnknownNameException(String name, List<String> suggestions) {
        super("unknown team \"" + name + "\"" + (suggestions.isEmpty() ? ""
                : "; did you mean " + quoted(suggestions) + "?"));
        this.name = name;
        this.suggestions = List.copyOf(suggestions);
    }

    /** The names in double quotes, separated by commas. */
    private static String quoted(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append('"').append(n).append('"');
        }
        return sb.toString();
    }

    public String name() {
        return name;
    }

    public List<String> suggestions() {
        return suggestions;
    }
}
