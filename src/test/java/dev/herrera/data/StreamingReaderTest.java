package dev.herrera.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herrera.model.Career;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The streaming reader of the bundled file must agree with the strict Databind loader, or step aside. */
class StreamingReaderTest {
    private static byte[] bundled() throws IOException {
        try (InputStream in = CareerLoader.class.getResourceAsStream(CareerLoader.BUNDLED)) {
            return in.readAllBytes();
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsTheBundledFileExactlyAsDatabindDoes() throws IOException {
        byte[] json = bundled();
        Career quick = CareerLoader.quick(json);
        assertNotNull(quick, "the streaming reader gave up on the bundled file");
        assertEquals(new CareerLoader().parse("bundled", json), quick);
    }

    @Test
    void loadBundledGivesTheSameCareerAsTheStrictPath() throws IOException {
        assertEquals(new CareerLoader().parse("bundled", bundled()), new CareerLoader().loadBundled());
    }

    @Test
    void readsTheMinimalFixtureAsDatabindDoes() {
        byte[] json = utf8(CareerLoaderTest.MINIMAL);
        assertEquals(new CareerLoader().parse("minimal", json), CareerLoader.quick(json));
    }

    @Test
    void readsTheHostileFixtureAsDatabindDoes() {
        byte[] json = utf8(CareerLoaderTest.read("/data/hostile.json"));
        Career quick = CareerLoader.quick(json);
        assertNotNull(quick);
        assertEquals(new CareerLoader().parse("hostile", json), quick);
    }

    @Test
    void readsAByteOrderMarkAsDatabindDoes() {
        byte[] plain = utf8(CareerLoaderTest.MINIMAL);
        byte[] json = new byte[plain.length + 3];
        json[0] = (byte) 0xEF;
        json[1] = (byte) 0xBB;
        json[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, json, 3, plain.length);
        assertEquals(new CareerLoader().parse("bom", json), CareerLoader.quick(json));
    }

    /** Files the strict loader rejects: the streaming reader must give up on each, never accept it. */
    static Stream<String> rejected() {
        String m = CareerLoaderTest.MINIMAL;
        return Stream.of(
                CareerLoaderTest.read("/data/broken.json"),
                "",
                "null",
                "[]",
                m + " {}",
                m.replaceFirst("\\{", "{\"extra\": 1, "),
                m.replaceFirst("\"person\": \\{", "\"person\": {\"age\": 50, "),
                m.replaceFirst("\"updated\": \"[^\"]*\"", "\"updated\": \"yesterday\""),
                m.replaceFirst("\"updated\": \"[^\"]*\"", "\"updated\": 2020"),
                m.replaceFirst("\"updated\": \"[^\"]*\"", "\"updated\": \"2020\", \"updated\": \"2021\""),
                m.replaceFirst("\"kind\": \"[^\"]*\"", "\"kind\": \"nonsense\""),
                m.replaceFirst("\"kind\": \"[^\"]*\"", "\"kind\": \"\""),
                m.replaceFirst("\"for\": [0-9]+", "\"for\": 1.5"),
                m.replaceFirst("\"for\": [0-9]+", "\"for\": \"1\""),
                m.replaceFirst("\"for\": [0-9]+", "\"for\": null"),
                m.replaceFirst("\"for\": [0-9]+", "\"for\": 99999999999"),
                m.replaceFirst("\"for\": ([0-9]+)", "\"for\": $1, \"for\": $1"),
                m.replaceFirst("\"team\": (\"[^\"]*\")", "\"team\": $1, \"team\": $1"),
                m.replaceFirst("\"stints\": \\[", "\"stints\": [{}, "),
                m.replaceFirst("\"teams\": \\[", "\"teams\": \"x\", \"ignored\": ["));
    }

    @ParameterizedTest
    @MethodSource("rejected")
    void givesUpWhereTheStrictLoaderRejects(String json) {
        byte[] bytes = utf8(json);
        assertThrows(DataException.class, () -> new CareerLoader().parse("t.json", bytes));
        assertNull(CareerLoader.quick(bytes));
    }

    /** Every file of the bad-input corpus, and every test dataset: the quick path must agree or step aside. */
    static Stream<Path> files() throws IOException {
        try (Stream<Path> corpus = Files.list(Path.of("src", "test", "resources", "corpus"));
                Stream<Path> data = Files.list(Path.of("src", "test", "resources", "data"))) {
            return Stream.concat(Stream.concat(corpus, data).filter(f -> f.toString().endsWith(".json")).sorted()
                    .toList().stream(), Stream.of(Path.of("data", "herrera.json")));
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void agreesWithTheStrictLoaderOnEveryFile(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Career streamed = CareerLoader.quick(file);
        Career inMemory = CareerLoader.quick(bytes);
        assertEquals(inMemory, streamed, "the two quick paths differ on " + file);
        if (streamed != null) {
            assertEquals(new CareerLoader().parse(file.toString(), bytes), streamed);
        } else {
            // Stepped aside: the loader still answers as the strict path does.
            DataException strict = assertThrows(DataException.class, () -> new CareerLoader().parse(file.toString(), bytes));
            DataException loaded = assertThrows(DataException.class, () -> new CareerLoader().load(file));
            assertEquals(strict.getMessage(), loaded.getMessage());
        }
    }

    /** Byte sequences around every rule of strict UTF-8, each checked by the stream and by the decoder. */
    static Stream<byte[]> utf8Cases() {
        int[][] cases = {
            {'{', '}'}, {0xC2, 0x80}, {0xC1, 0xBF}, {0xC0, 0xAF}, {0xDF, 0xBF}, {0xE0, 0x9F, 0x80}, {0xE0, 0xA0, 0x80},
            {0xED, 0x9F, 0xBF}, {0xED, 0xA0, 0x80}, {0xEF, 0xBF, 0xBF}, {0xF0, 0x8F, 0xBF, 0xBF},
            {0xF0, 0x90, 0x80, 0x80}, {0xF4, 0x8F, 0xBF, 0xBF}, {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80},
            {0xFF}, {0x80}, {0xC3}, {0xE2, 0x82}, {0xF0, 0x9F, 0x98}, {0xC3, 0x28}, {0xE2, 0x28, 0xA1},
            {0, '{', '}'}, {'{', 0, 0, '}'}, {'{', ' ', ' ', ' ', 0, '}'}, {'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 0xC3},
            {'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 0xC3, 0xA9, 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 0xE2, 0x82, 0xAC},
        };
        return Stream.of(cases).map(c -> {
            byte[] b = new byte[c.length];
            for (int i = 0; i < c.length; i++) {
                b[i] = (byte) c[i];
            }
            return b;
        });
    }

    @ParameterizedTest
    @MethodSource("utf8Cases")
    void checksUtf8AsTheDecoderDoes(byte[] bytes) throws IOException {
        boolean valid = Utf8.firstInvalid(bytes, 0) < 0;
        for (int chunk : new int[] {1, 2, 3, 7, 8, 9, 64}) {
            // Read in chunks of every size, so that sequences are cut at every place.
            try (InputStream in = Utf8.checking(new java.io.ByteArrayInputStream(bytes))) {
                byte[] buffer = new byte[chunk];
                while (in.read(buffer, 0, chunk) >= 0) {
                    // read on
                }
                assertTrue(valid, "the stream passed what the decoder rejects, in chunks of " + chunk);
            } catch (Utf8.Invalid e) {
                assertTrue(!valid, "the stream rejected what the decoder passes, in chunks of " + chunk);
            }
        }
    }

    /** A list given as null, before other properties: read as Databind reads it (the reader once skipped a token here). */
    @Test
    void readsANullListBeforeOtherPropertiesAsDatabindDoes() {
        byte[] json = utf8(CareerLoaderTest.replaceOnce(CareerLoaderTest.MINIMAL, "{\"id\": \"beta\", \"name\"",
                "{\"aliases\": null, \"id\": \"beta\", \"name\""));
        assertNotNull(CareerLoader.quick(json));
        assertEquals(new CareerLoader().parse("t.json", json), CareerLoader.quick(json));
    }

    /**
     * The reader's table of properties is the model's: each record's properties in the order of its
     * components, named as Databind names them, each read as its component's type needs.
     */
    @Test
    void theReadersTableIsTheModel() {
        assertShapeIs(StreamingReader.CAREER, Career.class, new java.util.HashSet<>());
    }

    private static void assertShapeIs(StreamingReader.Shape shape, Class<?> record, java.util.Set<Class<?>> done) {
        if (!done.add(record)) {
            return;
        }
        java.lang.reflect.RecordComponent[] parts = record.getRecordComponents();
        assertEquals(parts.length, shape.size, record.getSimpleName());
        for (int i = 0; i < parts.length; i++) {
            java.lang.reflect.RecordComponent part = parts[i];
            com.fasterxml.jackson.annotation.JsonProperty renamed =
                    part.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            String json = renamed != null && !renamed.value().isEmpty() ? renamed.value() : part.getName();
            String where = record.getSimpleName() + "." + part.getName();
            assertEquals(json, shape.names[i], where);
            Class<?> type = part.getType();
            java.lang.reflect.Type element = part.getGenericType() instanceof java.lang.reflect.ParameterizedType list
                    ? list.getActualTypeArguments()[0] : null;
            switch (shape.kinds[i]) {
                case StreamingReader.Shape.TEXT -> assertEquals(String.class, type, where);
                case StreamingReader.Shape.DATE -> assertEquals(dev.herrera.model.PartialDate.class, type, where);
                case StreamingReader.Shape.TEXTS -> assertEquals(String.class, element, where);
                case StreamingReader.Shape.NUMBER -> assertTrue(type == int.class || type == Integer.class, where);
                case StreamingReader.Shape.LABEL -> assertEquals(type, shape.parts[i].getClass().getComponentType(), where);
                case StreamingReader.Shape.OBJECT -> assertShapeIs((StreamingReader.Shape) shape.parts[i], type, done);
                default -> {
                    assertEquals(java.util.List.class, type, where);
                    assertShapeIs((StreamingReader.Shape) shape.parts[i], (Class<?>) element, done);
                }
            }
        }
    }
}
