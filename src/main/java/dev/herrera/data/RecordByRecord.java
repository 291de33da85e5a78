package dev.herrera.data;

import dev.herrera.model.Career;
import dev.herrera.model.Honour;
import dev.herrera.model.Incident;
import dev.herrera.model.JobRecord;
import dev.herrera.model.InvalidRecordException;
import dev.herrera.model.Match;
import dev.herrera.model.MediaRole;
import dev.herrera.model.PartialDate;
import dev.herrera.model.Person;
import dev.herrera.model.Source;
import dev.herrera.model.Stint;
import dev.herrera.model.Team;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a dataset one record at a time with the loader's own strict mapper, collecting every
 * problem instead of stopping at the first. The parts of a dataset are the components of
 * {@link Career}, so this follows the model without restating it.
 */
final class RecordByRecord {
    /** Top to bottom, as an editor lists them; problems that cannot be placed come last. */
    private static final Comparator<Diagnostic> IN_FILE_ORDER = Comparator
            .comparingInt((Diagnostic d) -> d.line() > 0 ? d.line() : Integer.MAX_VALUE)
            .thenComparingInt(Diagnostic::column);

    private RecordByRecord() {
    }

    /**
     * Every problem in the file. The file is parsed as a stream and each record is read into a tree
     * of its own, one at a time: a tree of a whole 256 MiB file would not fit in the heap.
     */
    static List<Diagnostic> check(CareerLoader loader, String name, byte[] json) {
        JsonMapper mapper = loader.mapper();
        List<Diagnostic> found = new ArrayList<>();
        Map<String, RecordComponent> parts = new HashMap<>();
        for (RecordComponent part : Career.class.getRecordComponents()) {
            parts.put(part.getName(), part);
        }
        Map<String, Object> values = new HashMap<>();
        try (JsonParser p = mapper.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return List.of();
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String property = p.currentName();
                JsonToken token = p.nextToken();
                RecordComponent part = parts.get(property);
                if (part == null) {
                    found.add(loader.at(name, json, property, "unknown property \"" + property + "\"", null));
                    p.skipChildren();
                    continue;
                }
                Type type = part.getGenericType();
                if (token == JsonToken.START_ARRAY && type instanceof ParameterizedType list && part.getType() == List.class) {
                    JavaType element = mapper.getTypeFactory().constructType(list.getActualTypeArguments()[0]);
                    List<Object> read = new ArrayList<>();
                    for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                        JsonNode node = p.readValueAsTree();
                        try {
                            read.add(mapper.treeToValue(node, element));
                        } catch (JacksonException e) {
                            found.add(loader.describe(name, json, part.getName() + "[" + i + "]", e));
                        }
                    }
                    values.put(property, read);
                } else {
                    JsonNode node = p.readValueAsTree();
                    try {
                        values.put(property, mapper.treeToValue(node, mapper.getTypeFactory().constructType(type)));
                    } catch (JacksonException e) {
                        found.add(loader.describe(name, json, part.getName(), e));
                    }
                }
            }
        } catch (JacksonException e) {
            return List.of(); // not JSON at all: the whole-file reading already says where
        }
        if (!found.isEmpty()) {
            found.sort(IN_FILE_ORDER);
            return found;
        }
        List<InvalidRecordException> broken = Career.problems((Person) values.get("person"),
                (PartialDate) values.get("updated"), list(values, "sources", Source.class),
                list(values, "teams", Team.class), list(values, "stints", Stint.class),
                list(values, "matches", Match.class), list(values, "incidents", Incident.class),
                list(values, "records", JobRecord.class), list(values, "honours", Honour.class),
                list(values, "media", MediaRole.class));
        for (InvalidRecordException e : broken) {
            found.add(loader.at(name, json, e.field(), e.getMessage(), null));
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Map<String, Object> values, String part, Class<T> type) {
        return (List<T>) values.get(part);
    }
}
