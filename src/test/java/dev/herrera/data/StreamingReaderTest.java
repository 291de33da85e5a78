package dev.herrera.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.herrera.model.Career;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The streaming reader of the bundled file must agree with the strict Databind loader, or step aside. */
class BundledReaderTest {
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
}
