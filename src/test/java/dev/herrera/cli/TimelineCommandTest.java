package dev.herrera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herrera.data.CareerLoader;
import dev.herrera.model.Career;
import dev.herrera.model.Stint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline command's options, environment and errors; its pictures are pinned by golden files. */
class TimelineCommandTest {
    private static final String ESC = "\u001b[";

    private static Environment env(Map<String, String> vars, boolean terminal) {
        return Environment.of(vars, terminal);
    }

    private static int widest(String text) {
        return text.lines().mapToInt(l -> l.codePointCount(0, l.length())).max().orElse(0);
    }

    @Test
    void theWidthComesFromColumnsElse80AndTheOptionWins() {
        CliRun.Result plain = CliRun.run("timeline");
        assertEquals(0, plain.code(), plain.err());
        assertTrue(widest(plain.out()) <= 80);
        assertEquals(CliRun.run("timeline", "--width", "80").out(), plain.out());
        CliRun.Result wide = CliRun.run(env(Map.of("COLUMNS", "120"), false), "timeline");
        assertEquals(CliRun.run("timeline", "--width", "120").out(), wide.out());
        assertTrue(widest(wide.out()) > 80 && widest(wide.out()) <= 120);
        assertEquals(CliRun.run("timeline", "--width", "100").out(),
                CliRun.run(env(Map.of("COLUMNS", "120"), false), "timeline", "--width", "100").out());
        assertEquals(plain.out(), CliRun.run(env(Map.of("COLUMNS", "lots"), false), "timeline").out());
    }

    @Test
    void aWidthOutOfRangeIsAUsageError() {
        CliRun.assertUsageError(CliRun.run("timeline", "--width", "30"), "--width 30 is out of range");
        CliRun.assertUsageError(CliRun.run("timeline", "--width", "-5"), "out of range");
        CliRun.assertUsageError(CliRun.run("timeline", "--width", "wide"), "'wide' is not an int");
    }

    @Test
    void colourOnlyOnATerminalWithoutNoColorOrDumbTerm() {
        assertTrue(CliRun.run(env(Map.of(), true), "timeline").out().contains(ESC));
        assertFalse(CliRun.run(env(Map.of(), false), "timeline").out().contains(ESC));
        assertFalse(CliRun.run(env(Map.of("NO_COLOR", "1"), true), "timeline").out().contains(ESC));
        assertFalse(CliRun.run(env(Map.of("TERM", "dumb"), true), "timeline").out().contains(ESC));
        assertTrue(CliRun.run(env(Map.of("NO_COLOR", "", "TERM", "xterm"), true), "timeline").out().contains(ESC));
    }

    @Test
    void datesAndPeriodsAreChecked() {
        CliRun.assertUsageError(CliRun.run("timeline", "--from", "2013-13"), "month 13");
        CliRun.assertUsageError(CliRun.run("timeline", "--from", "last year"), "YYYY, YYYY-MM or YYYY-MM-DD");
        CliRun.assertUsageError(CliRun.run("timeline", "--from", "2016", "--to", "2015-12-31"), "--from 2016 is after --to 2015-12-31");
        CliRun.assertUsageError(CliRun.run("timeline", "--team", "Amerika"), "did you mean \"América\"");
        CliRun.assertUsageError(CliRun.run("timeline", "--format", "png"), "'png' is not one of: text, svg");
    }

    @Test
    void aTeamShowsOnlyItsRow() {
        CliRun.Result r = CliRun.run("timeline", "--team", "xolos");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("Tijuana ")), r.out());
        assertFalse(r.out().contains("Monterrey"), r.out());
    }

    @Test
    void aPeriodWithNothingInItSaysSo() {
        CliRun.Result r = CliRun.run("timeline", "--from", "1990", "--to", "1991");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("no job, final or incident in this period"), r.out());
        assertTrue(r.out().contains("1990"), r.out());
    }

    @Test
    void svgGoesToAFileOrToStdoutAlike(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("career.svg");
        CliRun.Result written = CliRun.run("timeline", "--svg", file.toString());
        assertEquals(0, written.code(), written.err());
        assertEquals("", written.out());
        String svg = Files.readString(file);
        assertEquals(CliRun.run("timeline", "--format", "svg").out(), svg);
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(svg)));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        Career career = new CareerLoader().loadBundled();
        for (Stint s : career.stints()) {
            assertTrue(svg.contains("id=\"stint-" + s.id() + "\""), s.id());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    private static String svgWidth(String svg) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<svg [^>]*\\bwidth=\"(\\d+)\"").matcher(svg);
        assertTrue(m.find(), svg);
        return m.group(1);
    }

    @Test
    void theSvgHonoursTheWidthAsColumnsOfTwelvePixels(@TempDir Path dir) throws Exception {
        CliRun.Result r = CliRun.run("timeline", "--format", "svg", "--width", "100");
        assertEquals(0, r.code(), r.err());
        assertEquals("1200", svgWidth(r.out()));
        assertEquals("480", svgWidth(CliRun.run("timeline", "--format", "svg", "--width", "40").out()));
        Path file = dir.resolve("narrow.svg");
        assertEquals(0, CliRun.run("timeline", "--svg", file.toString(), "--width", "50").code());
        assertEquals("600", svgWidth(Files.readString(file)));
        // Without --width the chart takes the width its years need, whatever the terminal's.
        String natural = CliRun.run("timeline", "--format", "svg").out();
        assertEquals(natural, CliRun.run(env(Map.of("COLUMNS", "50"), false), "timeline", "--format", "svg").out());
        assertTrue(Integer.parseInt(svgWidth(natural)) >= 900);
        CliRun.assertUsageError(CliRun.run("timeline", "--format", "svg", "--width", "30"), "out of range");
    }

    @Test
    void anUnwritableSvgFileIsOneLineAndExit73(@TempDir Path dir) throws IOException {
        Path blocker = dir.resolve("plain-file");
        Files.writeString(blocker, "not a folder");
        CliRun.Result r = CliRun.run("timeline", "--svg", blocker.resolve("career.svg").toString());
        assertEquals(73, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("herrera: cannot write " + blocker.resolve("career.svg") + ": "), r.err());
        assertEquals("", r.out());
        assertEquals("not a folder", Files.readString(blocker));
    }
}
