package dev.herrera.data;

import static dev.herrera.data.CareerLoaderTest.MINIMAL;
import static dev.herrera.data.CareerLoaderTest.replaceOnce;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link CareerLoader#validate}: every problem, each with its place, and agreement with loading. */
class ValidateTest {
    private static List<Diagnostic> validate(String json) {
        return new CareerLoader().validate("t.json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aGoodFileHasNoProblems() {
        assertEquals(List.of(), validate(MINIMAL));
        assertEquals(List.of(), validate(CareerLoaderTest.read(CareerLoader.BUNDLED)));
    }

    /** Whatever the loader reports first, validate reports too, at the same path and in the same words. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.herrera.data.CareerLoaderTest#brokenFiles")
    void everyProblemTheLoaderFindsIsReported(String name, String json, String location, String path, String words) {
        List<Diagnostic> found = validate(json);
        assertFalse(found.isEmpty(), name);
        assertTrue(found.stream().map(Diagnostic::toString)
                        .anyMatch(d -> d.startsWith("t.json:") && d.contains(path) && d.contains(words)),
                () -> found.toString());
        DataException e = assertThrows(DataException.class,
                () -> new CareerLoader().parse("t.json", json.getBytes(StandardCharsets.UTF_8)));
        assertTrue(found.stream().anyMatch(d -> d.toString().equals(e.getMessage()))
                        || found.stream().anyMatch(d -> e.getMessage().endsWith(JsonPaths.display(d.path()) + ": " + d.message())),
                () -> "loader: " + e.getMessage() + " validate: " + found);
    }

    @Test
    void problemsInSeveralRecordsAreAllReportedInFileOrder() {
        String json = replaceOnce(MINIMAL, "\"born\": \"1970\"", "\"born\": \"1970-13\"");
        json = replaceOnce(json, "\"kind\": \"national\"", "\"kind\": \"regional\"");
        json = replaceOnce(json, "\"end\": \"2003-05\"", "\"end\": \"2000-05\"");
        json = replaceOnce(json, "\"updated\": \"2025-01-01\"", "\"updated\": \"2025-01-01\", \"shoe\": 1");
        List<Diagnostic> found = validate(json);
        assertEquals(List.of("$.person.born", "$.shoe", "$.teams[1].kind", "$.stints[0].end"),
                found.stream().map(d -> JsonPaths.display(d.path())).toList(), found::toString);
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).line() <= found.get(i).line(), found::toString);
        }
        assertTrue(found.stream().allMatch(d -> d.line() > 0 && d.column() > 0), found::toString);
    }

    @Test
    void everyBrokenReferenceIsReported() {
        String json = replaceOnce(MINIMAL, "\"team\": \"beta\"", "\"team\": \"gamma\"");
        json = replaceOnce(json, "\"opponent\": \"beta\"", "\"opponent\": \"delta\"");
        List<Diagnostic> found = validate(json);
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.get(0).toString().startsWith("t.json:13:30: $.stints[1].team: unknown team \"gamma\""),
                found::toString);
        assertTrue(found.get(1).toString().contains("$.matches[0].opponent: unknown team \"delta\""), found::toString);
    }

    @Test
    void everyBrokenRuleBetweenRecordsIsReported() {
        String json = replaceOnce(MINIMAL, "\"start\": \"2003-06-01\", \"end\": \"2003-06-30\"",
                "\"start\": \"2000-06-01\", \"end\": \"2002-06-30\"");
        List<Diagnostic> found = validate(json);
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.get(0).message().contains("out of chronological order"), found::toString);
        assertTrue(found.get(1).message().contains("overlaps"), found::toString);
    }

    @Test
    void aSyntaxErrorStopsAtTheFirstOne() {
        List<Diagnostic> found = validate("{\"person\": }");
        assertEquals(1, found.size(), found::toString);
        assertEquals(1, found.get(0).line());
    }

    @Test
    void anUnreadableFileIsNotAListOfProblems(@TempDir Path dir) {
        DataException e = assertThrows(DataException.class, () -> new CareerLoader().validate(dir.resolve("no.json")));
        assertEquals(DataException.UNREADABLE, e.kind());
    }
}
