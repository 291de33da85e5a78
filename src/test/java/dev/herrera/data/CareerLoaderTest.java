package dev.herrera.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CareerLoaderTest {
    static final String MINIMAL = read("/data/minimal.json");

    static String read(String resource) {
        try (InputStream in = CareerLoaderTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Career parse(String json) {
        return new CareerLoader().parse("t.json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces exactly one occurrence, so a broken fixture cannot silently test nothing. */
    static String replaceOnce(String text, String from, String to) {
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new IllegalArgumentException("fixture text must occur exactly once: " + from);
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    @Test
    void theMinimalFixtureLoads() {
        Career c = parse(MINIMAL);
        assertEquals(2, c.stints().size());
        assertEquals("Álpha", c.teams().get(0).name());
    }

    @Test
    void theBundledDatasetLoads() {
        Career c = new CareerLoader().loadBundled();
        assertFalse(c.stints().isEmpty());
        assertFalse(c.matches().isEmpty());
        assertFalse(c.incidents().isEmpty());
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                // Jackson strictness
                Arguments.of("unknown property", replaceOnce(MINIMAL, "\"born\": \"1970\"", "\"born\": \"1970\", \"shoe\": 42"),
                        "t.json:2:62:", "$.person.shoe", "unknown property \"shoe\""),
                Arguments.of("duplicate key", replaceOnce(MINIMAL, "\"title\": \"Source one\"", "\"title\": \"Source one\", \"title\": \"again\""),
                        "t.json:5:48:", "$.sources[0]", "Duplicate Object property \"title\""),
                Arguments.of("missing required field", replaceOnce(MINIMAL, "\"title\": \"A row\", ", ""),
                        "t.json:2", "$.incidents[0].title", "missing required field \"title\""),
                Arguments.of("missing required number", replaceOnce(MINIMAL, "\"penalties\": {\"for\": 4, \"against\": 3}", "\"penalties\": {\"for\": 4}"),
                        "t.json:17:", "$.matches[0].score.penalties.against", "missing required field \"against\""),
                Arguments.of("number for a string", replaceOnce(MINIMAL, "\"country\": \"Mexico\", \"aliases\"", "\"country\": 52, \"aliases\""),
                        "t.json:8:", "$.teams[0].country", "expected a string"),
                Arguments.of("string for a number", replaceOnce(MINIMAL, "\"for\": 2, \"against\": 2", "\"for\": \"2\", \"against\": 2"),
                        "t.json:17:23:", "$.matches[0].score.for", "expected a whole number"),
                Arguments.of("float for a number", replaceOnce(MINIMAL, "\"for\": 2, \"against\": 2", "\"for\": 2.5, \"against\": 2"),
                        "t.json:17:23:", "$.matches[0].score.for", "expected a whole number"),
                Arguments.of("object for an array", replaceOnce(MINIMAL, "\"people\": [\"Someone\"]", "\"people\": {\"a\": 1}"),
                        "t.json:2", "$.incidents[0].people", "expected an array"),
                Arguments.of("null for a number", replaceOnce(MINIMAL, "\"for\": 2, \"against\": 2", "\"for\": null, \"against\": 2"),
                        "t.json:17:23:", "$.matches[0].score.for", "expected a whole number"),
                Arguments.of("unknown enum value", replaceOnce(MINIMAL, "\"kind\": \"national\"", "\"kind\": \"regional\""),
                        "t.json:9:", "$.teams[1].kind", "\"regional\" is not one of: club, national"),
                Arguments.of("trailing content", MINIMAL + "{}", "t.json:24:1:", "$", "more content after the end"),
                Arguments.of("empty file", "", "t.json:1:1:", "$", "the file is empty"),
                Arguments.of("not JSON", "this is not json", "t.json:1:", "$", "Unrecognized token"),
                Arguments.of("truncated", MINIMAL.substring(0, MINIMAL.length() / 2), "t.json:13:", "$.stints[1]", "end-of-input"),
                Arguments.of("wrong top-level type", "[1, 2, 3]", "t.json:1:", "$", "expected an object"),
                // model invariants
                Arguments.of("impossible month", replaceOnce(MINIMAL, "\"end\": \"2003-05\"", "\"end\": \"2007-13\""),
                        "t.json:12:86:", "$.stints[0].end", "month 13"),
                Arguments.of("impossible day", replaceOnce(MINIMAL, "\"date\": \"2002-12-15\"", "\"date\": \"2010-02-30\""),
                        "t.json:16:26:", "$.matches[0].date", "not a calendar date"),
                Arguments.of("five-digit year", replaceOnce(MINIMAL, "\"start\": \"2001\"", "\"start\": \"20077\""),
                        "t.json:12:71:", "$.stints[0].start", "not a date"),
                Arguments.of("end before start", replaceOnce(MINIMAL, "\"end\": \"2003-05\"", "\"end\": \"2000-05\""),
                        "t.json:12:86:", "$.stints[0].end", "end 2000-05 is before start 2001"),
                Arguments.of("blank name", replaceOnce(MINIMAL, "\"name\": \"Beta\"", "\"name\": \"  \""),
                        "t.json:9:", "$.teams[1].name", "must not be blank"),
                Arguments.of("no sources", replaceOnce(MINIMAL, "\"summary\": \"Words were said.\", \"sources\": [\"s1\"]", "\"summary\": \"Words were said.\", \"sources\": []"),
                        "t.json:21:120:", "$.incidents[0].sources", "needs at least one entry"),
                Arguments.of("legs do not add up", replaceOnce(MINIMAL, "{\"for\": 1, \"against\": 1}, {\"for\": 1, \"against\": 1}", "{\"for\": 1, \"against\": 1}, {\"for\": 0, \"against\": 1}"),
                        "t.json:17:48:", "$.matches[0].score.legs", "add up to 1-2"),
                Arguments.of("outcome against the score", replaceOnce(MINIMAL, "\"outcome\": \"won\"", "\"outcome\": \"lost\""),
                        "t.json:18:17:", "$.matches[0].outcome", "disagrees with the score"),
                Arguments.of("unknown team", replaceOnce(MINIMAL, "\"team\": \"beta\"", "\"team\": \"gamma\""),
                        "t.json:13:30:", "$.stints[1].team", "unknown team \"gamma\""),
                Arguments.of("unknown source", replaceOnce(MINIMAL, "\"born\": \"1970\", \"sources\": [\"s1\"]", "\"born\": \"1970\", \"sources\": [\"s2\"]"),
                        "t.json:2:", "$.person.sources[0]", "unknown source \"s2\""),
                Arguments.of("duplicate id", replaceOnce(MINIMAL, "\"id\": \"beta-1\"", "\"id\": \"alpha-1\""),
                        "t.json:13:5:", "$.stints[1]", "duplicate stint id \"alpha-1\""),
                Arguments.of("bad id", replaceOnce(MINIMAL, "\"id\": \"beta-1\"", "\"id\": \"Beta 1\""),
                        "t.json:13:12:", "$.stints[1].id", "not a valid id"),
                // rules between records
                Arguments.of("out of order", replaceOnce(MINIMAL, "\"start\": \"2003-06-01\", \"end\": \"2003-06-30\"", "\"start\": \"2000-06-01\", \"end\": \"2000-06-30\""),
                        "t.json:13:5:", "$.stints[1]", "out of chronological order"),
                Arguments.of("match outside every stint of its team", replaceOnce(MINIMAL, "\"date\": \"2002-12-15\"", "\"date\": \"2003-06-15\""),
                        "t.json:16:26:", "$.matches[0].date", "falls outside every stint of team \"alpha\""),
                Arguments.of("incident outside every stint of its team", replaceOnce(MINIMAL, "\"title\": \"A row\",", "\"title\": \"A row\", \"team\": \"alpha\","),
                        "t.json:21:", "$.incidents[0].date", "falls outside every stint of team \"alpha\""),
                Arguments.of("two clubs at once", replaceOnce(replaceOnce(MINIMAL, "\"kind\": \"national\"", "\"kind\": \"club\""),
                                "\"start\": \"2003-06-01\"", "\"start\": \"2002-06-01\", \"concurrent\": [\"alpha-1\"]"),
                        "t.json:13:5:", "$.stints[1]", "cannot have managed two clubs at once"),
                Arguments.of("undeclared overlap", replaceOnce(MINIMAL, "\"start\": \"2003-06-01\"", "\"start\": \"2002-06-01\""),
                        "t.json:13:5:", "$.stints[1]", "overlaps \"alpha-1\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenFileIsOneClearLine(String name, String json, String location, String path, String words) {
        DataException e = assertThrows(DataException.class, () -> parse(json));
        assertEquals(DataException.BAD_CONTENT, e.kind());
        String msg = e.getMessage();
        assertTrue(msg.startsWith(location), () -> "location: " + msg);
        assertTrue(msg.contains(": " + path + ":") || msg.contains(": " + path + " "), () -> "path: " + msg);
        assertTrue(msg.contains(words), () -> "words: " + msg);
        assertFalse(msg.contains("\n"), () -> "one line: " + msg);
        assertFalse(msg.contains("tools.jackson") || msg.contains("dev.herrera"), () -> "no class names: " + msg);
    }

    @Test
    void anIncidentWithATeamInsideItsStintAndOneWithoutATeamAreFine() {
        Career c = parse(replaceOnce(MINIMAL, "\"title\": \"A row\",", "\"title\": \"A row\", \"team\": \"beta\","));
        assertEquals("beta", c.incidents().get(0).team());
        assertEquals(null, parse(MINIMAL).incidents().get(0).team());
    }

    @Test
    void declaredOverlapsBetweenAClubAndANationalTeamAreFine() {
        Career c = parse(replaceOnce(MINIMAL, "\"start\": \"2003-06-01\"", "\"start\": \"2002-06-01\", \"concurrent\": [\"alpha-1\"]"));
        assertEquals(2, c.stints().size());
    }

    @Test
    void aMissingFileCannotBeRead(@TempDir Path dir) {
        DataException e = assertThrows(DataException.class, () -> new CareerLoader().load(dir.resolve("nope.json")));
        assertEquals(DataException.UNREADABLE, e.kind());
        assertTrue(e.getMessage().endsWith("nope.json: no such file"), e.getMessage());
    }

    @Test
    void aDirectoryCannotBeRead(@TempDir Path dir) {
        DataException e = assertThrows(DataException.class, () -> new CareerLoader().load(dir));
        assertEquals(DataException.UNREADABLE, e.kind());
        assertTrue(e.getMessage().contains("is a directory"), e.getMessage());
    }

    @Test
    void aFileOnDiskLoads(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("other.json");
        Files.writeString(f, MINIMAL);
        assertEquals("Test Manager", new CareerLoader().load(f).person().name());
    }
}
