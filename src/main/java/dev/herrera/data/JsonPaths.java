package dev.herrera.data;

import java.util.List;
import tools.jackson.core.JacksonException;

/** JSON paths as users see them ({@code $.stints[3].team}) and as JSON Pointers ({@code /stints/3/team}). */
final class JsonPaths {
    private JsonPaths() {
    }

    /** A relative path such as {@code stints[3].team}; empty for the document itself. */
    static String of(List<JacksonException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference r : refs) {
            if (r.getPropertyName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    static String append(String path, String field) {
        if (field == null || field.isEmpty()) {
            return path;
        }
        if (path.isEmpty() || field.startsWith("[")) {
            return path + field;
        }
        return path + "." + field;
    }

    static String display(String path) {
        return path.isEmpty() ? "$" : path.startsWith("[") ? "$" + path : "$." + path;
    }

    static String toPointer(String path) {
        if (path.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String part : path.replace("[", ".").replace("]", "").split("\\.")) {
            if (!part.isEmpty()) {
                sb.append('/').append(part.replace("~", "~0").replace("/", "~1"));
            }
        }
        return sb.toString();
    }
}
