package dev.herrera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad command line: exit 2, one line in words for people, a suggestion where there is one, and a hint. */
class BadCommandLineTest {
    private static Arguments bad(String words, String suggestion, String hint, String... args) {
        return Arguments.of(String.join(" ", args), args, words, suggestion, hint);
    }

    static Stream<Arguments> badCommandLines() {
        return Stream.of(
                bad("unknown command 'stint'", "stints", "herrera", "stint"),
                bad("unknown command 'final'", "finals", "herrera", "final"),
                bad("unknown command 'incident'", "incidents", "herrera", "incident"),
                bad("unknown option '--verison'", "--version", "herrera", "--verison"),
                bad("unknown option '-x'", null, "herrera", "-x"),
                bad("unknown option '--wonn'", "--won", "herrera finals", "finals", "--wonn"),
                bad("unknown option '--teams'", "--team", "herrera stints", "stints", "--teams", "america"),
                bad("unexpected argument 'extra'", null, "herrera incidents", "incidents", "extra"),
                bad("mutually exclusive", null, "herrera finals", "finals", "--won", "--lost"),
                bad("mutually exclusive", null, "herrera finals", "finals", "--lost", "--won"),
                bad("'xml' is not one of: table, json", null, "herrera stints", "stints", "--format", "xml"),
                bad("--year 13 is out of range: give a year from 1800 to 2200", null, "herrera stints", "stints", "--year", "13"),
                bad("unknown option '--teem' (did you mean '--team'?)", "--team", "herrera finals", "finals", "--teem", "x"),
                bad("'JSONN' is not one of: table, json", null, "herrera finals", "finals", "--format", "JSONN"),
                bad("'' is not one of: table, json", null, "herrera incidents", "incidents", "--format", ""),
                bad("missing required parameter for option '--format'", null, "herrera stints", "stints", "--format"),
                bad("'regional' is not one of: club, national", null, "herrera stints", "stints", "--kind", "regional"),
                bad("missing required parameter for option '--kind'", null, "herrera stints", "stints", "--kind"),
                bad("missing required parameter for option '--team'", null, "herrera stints", "stints", "--team"),
                bad("missing required parameter for option '--team'", null, "herrera finals", "finals", "--team"),
                bad("missing required parameter for option '--data'", null, "herrera stints", "stints", "--data"),
                bad("missing required parameter for option '--data'", null, "herrera", "--data"),
                bad("should be specified only once", null, "herrera stints", "stints", "--team", "a", "--team", "b"),
                bad("should be specified only once", null, "herrera stints", "stints", "--format", "json", "--format", "table"),
                bad("unknown team \"Amerika\"; did you mean \"América\"?", null, "herrera stints", "stints", "--team", "Amerika"),
                bad("unknown team \"nowhere\"", null, "herrera incidents", "incidents", "--team", "nowhere"),
                bad("unknown team \"monterey\"; did you mean \"Monterrey\"?", null, "herrera finals", "finals", "--team", "monterey"),
                bad("unknown subcommand 'stint'", null, "herrera", "help", "stint"),
                bad("month 13 is not 1-12", null, "herrera on", "on", "2007-13"),
                bad("'20077' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD, from 1800 to 2200", null, "herrera on", "on", "20077"),
                bad("missing required parameter: 'DATE'", null, "herrera on", "on"),
                bad("not a calendar date", null, "herrera stints", "stints", "--from", "2010-02-30"),
                bad("mutually exclusive", null, "herrera stints", "stints", "--year", "2013", "--from", "2012"),
                bad("mutually exclusive", null, "herrera matches", "matches", "--won", "--drawn"),
                bad("'semifinal' is not one of", null, "herrera matches", "matches", "--stage", "semifinal"),
                bad("'sometimes' is not one of: auto, always, never", null, "herrera stints", "stints", "--color", "sometimes"),
                bad("'fish' is not one of", null, "herrera completion", "completion", "fish"),
                bad("out of range", null, "herrera timeline", "timeline", "--width", "5"),
                bad("missing required parameter", null, "herrera validate", "validate"),
                bad("unknown team \"xoloss\"; did you mean \"Tijuana\"?", null, "herrera team", "team", "xoloss"));
    }

    @ParameterizedTest(name = "herrera {0}")
    @MethodSource("badCommandLines")
    void isAUsageError(String name, String[] args, String words, String suggestion, String hint) {
        CliRun.Result r = CliRun.run(args);
        String err = r.err();
        assertEquals(2, r.code(), err);
        assertEquals("", r.out());
        assertTrue(err.startsWith("herrera: "), err);
        assertTrue(err.contains(words), () -> "words \"" + words + "\": " + err);
        if (suggestion != null) {
            assertTrue(err.contains("(did you mean '" + suggestion + "'"), () -> "suggestion: " + err);
        }
        assertTrue(err.endsWith("Try '" + hint + " --help' for more information.\n"), () -> "hint: " + err);
        assertEquals(2, err.lines().count(), () -> "one line and the hint: " + err);
        assertFalse(err.contains("at index") || err.contains("Error:"), () -> "picocli's wording: " + err);
        assertFalse(err.contains("\tat ") || err.contains("Exception"), () -> "no trace: " + err);
    }

    @Test
    void debugAddsTheParserTraceToAUsageError() {
        CliRun.Result r = CliRun.run("--debug", "stint");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("UnmatchedArgumentException"), r.err());
        assertTrue(r.err().contains("\tat picocli."), r.err());
        assertTrue(r.err().contains("herrera: unknown command 'stint' (did you mean 'stints'?)"), r.err());
    }
}
