package dev.herrera.data;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds where a value sits in a JSON document. Used only after a check has failed, to turn a JSON
 * path into a line and column, so loading a good file pays nothing for it.
 */
final class JsonLocator {
    private JsonLocator() {
    }

    /**
     * The location of the value at {@code pointer}, or of the deepest existing value on the way to it;
     * null if the document cannot be read that far.
     */
    static TokenStreamLocation locate(JsonMapper mapper, byte[] json, JsonPointer pointer) {
        TokenStreamLocation best = null;
        int bestDepth = -1;
        try (JsonParser p = mapper.createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.PROPERTY_NAME || t.isStructEnd()) {
                    continue;
                }
                JsonPointer here = p.streamReadContext().pathAsPointer();
                if (t.isStructStart()) {
                    here = p.streamReadContext().getParent().pathAsPointer();
                }
                String h = here.toString();
                String target = pointer.toString();
                if (target.equals(h)) {
                    return p.currentTokenLocation();
                }
                if (isPrefix(h, target) && depth(h) > bestDepth) {
                    best = p.currentTokenLocation();
                    bestDepth = depth(h);
                }
            }
        } catch (JacksonException e) {
            // The file was already parsed once; an error here only means we stop looking.
        }
        return best;
    }

    private static boolean isPrefix(String prefix, String path) {
        return path.equals(prefix) || prefix.isEmpty() || path.startsWith(prefix + "/");
    }

    private static int depth(String pointer) {
        return pointer.isEmpty() ? 0 : pointer.split("/", -1).length - 1;
    }
}
