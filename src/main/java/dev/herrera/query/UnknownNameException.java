package dev.herrera.query;

import java.util.List;

/** A name that matches no team; carries the closest known names. */
public final class UnknownNameException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final List<String> suggestions;

    public UnknownNameException(String name, List<String> suggestions) {
        super("unknown team \"" + name + "\"" + (suggestions.isEmpty() ? ""
                : "; did you mean " + String.join(", ", suggestions.stream().map(s -> "\"" + s + "\"").toList()) + "?"));
        this.name = name;
        this.suggestions = List.copyOf(suggestions);
    }

    public String name() {
        return name;
    }

    public List<String> suggestions() {
        return suggestions;
    }
}
