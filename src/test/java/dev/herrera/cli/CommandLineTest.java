package dev.herrera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Exit codes, error messages and the conventions around the commands. */
class CommandLineTest {
    @Test
    void aMistypedCommandGetsASuggestion() {
        CliRun.Result r = CliRun.run("stint");
        CliRun.assertUsageError(r, "unknown command 'stint' (did you mean 'stints'?)");
        assertTrue(r.err().contains("stints"), r.err());
    }

    @Test
    void aMistypedOptionGetsASuggestion() {
        CliRun.Result r = CliRun.run("finals", "--wonn");
        CliRun.assertUsageError(r, "unknown option '--wonn' (did you mean '--won'?)");
        assertTrue(r.err().contains("--won"), r.err());
    }

    @Test
    void wonAndLostCannotBeCombined() {
        CliRun.assertUsageError(CliRun.run("finals", "--won", "--lost"), "mutually exclusive");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun.assertUsageError(CliRun.run("stints", "--format", "xml"), "'xml' is not one of: table, json, csv, tsv, md");
    }

    @Test
    void anUnknownKindIsAUsageError() {
        CliRun.assertUsageError(CliRun.run("stints", "--kind", "regional"), "not one of: club, national");
    }

    @Test
    void aMissingValueIsAUsageError() {
        CliRun.assertUsageError(CliRun.run("stints", "--team"), "missing required parameter");
    }

    @Test
    void anUnknownTeamIsAUsageErrorWithSuggestions() {
        CliRun.Result r = CliRun.run("stints", "--team", "Amerika");
        CliRun.assertUsageError(r, "unknown team \"Amerika\"; did you mean \"América\"?");
    }

    @Test
    void teamNamesIgnoreCaseAccentsAndUseAliases() {
        assertEquals(CliRun.run("stints", "--team", "América").out(), CliRun.run("stints", "--team", "AMERICA").out());
        assertEquals(CliRun.run("stints", "--team", "tijuana").out(), CliRun.run("stints", "--team", "Xolos").out());
    }

    @Test
    void aMissingDataFileExits66() {
        CliRun.Result r = CliRun.run("--data", "no/such/file.json", "stints");
        assertEquals(66, r.code());
        assertEquals("herrera: no/such/file.json: no such file\n", r.err().replace('\\', '/'));
        assertEquals("", r.out());
    }

    @Test
    void aBadDataFileExits65WithOneLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\n  \"person\": 7\n}\n");
        CliRun.Result r = CliRun.run("stints", "--data", f.toString());
        assertEquals(65, r.code());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("herrera: " + f + ":2:13: $.person: "), r.err());
    }

    @Test
    void debugPrintsTheStackTrace(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "nope");
        CliRun.Result r = CliRun.run("--debug", "--data", f.toString(), "stints");
        assertEquals(65, r.code());
        assertTrue(r.err().contains("\tat dev.herrera."), r.err());
    }

    @Test
    void dataAndDebugWorkBeforeOrAfterTheCommand() {
        CliRun.Result before = CliRun.run("--data", "missing.json", "finals");
        CliRun.Result after = CliRun.run("finals", "--data", "missing.json");
        assertEquals(66, before.code());
        assertEquals(before.err(), after.err());
    }

    @Test
    void versionComesFromTheBuildAndTheDataset() {
        CliRun.Result r = CliRun.run("--version");
        assertEquals(0, r.code());
        assertEquals("", r.err());
        String updated = JsonMapper.builder().build()
                .readTree(getClass().getResourceAsStream("/dev/herrera/data/herrera.json")).get("updated").asString();
        assertTrue(r.out().matches("herrera \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\nbundled dataset updated "
                + updated + "\\n"), r.out());
    }

    @Test
    void versionHelpAndCompletionReadNoDataset() {
        for (String[] args : new String[][] {{"--version"}, {"--help"}, {"stints", "--help"}, {"completion", "bash"}}) {
            String[] withData = new String[args.length + 2];
            withData[0] = "--data";
            withData[1] = "no/such/file.json";
            System.arraycopy(args, 0, withData, 2, args.length);
            CliRun.Result r = CliRun.run(withData);
            assertEquals(0, r.code(), String.join(" ", args) + ": " + r.err());
            assertEquals("", r.err());
        }
    }

    @Test
    void completionForZshIsTheBashScriptWhichLoadsBashcompinit() {
        CliRun.Result zsh = CliRun.run("completion", "zsh");
        assertEquals(0, zsh.code());
        assertEquals(CliRun.run("completion", "bash").out(), zsh.out());
        assertTrue(zsh.out().contains("autoload -U +X bashcompinit && bashcompinit"), zsh.out());
        assertTrue(zsh.out().contains("complete -F _complete_herrera"), zsh.out());
    }

    @Test
    void completionOffersTheLabelsUsersType() {
        String script = CliRun.run("completion", "bash").out();
        assertTrue(script.contains("(\"table\" \"json\" \"csv\" \"tsv\" \"md\")"), script);
        assertTrue(script.contains("(\"auto\" \"always\" \"never\")"), script);
        assertTrue(script.contains("(\"club\" \"national\")"), script);
    }

    @Test
    void completionNeedsAKnownShell() {
        CliRun.assertUsageError(CliRun.run("completion", "fish"), "'fish' is not one of: bash, zsh");
        CliRun.assertUsageError(CliRun.run("completion"), "missing required parameter");
    }

    @Test
    void noCommandPrintsUsage() {
        CliRun.Result r = CliRun.run();
        assertEquals(0, r.code());
        assertEquals(CliRun.run("--help").out(), r.out());
    }

    @Test
    void helpCommandMatchesHelpOption() {
        assertEquals(CliRun.run("stints", "--help").out(), CliRun.run("help", "stints").out());
    }

    @Test
    void jsonOutputIsAnArrayWithTheDatasetFieldNames() {
        JsonNode stints = JsonMapper.builder().build().readTree(CliRun.run("stints", "--format", "json").out());
        assertTrue(stints.isArray());
        JsonNode first = stints.get(0);
        for (String field : new String[] {"id", "team", "role", "start", "end", "ended", "sources"}) {
            assertTrue(first.has(field), field);
        }
        assertEquals(new dev.herrera.data.CareerLoader().loadBundled().stints().get(0).start().toString(),
                first.get("start").asString());
        JsonNode finals = JsonMapper.builder().build().readTree(CliRun.run("finals", "--format", "json").out());
        assertTrue(finals.get(0).get("score").has("for"));
    }

    @Test
    void finalsEndWithASummaryLine() {
        String out = CliRun.run("finals", "--format", "table").out();
        String last = out.lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.matches("\\d+ finals?: \\d+ won, \\d+ lost"), last);
    }

    @Test
    void completionOffersTeamNamesWithoutReadingTheDataset() {
        String script = CliRun.run("--data", "no/such.json", "completion", "bash").out();
        for (String name : new String[] {"xolos", "tijuana", "america", "costa-rica"}) {
            assertTrue(script.contains(name), name);
        }
    }
}
