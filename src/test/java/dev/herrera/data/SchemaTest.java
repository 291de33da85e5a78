package dev.herrera.data;

import static dev.herrera.data.CareerLoaderTest.MINIMAL;
import static dev.herrera.data.CareerLoaderTest.replaceOnce;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.herrera.model.Career;
import dev.herrera.model.Claim;
import dev.herrera.model.Incident;
import dev.herrera.model.Label;
import dev.herrera.model.Leg;
import dev.herrera.model.Match;
import dev.herrera.model.Note;
import dev.herrera.model.Penalties;
import dev.herrera.model.Person;
import dev.herrera.model.Score;
import dev.herrera.model.Source;
import dev.herrera.model.Stint;
import dev.herrera.model.Team;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * data/herrera.schema.json against the data and the model: the bundled dataset passes it, broken
 * documents fail it (and the loader rejects them too), and its properties, required fields and enum
 * labels are those of the model's records.
 */
class SchemaTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String SCHEMA_TEXT = resource("/dev/herrera/data/herrera.schema.json");
    private static final JsonNode SCHEMA_NODE = MAPPER.readTree(SCHEMA_TEXT);
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SCHEMA_NODE);

    private static String resource(String name) {
        try (InputStream in = SchemaTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name + " is not on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Error> errors(String json) {
        return SCHEMA.validate(MAPPER.readTree(json));
    }

    @Test
    void theSchemaIsDraft202012() {
        assertEquals("https://json-schema.org/draft/2020-12/schema", SCHEMA_NODE.get("$schema").asString());
    }

    @Test
    void theBundledDatasetMatchesTheSchema() {
        assertEquals(List.of(), errors(resource(CareerLoader.BUNDLED)));
    }

    @Test
    void theMinimalFixtureMatchesTheSchema() {
        assertEquals(List.of(), errors(MINIMAL));
    }

    static Stream<Arguments> brokenDocuments() {
        return Stream.of(
                Arguments.of("unknown property", replaceOnce(MINIMAL, "\"born\": \"1970\"", "\"born\": \"1970\", \"shoe\": 42")),
                Arguments.of("unknown top-level property", replaceOnce(MINIMAL, "\"updated\": \"2025-01-01\"", "\"updated\": \"2025-01-01\", \"extra\": 1")),
                Arguments.of("missing required field", replaceOnce(MINIMAL, "\"title\": \"A row\", ", "")),
                Arguments.of("missing stints", replaceOnce(MINIMAL, "\"stints\": [", "\"jobs\": [")),
                Arguments.of("number for a string", replaceOnce(MINIMAL, "\"country\": \"Mexico\", \"aliases\"", "\"country\": 52, \"aliases\"")),
                Arguments.of("string for a number", replaceOnce(MINIMAL, "\"for\": 2, \"against\": 2", "\"for\": \"2\", \"against\": 2")),
                Arguments.of("negative goals", replaceOnce(MINIMAL, "\"penalties\": {\"for\": 4, \"against\": 3}", "\"penalties\": {\"for\": -4, \"against\": 3}")),
                Arguments.of("unknown enum label", replaceOnce(MINIMAL, "\"kind\": \"national\"", "\"kind\": \"regional\"")),
                Arguments.of("impossible month", replaceOnce(MINIMAL, "\"end\": \"2003-05\"", "\"end\": \"2007-13\"")),
                Arguments.of("five-digit year", replaceOnce(MINIMAL, "\"start\": \"2001\"", "\"start\": \"20077\"")),
                Arguments.of("blank name", replaceOnce(MINIMAL, "\"name\": \"Beta\"", "\"name\": \"  \"")),
                Arguments.of("no sources", replaceOnce(MINIMAL, "\"summary\": \"Words were said.\", \"sources\": [\"s1\"]", "\"summary\": \"Words were said.\", \"sources\": []")),
                Arguments.of("bad id", replaceOnce(MINIMAL, "\"id\": \"beta-1\"", "\"id\": \"Beta 1\"")),
                Arguments.of("end without ended", replaceOnce(MINIMAL, "\"end\": \"2003-05\", \"ended\": \"sacked\", ", "\"end\": \"2003-05\", ")),
                Arguments.of("ended without end", replaceOnce(MINIMAL, "\"end\": \"2003-05\", \"ended\": \"sacked\", ", "\"ended\": \"sacked\", ")),
                Arguments.of("bad language", replaceOnce(MINIMAL, "\"language\": \"en\"", "\"language\": \"English\"")),
                Arguments.of("bad venue", replaceOnce(MINIMAL, "\"outcome\": \"won\"", "\"venue\": \"moon\", \"outcome\": \"won\"")));
    }

    /** Each document is broken in a way the schema can see; the loader must reject it as well. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDocuments")
    void aBrokenDocumentFailsTheSchemaAndTheLoader(String name, String json) {
        assertFalse(errors(json).isEmpty(), "the schema accepts: " + name);
        assertFalse(new CareerLoader().validate("t.json", json.getBytes(StandardCharsets.UTF_8)).isEmpty(),
                "the loader accepts: " + name);
    }

    /** Every object in the schema has exactly the record's fields, by their JSON names. */
    @Test
    void theSchemaHasTheModelsFields() {
        assertEquals(jsonNames(Career.class), keys(SCHEMA_NODE.get("properties")));
        for (Map.Entry<String, Class<? extends Record>> e : definitions().entrySet()) {
            assertEquals(jsonNames(e.getValue()), keys(SCHEMA_NODE.get("$defs").get(e.getKey()).get("properties")),
                    "$defs/" + e.getKey() + " against " + e.getValue().getSimpleName());
            assertFalse(SCHEMA_NODE.get("$defs").get(e.getKey()).get("additionalProperties").asBoolean(),
                    e.getKey() + " allows unknown properties");
        }
    }

    /** Every enum-typed field offers exactly the enum's labels (and null where the field is optional). */
    @Test
    void theSchemaHasTheModelsLabels() {
        int checked = 0;
        for (Map.Entry<String, Class<? extends Record>> e : definitions().entrySet()) {
            for (RecordComponent c : e.getValue().getRecordComponents()) {
                if (!c.getType().isEnum()) {
                    continue;
                }
                Set<String> expected = new TreeSet<>();
                for (Object constant : c.getType().getEnumConstants()) {
                    expected.add(((Label) constant).label());
                }
                Set<String> actual = new TreeSet<>();
                JsonNode property = SCHEMA_NODE.get("$defs").get(e.getKey()).get("properties").get(c.getName());
                property.get("enum").forEach(v -> {
                    if (!v.isNull()) {
                        actual.add(v.asString());
                    }
                });
                assertEquals(expected, actual, e.getKey() + "." + c.getName());
                checked++;
            }
        }
        assertEquals(6, checked, "kind (source, team), role, ended, stage, outcome");
    }

    private static Map<String, Class<? extends Record>> definitions() {
        return Map.ofEntries(Map.entry("person", Person.class), Map.entry("source", Source.class),
                Map.entry("team", Team.class), Map.entry("stint", Stint.class), Map.entry("match", Match.class),
                Map.entry("score", Score.class), Map.entry("leg", Leg.class), Map.entry("penalties", Penalties.class),
                Map.entry("incident", Incident.class), Map.entry("note", Note.class), Map.entry("claim", Claim.class));
    }

    private static Set<String> jsonNames(Class<? extends Record> type) {
        Set<String> names = new TreeSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
            names.add(p != null && !p.value().isEmpty() ? p.value() : c.getName());
        }
        return names;
    }

    private static Set<String> keys(JsonNode object) {
        List<String> names = new ArrayList<>(object.propertyNames());
        return new TreeSet<>(names);
    }
}
