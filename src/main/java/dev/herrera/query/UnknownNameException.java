package dev.herrera.query;

import java.util.List;

/** A name that matches no team, or more than one; carries the closest known names. */
public final class UnknownNameException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final List<String> suggestions;

    public UnknownNameException(String name, List<String> suggestions) {
        this(suggestions, "unknown team \"" + name + "\"" + (suggestions.isEmpty() ? ""
                : "; did you mean " + quoted(suggestions) + "?"));
    }

    private UnknownNameException(List<String> suggestions, String message) {
        super(message);
        this.suggestions = List.copyOf(suggestions);
    }

    /** A name that several teams answer to, ignoring case and accents: their ids tell them apart. */
    public static UnknownNameException ambiguous(String name, List<String> ids) {
        return new UnknownNameException(ids, "\"" + name + "\" names more than one team: "
                + quoted(ids) + "; give the id");
    }

    /** The names in double quotes, separated by "or". */
    private static String quoted(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            if (sb.length() > 0) {
                sb.append(" or ");
            }
            sb.append('"').append(n).append('"');
        }
        return sb.toString();
    }

    public List<String> suggestions() {
        return suggestions;
    }
}
