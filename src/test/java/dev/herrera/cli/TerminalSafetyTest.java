package dev.herrera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herrera.data.CareerLoader;
import dev.herrera.model.Career;
import dev.herrera.render.Escape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Escape sequences and bidi overrides in the data never reach the terminal, in any format. */
class TerminalSafetyTest {
    static final Path HOSTILE = Path.of("src", "test", "resources", "data", "hostile.json");

    static Stream<Arguments> commandsAndFormats() {
        List<Arguments> all = new ArrayList<>();
        for (String command : new String[] {"stints", "finals", "incidents"}) {
            for (String format : new String[] {"table", "json"}) {
                all.add(Arguments.of(command, format));
            }
        }
        return all.stream();
    }

    /** No character a terminal acts on, other than the line breaks between lines. */
    static void assertHarmless(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int at = i;
            assertFalse(c != '\n' && Escape.isControl(c),
                    () -> String.format("U+%04X at %d in:%n%s", (int) c, at, text));
        }
    }

    @ParameterizedTest(name = "{0} --format {1}")
    @MethodSource("commandsAndFormats")
    void aHostileDatasetPrintsHarmlessly(String command, String format) {
        CliRun.Result r = CliRun.run("--data", HOSTILE.toString(), command, "--format", format);
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertFalse(r.out().isBlank());
        assertHarmless(r.out());
    }

    @Test
    void tablesShowTheEscapesVisibly() {
        String stints = CliRun.run("--data", HOSTILE.toString(), "stints", "--format", "table").out();
        assertTrue(stints.contains("\\e[31mRed\\e[0m Alpha"), stints);
        assertTrue(stints.contains("Beta\\u202egnp.exe"), stints);
        String finals = CliRun.run("--data", HOSTILE.toString(), "finals", "--format", "table").out();
        assertTrue(finals.contains("League\\r\\e[2KFAKE"), finals);
        assertTrue(finals.contains("C1 \\u009b31m csi\\u007f del"), finals);
        String incidents = CliRun.run("--data", HOSTILE.toString(), "incidents", "--format", "table").out();
        assertTrue(incidents.contains("A row\\nwith a second line"), incidents);
        assertTrue(incidents.contains("\\u2066isolate\\u2069 and \\u200fmark"), incidents);
        assertTrue(incidents.contains("Some\\tone, \\eP+q\\e\\dcs"), incidents);
        assertTrue(incidents.contains("tab\\there\\u2028sep"), incidents);
        // one line per record: an embedded newline cannot forge a row
        assertEquals(2, incidents.lines().count(), incidents);
    }

    @Test
    void jsonKeepsTheExactValuesBehindItsEscapes() {
        Career career = new CareerLoader().load(HOSTILE);
        JsonMapper json = JsonMapper.builder().build();
        JsonNode stints = json.readTree(CliRun.run("--data", HOSTILE.toString(), "finals", "--format", "json").out());
        assertEquals(career.matches().get(0).competition(), stints.get(0).get("competition").asString());
        assertEquals(career.matches().get(0).season(), stints.get(0).get("season").asString());
        JsonNode incidents = json.readTree(CliRun.run("--data", HOSTILE.toString(), "incidents", "--format", "json").out());
        assertEquals(career.incidents().get(0).place(), incidents.get(0).get("place").asString());
        assertEquals(career.incidents().get(0).people().get(1), incidents.get(0).get("people").get(1).asString());
    }

    @Test
    void aTeamNameTypedWithEscapesIsEchoedEscaped() {
        CliRun.Result r = CliRun.run("--data", HOSTILE.toString(), "stints", "--team", "\u001b[31mgamma\u0007");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown team \"\\e[31mgamma\\a\""), r.err());
        assertHarmless(r.err());
    }

    @Test
    void picocliMessagesEchoingInputAreEscaped() {
        CliRun.Result r = CliRun.run("stints", "--format", "\u001b]8;;http://x\u001b\\y\u202e");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("'\\e]8;;http://x\\e\\y\\u202e' is not one of"), r.err());
        assertHarmless(r.err());
        CliRun.Result option = CliRun.run("stints", "--\u001b[2Jx");
        assertEquals(2, option.code());
        assertTrue(option.err().contains("--\\e[2Jx"), option.err());
        assertHarmless(option.err());
    }

    @Test
    void dataErrorsQuotingTheFileAreEscaped(@TempDir Path dir) throws IOException {
        String hostile = Files.readString(HOSTILE);
        Path f = dir.resolve("bad\u001b[5m.json");
        Files.writeString(f, hostile.replace("\"team\": \"beta\"", "\"team\": \"\\u001b[2Jbeta\\r\""));
        CliRun.Result r = CliRun.run("--data", f.toString(), "stints");
        assertEquals(65, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("bad\\e[5m.json:"), r.err());
        assertTrue(r.err().contains("\\e[2Jbeta\\r"), r.err());
        assertHarmless(r.err());
    }

    @Test
    void debugTracesAreEscapedToo(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, Files.readString(HOSTILE).replace("\"team\": \"beta\"", "\"team\": \"\\u001b[2Jbeta\""));
        CliRun.Result r = CliRun.run("--debug", "--data", f.toString(), "stints");
        assertEquals(65, r.code());
        assertTrue(r.err().contains("\tat dev.herrera."), r.err());
        for (String line : r.err().split("\n")) {
            assertHarmless(line.replace("\t", ""));
        }
    }
}
