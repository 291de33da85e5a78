package dev.herrera.data;

import dev.herrera.model.Career;
import dev.herrera.model.InvalidRecordException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads a dataset strictly: unknown properties, duplicate keys, missing required fields, wrong
 * types and broken model rules are all errors, each reported as one {@link DataException} line
 * with file, line, column and JSON path.
 */
public final class CareerLoader {
    /** Where the bundled dataset sits on the class path. */
    public static final String BUNDLED = "/dev/herrera/data/herrera.json";
    /** How the bundled dataset is named in messages. */
    public static final String BUNDLED_NAME = "herrera.json (bundled)";

    private final JsonMapper mapper;

    public CareerLoader() {
        this.mapper = strictMapper();
    }

    static JsonMapper strictMapper() {
        return JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                        DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                        DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfigDefaults(c -> c
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .build();
    }

    /** Loads the dataset bundled in the jar. */
    public Career loadBundled() {
        try (InputStream in = CareerLoader.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new DataException(DataException.UNREADABLE, BUNDLED_NAME + ": not found in the jar", null);
            }
            return parse(BUNDLED_NAME, in.readAllBytes());
        } catch (IOException e) {
            throw new DataException(DataException.UNREADABLE, BUNDLED_NAME + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Loads a dataset file of the same shape as the bundled one. */
    public Career load(Path file) {
        return parse(file.toString(), read(file));
    }

    private static byte[] read(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new DataException(DataException.UNREADABLE, name + ": is a directory, not a file", null);
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataException(DataException.UNREADABLE, name + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new DataException(DataException.UNREADABLE, name + ": permission denied", e);
        } catch (IOException | UncheckedIOException e) {
            throw new DataException(DataException.UNREADABLE, name + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses and checks a dataset; {@code name} is how the file is named in messages. */
    public Career parse(String name, byte[] json) {
        Career career;
        try {
            career = mapper.readValue(json, Career.class);
        } catch (JacksonException e) {
            throw new DataException(DataException.BAD_CONTENT, describe(name, json, "", e).toString(), e);
        }
        if (career == null) {
            throw new DataException(DataException.BAD_CONTENT, nullFile(name).toString(), null);
        }
        List<Diagnostic> problems = rules(name, json, career);
        if (!problems.isEmpty()) {
            throw new DataException(DataException.BAD_CONTENT, problems.get(0).toString(), null);
        }
        return career;
    }

    /**
     * Every problem in a dataset file, not just the first; empty when {@link #load} would accept it.
     * A file that is not JSON at all stops at its first syntax error. Otherwise each record is read
     * on its own, so one broken record does not hide the next; the rules between records (ids,
     * references, order, overlaps) are checked once every record reads cleanly.
     */
    public List<Diagnostic> validate(Path file) {
        return validate(file.toString(), read(file));
    }

    /** As {@link #validate(Path)}, for content already in memory. */
    public List<Diagnostic> validate(String name, byte[] json) {
        Career career;
        try {
            career = mapper.readValue(json, Career.class);
        } catch (JacksonException e) {
            List<Diagnostic> found = RecordByRecord.check(this, name, json);
            return found.isEmpty() ? List.of(describe(name, json, "", e)) : found;
        }
        return career == null ? List.of(nullFile(name)) : rules(name, json, career);
    }

    private Diagnostic nullFile(String name) {
        return new Diagnostic(name, 1, 1, "", "the file holds null, not a dataset");
    }

    private List<Diagnostic> rules(String name, byte[] json, Career career) {
        List<Diagnostic> found = new ArrayList<>();
        for (DatasetRules.Problem p : DatasetRules.check(career)) {
            found.add(at(name, json, p.path(), p.message(), null));
        }
        return found;
    }

    JsonMapper mapper() {
        return mapper;
    }

    /**
     * Describes a failed read. {@code prefix} is the path of the value that was read when it was
     * not the whole document (e.g. {@code stints[3]}).
     */
    Diagnostic describe(String name, byte[] json, String prefix, JacksonException e) {
        String path = JsonPaths.append(prefix, JsonPaths.of(e.getPath()));
        String message;
        boolean locateByPath = !prefix.isEmpty();
        if (e.getCause() instanceof InvalidRecordException ire) {
            path = JsonPaths.append(path, ire.field());
            message = ire.getMessage();
            locateByPath |= !ire.field().isEmpty();
        } else if (e.getCause() instanceof IllegalArgumentException iae) {
            message = iae.getMessage();
        } else {
            message = JacksonMessages.describe(e);
        }
        return at(name, json, path, message, locateByPath ? null : e.getLocation());
    }

    /** A problem at a path, placed by {@code known} when the parser already gave the location. */
    Diagnostic at(String name, byte[] json, String path, String message, TokenStreamLocation known) {
        TokenStreamLocation loc = known;
        if (loc == null || loc.getLineNr() < 1) {
            loc = JsonLocator.locate(mapper, json, JsonPointer.compile(JsonPaths.toPointer(path)));
        }
        if (loc == null || loc.getLineNr() < 1) {
            return new Diagnostic(name, 0, 0, path, message);
        }
        return new Diagnostic(name, loc.getLineNr(), Math.max(1, loc.getColumnNr()), path, message);
    }
}
