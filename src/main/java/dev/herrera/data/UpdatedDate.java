package dev.herrera.data;

import java.io.IOException;
import java.io.InputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The date a dataset was last updated, its top-level {@code updated} value, found by a streaming scan
 * that stops at that key: {@code herrera --version} prints it without loading or validating the
 * dataset.
 */
public final class UpdatedDate {
    private UpdatedDate() {
    }

    /** The bundled dataset's date, or "unknown". */
    public static String ofBundled() {
        try (InputStream in = UpdatedDate.class.getResourceAsStream(CareerLoader.BUNDLED)) {
            return in == null ? "unknown" : of(in);
        } catch (IOException | JacksonException e) {
            return "unknown";
        }
    }

    /** The top-level "updated" string of the JSON document, or "unknown". */
    public static String of(InputStream json) {
        try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return "unknown";
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("updated".equals(name)) {
                    return value == JsonToken.VALUE_STRING ? p.getString() : "unknown";
                }
                p.skipChildren();
            }
            return "unknown";
        }
    }
}
