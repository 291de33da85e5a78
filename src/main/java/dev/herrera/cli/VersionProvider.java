package dev.herrera.cli;

import dev.herrera.data.CareerLoader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The version Maven stamped into the jar, and the date the bundled dataset was last updated. The date
 * comes from a streaming scan that stops at the top-level {@code updated} key: {@code --version}
 * never loads or validates the dataset, so it stays fast.
 */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/herrera/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {
            "herrera " + p.getProperty("version", "unknown"),
            "bundled dataset updated " + bundledDatasetUpdated()
        };
    }

    /** The top-level "updated" value of the bundled dataset, or "unknown". */
    static String bundledDatasetUpdated() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(CareerLoader.BUNDLED)) {
            return in == null ? "unknown" : updated(in);
        } catch (IOException | JacksonException e) {
            return "unknown";
        }
    }

    static String updated(InputStream json) {
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
