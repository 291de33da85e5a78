package dev.herrera.data;

import dev.herrera.model.Career;
import dev.herrera.model.InvalidRecordException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
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

    /*
     * Limits that bound the memory and time a hostile file can cost. They leave room for a dataset
     * of a million matches (the benchmark's is 233 MB) and are stated in the README; raise them together.
     */
    /** The largest file the loader reads, in bytes: 256 MiB. Checked before and while reading. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
    /** Deepest nesting of arrays and objects; the dataset itself needs 6. */
    static final int MAX_NESTING_DEPTH = 64;
    /** Longest string value, in characters: notes and summaries run to a few hundred. */
    static final int MAX_STRING_LENGTH = 1_000_000;
    /** Longest number, in characters: the dataset holds only small whole numbers. */
    static final int MAX_NUMBER_LENGTH = 100;
    /** Longest property name, in characters: the dataset's longest is 11. */
    static final int MAX_NAME_LENGTH = 1_000;

    /** Built on first use: a valid dataset is read without it (see {@link StreamingReader}). */
    private JsonMapper mapper;

    public CareerLoader() {
    }

    /** The read limits every dataset parse uses (see the README's "Limits and safety"). */
    static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxDocumentLength(MAX_FILE_BYTES)
                .build();
    }

    static JsonMapper strictMapper() {
        return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints()).build())
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
            byte[] json = readBounded(in, BUNDLED_NAME);
            Career quick = quick(json);
            return quick != null ? quick : parse(BUNDLED_NAME, json);
        } catch (IOException e) {
            throw new DataException(DataException.UNREADABLE, BUNDLED_NAME + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * The dataset read by the {@link StreamingReader}, or null when that reader met anything
     * unexpected or the result breaks a model rule (the {@link Career} it builds checks them all): the
     * strict path then reads it again and reports the problem.
     */
    static Career quick(byte[] json) {
        int from = Utf8.hasBom(json) ? Utf8.BOM_LENGTH : 0;
        if (Utf8.firstInvalid(json, from) >= 0) {
            return null;
        }
        try {
            return StreamingReader.read(json, from);
        } catch (StreamingReader.Unexpected e) {
            return null;
        }
    }

    /**
     * Loads a dataset file of the same shape as the bundled one. A valid file is parsed as it is read,
     * its bytes never all in memory at once; a file with any problem is read again, whole, by the
     * strict path, which says where the problem is.
     */
    public Career load(Path file) {
        Career quick = quick(file);
        return quick != null ? quick : parse(file.toString(), read(file));
    }

    /** As {@link #quick(byte[])}, for a plain file of at most {@link #MAX_FILE_BYTES}, read as it is parsed. */
    static Career quick(Path file) {
        try {
            // A FIFO or device could block or never end, and a file too big is an error: the strict path says so.
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_FILE_BYTES) {
                return null;
            }
            try (InputStream in = Utf8.checking(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                return StreamingReader.read(in);
            }
        } catch (IOException | UncheckedIOException | StreamingReader.Unexpected e) {
            return null;
        }
    }

    private static byte[] read(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new DataException(DataException.UNREADABLE, name + ": is a directory, not a file", null);
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // A FIFO, socket or device could block forever or never end; only plain files are read.
            throw new DataException(DataException.UNREADABLE, name + ": not a regular file", null);
        }
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw tooBig(name);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return readSized(in, (int) size, name);
            }
        } catch (NoSuchFileException e) {
            throw new DataException(DataException.UNREADABLE, name + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new DataException(DataException.UNREADABLE, name + ": permission denied", e);
        } catch (IOException | UncheckedIOException e) {
            throw new DataException(DataException.UNREADABLE, name + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * A file of known size, read into one array of that size (reading through a growing buffer would
     * hold the data twice); if the file grew meanwhile, the rest is read within the same bound.
     */
    static byte[] readSized(InputStream in, int size, String name) throws IOException {
        byte[] bytes = new byte[size];
        int n = in.readNBytes(bytes, 0, size);
        if (n < size) {
            return java.util.Arrays.copyOf(bytes, n); // the file shrank while read
        }
        int next = in.read();
        if (next < 0) {
            return bytes;
        }
        byte[] rest = readBounded(in, name);
        if ((long) size + 1 + rest.length > MAX_FILE_BYTES) {
            throw tooBig(name);
        }
        byte[] all = java.util.Arrays.copyOf(bytes, size + 1 + rest.length);
        all[size] = (byte) next;
        System.arraycopy(rest, 0, all, size + 1, rest.length);
        return all;
    }

    /** How standard input is named in messages. */
    public static final String STDIN_NAME = "<stdin>";

    /**
     * Standard input, read whole under the same size limit as a file (its UTF-8 and everything else
     * are checked as a file's are, by {@link #parse} or {@link #validate(String, byte[])}).
     */
    public static byte[] readStdin(InputStream in) {
        try {
            return readBounded(in, STDIN_NAME);
        } catch (IOException | UncheckedIOException e) {
            throw new DataException(DataException.UNREADABLE, STDIN_NAME + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** All of {@code in}, but never more than {@link #MAX_FILE_BYTES}: a file that grows is still bounded. */
    private static byte[] readBounded(InputStream in, String name) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_FILE_BYTES + 1));
        if (bytes.length > MAX_FILE_BYTES) {
            throw tooBig(name);
        }
        return bytes;
    }

    private static DataException tooBig(String name) {
        return new DataException(DataException.BAD_CONTENT,
                name + ": larger than " + (MAX_FILE_BYTES >> 20) + " MiB, the most a dataset may hold", null);
    }

    /** Parses and checks a dataset; {@code name} is how the file is named in messages. */
    public Career parse(String name, byte[] json) {
        int from = Utf8.hasBom(json) ? Utf8.BOM_LENGTH : 0;
        int bad = Utf8.firstInvalid(json, from);
        if (bad >= 0) {
            int[] at = Utf8.lineAndColumn(json, from, bad);
            throw new DataException(DataException.BAD_CONTENT, name + ":" + at[0] + ":" + at[1]
                    + ": $: not valid UTF-8 (byte 0x" + String.format("%02X", json[bad] & 0xFF)
                    + " at offset " + bad + "); datasets must be UTF-8", null);
        }
        Career career;
        try {
            career = mapper().readValue(json, Career.class);
        } catch (JacksonException e) {
            throw new DataException(DataException.BAD_CONTENT, describe(name, json, "", e).toString(), e);
        }
        if (career == null) {
            throw new DataException(DataException.BAD_CONTENT, nullFile(name).toString(), null);
        }
        return career;
    }

    /**
     * Every problem in a dataset file, not just the first; empty when {@link #load} would accept it.
     * A file that is not JSON at all stops at its first syntax error. Otherwise each record is read
     * on its own, so one broken record does not hide the next; the rules between records (ids,
     * references, order, overlaps: {@link Career#problems}) are checked once every record reads cleanly.
     */
    public List<Diagnostic> validate(Path file) {
        // A valid file is read as it is parsed, as --data reads it: the fast reader accepts only what
        // the strict loader accepts (a test and the fuzzer hold it to that), and it holds neither the
        // whole file nor a tree of it in memory. Only a file with problems is read whole, to list them.
        if (quick(file) != null) {
            return List.of();
        }
        return validate(file.toString(), read(file));
    }

    /** As {@link #validate(Path)}, for content already in memory. */
    public List<Diagnostic> validate(String name, byte[] json) {
        Career career;
        try {
            career = mapper().readValue(json, Career.class);
        } catch (JacksonException e) {
            List<Diagnostic> found = RecordByRecord.check(this, name, json);
            return found.isEmpty() ? List.of(describe(name, json, "", e)) : found;
        }
        // A Career that was built keeps every rule: only the failure path has problems to list.
        return career == null ? List.of(nullFile(name)) : List.of();
    }

    private Diagnostic nullFile(String name) {
        return new Diagnostic(name, 1, 1, "", "the file holds null, not a dataset");
    }

    JsonMapper mapper() {
        if (mapper == null) {
            mapper = strictMapper();
        }
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
            loc = JsonLocator.locate(mapper(), json, JsonPointer.compile(JsonPaths.toPointer(path)));
        }
        if (loc == null || loc.getLineNr() < 1) {
            return new Diagnostic(name, 0, 0, path, message);
        }
        return new Diagnostic(name, loc.getLineNr(), Math.max(1, loc.getColumnNr()), path, message);
    }
}
