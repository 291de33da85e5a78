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
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
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
                .addModule(new SimpleModule("shared-strings").addDeserializer(String.class, new SharedStrings()))
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

    /**
     * Loads a dataset file of the same shape as the bundled one. The file is parsed as it is read,
     * never held whole in memory; only when it turns out to be invalid is it read again, to tell where.
     */
    public Career load(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new DataException(DataException.UNREADABLE, name + ": is a directory, not a file", null);
        }
        Career career;
        try (InputStream in = Files.newInputStream(file)) {
            career = mapper.readValue(in, Career.class);
        } catch (NoSuchFileException e) {
            throw new DataException(DataException.UNREADABLE, name + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new DataException(DataException.UNREADABLE, name + ": permission denied", e);
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException io) {
                throw new DataException(DataException.UNREADABLE, name + ": cannot read: " + io.getMessage(), e);
            }
            throw describe(name, read(file), e);
        } catch (IOException | UncheckedIOException e) {
            throw new DataException(DataException.UNREADABLE, name + ": cannot read: " + e.getMessage(), e);
        }
        return checked(name, career, () -> read(file));
    }

    private static byte[] read(Path file) {
        String name = file.toString();
        try {
            return Files.readAllBytes(file);
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
            throw describe(name, json, e);
        }
        return checked(name, career, () -> json);
    }

    /** The dataset if it breaks no rule between records; {@code json} gives the text to locate a problem. */
    private Career checked(String name, Career career, Supplier<byte[]> json) {
        if (career == null) {
            throw new DataException(DataException.BAD_CONTENT, name + ":1:1: $: the file holds null, not a dataset", null);
        }
        List<DatasetRules.Problem> problems = DatasetRules.check(career);
        if (!problems.isEmpty()) {
            DatasetRules.Problem first = problems.get(0);
            throw new DataException(DataException.BAD_CONTENT,
                    where(name, json.get(), first.path(), null) + ": " + JsonPaths.display(first.path()) + ": "
                            + first.message(),
                    null);
        }
        return career;
    }

    private DataException describe(String name, byte[] json, JacksonException e) {
        String path = JsonPaths.of(e.getPath());
        String message;
        boolean locateByPath = false;
        if (e.getCause() instanceof InvalidRecordException ire) {
            path = JsonPaths.append(path, ire.field());
            message = ire.getMessage();
            locateByPath = !ire.field().isEmpty();
        } else if (e.getCause() instanceof IllegalArgumentException iae) {
            message = iae.getMessage();
        } else {
            message = JacksonMessages.describe(e);
        }
        return new DataException(DataException.BAD_CONTENT,
                where(name, json, path, locateByPath ? null : e.getLocation()) + ": "
                        + JsonPaths.display(path) + ": " + message, e);
    }

    /** FILE:LINE:COLUMN for a path, using {@code known} when the parser already gave it. */
    private String where(String name, byte[] json, String path, TokenStreamLocation known) {
        TokenStreamLocation loc = known;
        if (loc == null || loc.getLineNr() < 1) {
            loc = JsonLocator.locate(mapper, json, JsonPointer.compile(JsonPaths.toPointer(path)));
        }
        if (loc == null || loc.getLineNr() < 1) {
            return name;
        }
        return name + ":" + loc.getLineNr() + ":" + Math.max(1, loc.getColumnNr());
    }
}
