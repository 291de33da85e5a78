package dev.herrera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which format and colour a listing gets: from the options, whether stdout is a terminal, and the environment. */
class OutputOptionsTest {
    private static final String ESC = "\u001b[";
    private static final Map<String, String> XTERM = Map.of("TERM", "xterm-256color");

    private static String out(CliRun.Result r) {
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        return r.out();
    }

    private static String strip(String ansi) {
        return ansi.replaceAll("\u001b\\[[0-9;]*m", "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"stints", "finals", "incidents"})
    void pipedWithoutFormatIsTabSeparatedWithAHeader(String command) {
        String piped = out(CliRun.run(command));
        assertEquals(out(CliRun.run(command, "--format", "tsv")), piped);
        assertFalse(piped.contains(ESC));
        String header = piped.lines().findFirst().orElseThrow();
        assertTrue(header.startsWith("DATE\t") || header.startsWith("TEAM\t"), header);
    }

    @ParameterizedTest
    @ValueSource(strings = {"stints", "finals", "incidents"})
    void aTerminalWithoutFormatIsATable(String command) {
        String tty = out(CliRun.runOnTerminal(XTERM, command, "--wide"));
        assertTrue(tty.contains(ESC), "coloured on a terminal");
        assertEquals(out(CliRun.run(command, "--format", "table")), strip(tty));
    }

    @ParameterizedTest
    @ValueSource(strings = {"stints", "finals", "incidents", "matches", "sources", "record", "teams"})
    void aTerminalTableFitsItsWidthAndAPipeGetsWholeValues(String command) {
        for (int columns : new int[] {80, 120}) {
            String tty = strip(out(CliRun.runOnTerminal(Map.of("COLUMNS", String.valueOf(columns)), command)));
            for (String line : tty.split("\n")) {
                assertTrue(dev.herrera.render.Width.of(line) <= columns, columns + ": " + line);
            }
        }
        String narrow = strip(out(CliRun.runOnTerminal(Map.of("COLUMNS", "60"), command)));
        String whole = out(CliRun.run(command, "--format", "table"));
        assertTrue(narrow.length() < whole.length(), narrow);
        assertEquals(whole, strip(out(CliRun.runOnTerminal(Map.of("COLUMNS", "60"), command, "--wide"))));
    }

    @Test
    void pipedTablesGetNoFooterInOtherFormats() {
        assertTrue(out(CliRun.run("finals", "--format", "table")).contains(" won, "));
        for (String format : new String[] {"json", "csv", "tsv", "md"}) {
            assertFalse(out(CliRun.run("finals", "--format", format)).contains(" won, "), format);
        }
    }

    @Test
    void noColorTurnsColourOff() {
        String plain = out(CliRun.runOnTerminal(Map.of("TERM", "xterm", "NO_COLOR", "1"), "finals", "--wide"));
        assertFalse(plain.contains(ESC), plain);
        assertEquals(out(CliRun.run("finals", "--format", "table")), plain);
    }

    @Test
    void anEmptyNoColorIsIgnored() {
        assertTrue(out(CliRun.runOnTerminal(Map.of("NO_COLOR", ""), "finals")).contains(ESC));
    }

    @Test
    void aDumbTerminalGetsNoColour() {
        assertFalse(out(CliRun.runOnTerminal(Map.of("TERM", "dumb"), "finals")).contains(ESC));
    }

    @Test
    void colorNeverWinsOnATerminal() {
        String never = out(CliRun.runOnTerminal(XTERM, "finals", "--color", "never", "--wide"));
        assertFalse(never.contains(ESC));
        assertEquals(out(CliRun.run("finals", "--format", "table")), never);
    }

    @Test
    void colorAlwaysWinsWhenPipedAndOverNoColor() {
        String piped = out(CliRun.run("finals", "--format", "table", "--color", "always"));
        assertTrue(piped.contains(ESC));
        assertEquals(piped, out(CliRun.run(new Environment(false, Map.of("NO_COLOR", "1")),
                "finals", "--format", "table", "--color", "always")));
    }

    @Test
    void colorAlwaysInAPipeGivesTheColouredTableWhole() {
        String forced = out(CliRun.run("finals", "--color", "always"));
        assertTrue(forced.contains(ESC), forced);
        assertEquals(out(CliRun.run("finals", "--format", "table")), strip(forced));
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "csv", "tsv", "md"})
    void formatsForProgramsAreNeverColoured(String format) {
        String forced = out(CliRun.runOnTerminal(XTERM, "finals", "--format", format, "--color", "always"));
        assertFalse(forced.contains(ESC), format);
        assertEquals(out(CliRun.run("finals", "--format", format)), forced);
    }

    @Test
    void wonIsGreenLostIsRedHeadersAreBold() {
        String table = out(CliRun.runOnTerminal(XTERM, "finals"));
        assertTrue(table.startsWith(ESC + "1mDATE"), table);
        assertTrue(table.contains(ESC + "32mwon"), table);
        assertTrue(table.contains(ESC + "31mlost"), table);
        assertFalse(table.contains(ESC + "32mlost") || table.contains(ESC + "31mwon"), table);
    }

    @Test
    void colourDoesNotMoveAColumn() {
        String plain = out(CliRun.run("finals", "--format", "table"));
        String coloured = out(CliRun.run("finals", "--format", "table", "--color", "always"));
        assertEquals(plain, strip(coloured));
    }

    @Test
    void anUnknownColorIsAUsageError() {
        CliRun.Result r = CliRun.run("finals", "--color", "sometimes");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("'sometimes' is not one of: auto, always, never"), r.err());
    }

    @Test
    void helpIsColouredOnlyOnAColourTerminal() {
        assertFalse(out(CliRun.run("--help")).contains(ESC));
        assertFalse(out(CliRun.runOnTerminal(Map.of("NO_COLOR", "yes"), "--help")).contains(ESC));
        String tty = out(CliRun.runOnTerminal(XTERM, "--help"));
        assertTrue(tty.contains(ESC), tty);
        assertEquals(out(CliRun.run("--help")), strip(tty));
    }
}
