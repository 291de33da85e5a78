package dev.herrera.data;

import dev.herrera.model.Career;
import dev.herrera.model.Incident;
import dev.herrera.model.InvalidRecordException;
import dev.herrera.model.Match;
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
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
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

    static List<Diagnostic> check(CareerLoader loader, String name, byte[] json) {
        JsonMapper mapper = loader.mapper();
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JacksonException e) {
            return List.of(); // not JSON at all: the whole-file reading already says where
        }
        if (root == null || !root.isObject()) {
            return List.of();
        }
        List<Diagnostic> found = new ArrayList<>();
        RecordComponent[] parts = Career.class.getRecordComponents();
        Set<String> known = Stream.of(parts).map(RecordComponent::getName).collect(Collectors.toSet());
        for (String property : root.propertyNames()) {
            if (!known.contains(property)) {
                found.add(loader.at(name, json, property, "unknown property \"" + property + "\"", null));
            }
        }
        Map<String, Object> values = new HashMap<>();
        for (RecordComponent part : parts) {
            JsonNode node = root.get(part.getName());
            if (node == null) {
                continue;
            }
            Type type = part.getGenericType();
            if (node.isArray() && type instanceof ParameterizedType list && part.getType() == List.class) {
                JavaType element = mapper.getTypeFactory().constructType(list.getActualTypeArguments()[0]);
                List<Object> read = new ArrayList<>();
                for (int i = 0; i < node.size(); i++) {
                    String at = part.getName() + "[" + i + "]";
                    try {
                        read.add(mapper.treeToValue(node.get(i), element));
                    } catch (JacksonException e) {
                        found.add(loader.describe(name, json, at, e));
                    }
                }
                values.put(part.getName(), read);
            } else {
                try {
                    values.put(part.getName(), mapper.treeToValue(node, mapper.getTypeFactory().constructType(type)));
                } catch (JacksonException e) {
                    found.add(loader.describe(name, json, part.getName(), e));
                }
            }
        }
        if (!found.isEmpty()) {
            found.sort(IN_FILE_ORDER);
            return found;
        }
        List<InvalidRecordException> broken = Career.problems((Person) values.get("person"),
                (PartialDate) values.get("updated"), list(values, "sources", Source.class),
                list(values, "teams", Team.class), list(values, "stints", Stint.class),
                list(values, "matches", Match.class), list(values, "incidents", Incident.class));
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
