package dev.herrera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Exit codes and errors of matches, on, team, summary, validate and the --year/--from/--to options. */
class QueryCommandsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest(name = "matches {0} {1}")
    @CsvSource({"--won, --lost", "--won, --drawn", "--lost, --drawn", "--drawn, --won"})
    void resultsCannotBeCombined(String a, String b) {
        CliRun.assertUsageError(CliRun.run("matches", a, b), "mutually exclusive");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"stints", "finals", "incidents", "matches"})
    void yearCannotBeCombinedWithFromOrTo(String command) {
        CliRun.assertUsageError(CliRun.run(command, "--year", "2013", "--from", "2012"), "mutually exclusive");
        CliRun.assertUsageError(CliRun.run(command, "--to", "2014", "--year", "2013"), "mutually exclusive");
    }

    @Test
    void fromAfterToIsAUsageError() {
        CliRun.assertUsageError(CliRun.run("stints", "--from", "2015", "--to", "2014-12"), "ends (2014-12) before it starts (2015)");
    }

    @ParameterizedTest(name = "on {0}")
    @CsvSource(delimiter = '|', value = {"2014-13 | '2014-13' is not a date (month 13 is not 1-12); use YYYY",
        "2014-02-30 | (2014-02-30 is not a calendar date)", "June | 'June' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD",
        "14 | '14' is not a date; use", "2014-6 | '2014-6' is not a date; use"})
    void aBadDateIsAUsageError(String date, String words) {
        CliRun.Result r = CliRun.run("on", date);
        CliRun.assertUsageError(r, words);
        assertTrue(r.err().contains("DATE"), r.err());
    }

    @Test
    void aBadFromDateIsAUsageError() {
        CliRun.assertUsageError(CliRun.run("finals", "--from", "2014-00"), "month 00");
    }

    @Test
    void aBadYearIsAUsageError() {
        CliRun.assertUsageError(CliRun.run("incidents", "--year", "twenty"), "--year");
        CliRun.assertUsageError(CliRun.run("incidents", "--year", "99999"), "out of range");
    }

    @Test
    void onNeedsADate() {
        CliRun.assertUsageError(CliRun.run("on"), "missing required parameter: 'DATE'");
    }

    @Test
    void anUnknownStageIsAUsageError() {
        CliRun.assertUsageError(CliRun.run("matches", "--stage", "semis"), "'semis' is not one of: final, semi-final");
    }

    @Test
    void matchesHelpNamesEveryStage() {
        String help = CliRun.run("matches", "--help").out().replaceAll("\\s+", " ");
        for (dev.herrera.model.Stage stage : dev.herrera.model.Stage.values()) {
            String word = "(?<![\\w-])" + java.util.regex.Pattern.quote(stage.label()) + "(?![\\w-])";
            assertTrue(java.util.regex.Pattern.compile(word).matcher(help).find(), stage.label());
        }
    }

    @Test
    void unknownTeamsGetSuggestions() {
        CliRun.assertUsageError(CliRun.run("team", "Xoloz"), "unknown team \"Xoloz\"; did you mean \"Tijuana\"?");
        CliRun.assertUsageError(CliRun.run("matches", "--opponent", "Cruz Asul"), "did you mean \"Cruz Azul\"?");
        CliRun.assertUsageError(CliRun.run("matches", "--team", "Amerika"), "did you mean \"América\"?");
    }

    @Test
    void teamNamesIgnoreCaseAccentsAndUseAliases() {
        assertEquals(CliRun.run("team", "tijuana").out(), CliRun.run("team", "XOLOS").out());
        assertEquals(CliRun.run("team", "america").out(), CliRun.run("team", "Las Águilas").out());
        assertEquals(CliRun.run("matches", "--opponent", "cruz-azul").out(),
                CliRun.run("matches", "--opponent", "la maquina").out());
    }

    @Test
    void aWindowNarrowsEveryListingToRecordsThatOverlapIt() {
        JsonNode stints = JSON.readTree(CliRun.run("stints", "--year", "2013", "--format", "json").out());
        assertTrue(stints.size() > 0);
        for (JsonNode s : stints) {
            assertTrue(s.get("start").asString().compareTo("2014") < 0, s.toString());
            assertTrue(s.get("end").isNull() || s.get("end").asString().compareTo("2013") >= 0, s.toString());
        }
        JsonNode matches = JSON.readTree(CliRun.run("matches", "--from", "2014", "--to", "2015-06", "--format", "json").out());
        assertTrue(matches.size() > 0);
        for (JsonNode m : matches) {
            String date = m.get("date").asString();
            assertTrue(date.compareTo("2014") >= 0 && date.compareTo("2015-07") < 0, date);
        }
    }

    @Test
    void onNovember2013ShowsBothJobs() {
        JsonNode on = JSON.readTree(CliRun.run("on", "2013-11", "--format", "json").out());
        assertEquals("2013-11", on.get("date").asString());
        assertEquals(2, on.get("held").size());
        assertEquals("america", on.get("held").get(0).get("team").asString());
        assertEquals("mexico", on.get("held").get(1).get("team").asString());
        assertEquals("interim", on.get("held").get(1).get("role").asString());
        assertTrue(on.get("previous").isNull() && on.get("next").isNull());
    }

    @Test
    void teamJsonIsOneObjectWithListsAndTotals() {
        JsonNode team = JSON.readTree(CliRun.run("team", "xolos", "--format", "json").out());
        assertTrue(team.isObject());
        for (String field : new String[] {"team", "stints", "matches", "finals", "incidents", "totals"}) {
            assertTrue(team.has(field), field);
        }
        assertEquals("tijuana", team.get("team").get("id").asString());
        assertEquals(team.get("stints").size(), team.get("totals").get("stints").asInt());
        assertEquals(team.get("matches").size(), team.get("totals").get("matches").asInt());
    }

    @Test
    void summaryJsonIsOneObject() {
        JsonNode s = JSON.readTree(CliRun.run("summary", "--format", "json").out());
        assertTrue(s.isObject());
        assertEquals(s.get("finals").asInt(), s.get("finalsWon").asInt() + s.get("finalsLost").asInt());
        int titles = 0;
        for (JsonNode n : s.get("titles")) {
            titles += n.asInt();
        }
        assertEquals(s.get("finalsWon").asInt(), titles);
    }

    @Test
    void validateAcceptsTheBundledDataset() {
        CliRun.Result r = CliRun.run("validate", "data/herrera.json");
        assertEquals(0, r.code(), r.err());
        assertEquals("data/herrera.json: OK, a valid dataset\n", r.out().replace('\\', '/'));
        assertEquals("", r.err());
    }

    @Test
    void validatePrintsOneLinePerProblem(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("two.json");
        String good = Files.readString(Path.of("src/test/resources/data/minimal.json"));
        Files.writeString(f, good.replace("\"kind\": \"national\"", "\"kind\": \"regional\"")
                .replace("\"start\": \"2001\"", "\"start\": \"2001-13\""));
        CliRun.Result r = CliRun.run("validate", f.toString());
        assertEquals(65, r.code());
        assertEquals(2, r.out().lines().count(), r.out());
        for (String line : r.out().lines().toList()) {
            assertTrue(line.matches(java.util.regex.Pattern.quote(f.toString()) + ":\\d+:\\d+: \\$\\..+: .+"), line);
        }
        assertEquals("herrera: " + f + ": 2 problems\n", r.err());
    }

    @Test
    void validateOfAMissingFileExits66() {
        CliRun.Result r = CliRun.run("validate", "no/such.json");
        assertEquals(66, r.code());
        assertEquals("", r.out());
        assertEquals("herrera: no/such.json: no such file\n", r.err().replace('\\', '/'));
    }
}
