package dev.herrera.render.timeline;

import static dev.herrera.render.timeline.Fixtures.CLUB;
import static dev.herrera.render.timeline.Fixtures.NATION;
import static dev.herrera.render.timeline.Fixtures.career;
import static dev.herrera.render.timeline.Fixtures.finalMatch;
import static dev.herrera.render.timeline.Fixtures.stint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herrera.data.CareerLoader;
import dev.herrera.model.Career;
import dev.herrera.model.Incident;
import dev.herrera.model.Match;
import dev.herrera.query.TimelineSelection;
import dev.herrera.render.Scores;
import dev.herrera.render.Styler;
import dev.herrera.render.Width;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Help.Ansi;

class TerminalTimelineTest {
    private static Timeline bundled() {
        Career c = new CareerLoader().loadBundled();
        return Layout.of(c, TimelineSelection.select(c, null, null, null, c.updated().lastDay()));
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 41, 57, 80, 99, 133, 200, 1000})
    void noLineIsWiderThanAsked(int width) {
        for (boolean ascii : new boolean[] {false, true}) {
            String out = TerminalTimeline.render(bundled(), width, ascii, Styler.PLAIN);
            out.lines().forEach(l -> assertTrue(Width.of(l) <= width, width + ": " + l));
            // Every row is drawn, with a bar on it.
            assertTrue(out.lines().count() >= bundled().rows().size() + 4);
        }
    }

    @Test
    void widthsOutsideTheLimitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> TerminalTimeline.render(bundled(), 39, false, Styler.PLAIN));
        assertThrows(IllegalArgumentException.class, () -> TerminalTimeline.render(bundled(), 1001, false, Styler.PLAIN));
    }

    @Test
    void asciiIsPlainAscii() {
        String out = TerminalTimeline.render(bundled(), 80, true, Styler.PLAIN);
        assertTrue(out.chars().allMatch(ch -> ch < 128), out);
    }

    @Test
    void clubAndNationalBarsDifferWithoutColour() {
        Career c = career(List.of(stint("a", CLUB, "2002-01-01", "2004-01-01"),
                stint("b", NATION, "2004-01-01", "2006-01-01")), List.of(), List.of());
        Timeline t = Layout.of(c, TimelineSelection.select(c, null, null, null, c.updated().lastDay()));
        List<String> lines = TerminalTimeline.render(t, 60, false, Styler.PLAIN).lines().toList();
        String club = lines.stream().filter(l -> l.startsWith("Club")).findFirst().orElseThrow();
        String nation = lines.stream().filter(l -> l.startsWith("Nation")).findFirst().orElseThrow();
        assertTrue(club.contains("█") && !club.contains("═"), club);
        assertTrue(nation.contains("═") && !nation.contains("█"), nation);
    }

    @Test
    void partialEndsAreFadedAndFinalsMarkedUnderTheBar() {
        Career c = career(List.of(stint("a", CLUB, "2002", "2006-05")),
                List.of(finalMatch("w", CLUB, "2003-05-01", 2, 0), finalMatch("l", CLUB, "2005-05-01", 0, 2)),
                List.of());
        Timeline t = Layout.of(c, TimelineSelection.select(c, null, null, null, c.updated().lastDay()));
        List<String> lines = TerminalTimeline.render(t, 60, false, Styler.PLAIN).lines().toList();
        int at = indexOf(lines, "Club");
        String row = lines.get(at);
        String bar = row.substring(row.indexOf('░'));
        assertTrue(bar.startsWith("░") && bar.endsWith("░"), row);
        assertTrue(bar.chars().allMatch(ch -> ch == '░' || ch == '█'), "a mark replaced a bar cell: " + row);
        String marks = lines.get(at + 1);
        assertTrue(marks.isBlank() == false && marks.strip().chars().allMatch(ch -> ch == '▲' || ch == '▼' || ch == ' '),
                marks);
        assertTrue(marks.indexOf('▲') < marks.indexOf('▼') && marks.indexOf('▲') > 0, marks);
        // The marks stand under the bar.
        assertTrue(marks.indexOf('▲') >= row.indexOf('░') && marks.indexOf('▼') < row.length(), row + "\n" + marks);
        String ascii = TerminalTimeline.render(t, 60, true, Styler.PLAIN);
        assertTrue(ascii.contains("W") && ascii.contains("L"), ascii);
    }

    /** Every bar line reads as if there were no marks at all, in either character set and at any width. */
    @ParameterizedTest
    @ValueSource(ints = {40, 80, 133, 1000})
    void marksNeverReplaceBarCells(int width) {
        Timeline t = bundled();
        Timeline bare = new Timeline(t.title(), t.description(), t.updated(), t.scale(), t.rows().stream()
                .map(r -> new Timeline.Row(r.label(), r.kind(), r.bars(), List.of())).toList());
        for (boolean ascii : new boolean[] {false, true}) {
            List<String> with = TerminalTimeline.render(t, width, ascii, Styler.PLAIN).lines().toList();
            List<String> without = TerminalTimeline.render(bare, width, ascii, Styler.PLAIN).lines().toList();
            int line = 4;
            for (Timeline.Row r : t.rows()) {
                if (r.bars().isEmpty()) {
                    continue;
                }
                String barLine = with.get(line);
                assertEquals(without.get(4 + (int) t.rows().stream().limit(t.rows().indexOf(r))
                        .filter(x -> !x.bars().isEmpty()).count()), barLine, r.label());
                String axis = with.get(3);
                String cells = barLine.substring(Math.min(barLine.length(), axis.length() - axis.stripLeading().length()));
                assertTrue(cells.chars().noneMatch(ch -> (ascii ? "WLD!" : "▲▼◆!").indexOf(ch) >= 0), barLine);
                line++;
                if (!r.marks().isEmpty()) {
                    String marks = with.get(line);
                    assertEquals(r.marks().size(), marks.strip().replace(" ", "").length(), r.label() + ": " + marks);
                    line++;
                }
            }
        }
    }

    @Test
    void eachFinalAndIncidentHasAKeyEntryUnderItsTeam() {
        Career c = new CareerLoader().loadBundled();
        for (int width : new int[] {40, 80, 200}) {
            List<String> lines = TerminalTimeline.render(bundled(), width, false, Styler.PLAIN).lines().toList();
            int heading = lines.indexOf(TerminalTimeline.KEY_HEADING);
            if (width < TerminalTimeline.KEY_HEADING.length()) {
                heading = indexOf(lines, "Finals and incidents,");
            }
            assertTrue(heading > 0, "no key");
            // The key's entries, each with its wrapped lines joined back together.
            List<String> entries = new java.util.ArrayList<>();
            for (String l : lines.subList(heading + 1, lines.size())) {
                if (l.startsWith("  ") && !l.startsWith("   ")) {
                    entries.add(l.strip());
                } else if (l.startsWith("   ") && !entries.isEmpty()) {
                    entries.set(entries.size() - 1, entries.get(entries.size() - 1) + " " + l.strip());
                }
            }
            for (Match m : c.matches().stream().filter(Match::isFinal).toList()) {
                String glyph = m.outcome() == dev.herrera.model.Outcome.WON ? "▲" : "▼";
                String opponent = c.teamOf(m.opponent()).name();
                assertEquals(1, entries.stream().filter(e -> e.startsWith(glyph + " " + m.date() + " ")
                        && e.contains(" final v " + opponent + ", " + Scores.format(m.score()) + ", "
                                + m.outcome().label())).count(), width + ": the final " + m.id() + " in " + entries);
            }
            for (Incident i : c.incidents()) {
                assertEquals(1, entries.stream().filter(e -> e.startsWith("! " + i.date() + " ")
                        && e.endsWith(" " + i.title())).count(), width + ": the incident " + i.id());
            }
            assertEquals(c.incidents().size() + c.matches().stream().filter(Match::isFinal).count(), entries.size());
        }
    }

    @Test
    void theKeyFollowsTheOrderOfTheMarksOnTheirRow() {
        // America's finals: the key lists them in the order the glyphs stand under the bar.
        List<String> lines = TerminalTimeline.render(bundled(), 80, false, Styler.PLAIN).lines().toList();
        int row = indexOf(lines, "América ");
        String onRow = lines.get(row + 1).replace(" ", "");
        int key = lines.lastIndexOf("América");
        StringBuilder inKey = new StringBuilder();
        for (String l : lines.subList(key + 1, lines.size())) {
            if (!l.startsWith(" ")) {
                break;
            }
            if (!l.startsWith("   ")) {
                inKey.append(l.strip().charAt(0));
            }
        }
        assertEquals(onRow, inKey.toString());
        assertTrue(onRow.length() >= 9, onRow);
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 60, 80, 100})
    void theLegendIsBrokenIntoLinesThatFit(int width) {
        List<String> lines = TerminalTimeline.render(bundled(), width, false, Styler.PLAIN).lines().toList();
        int first = indexOf(lines, "█ club");
        int last = first;
        while (!lines.get(last + 1).isEmpty()) {
            last++;
        }
        List<String> legend = lines.subList(first, last + 1);
        legend.forEach(l -> assertTrue(Width.of(l) <= width, width + ": " + l));
        String all = String.join("   ", legend);
        for (String entry : List.of("█ club", "═ national team", "░╌ date known to the month or year only",
                "▲ final won", "▼ final lost", "! incident")) {
            assertTrue(all.contains(entry), width + ": " + entry + " in " + legend);
        }
        if (width >= 80) {
            // Bars on one line, marks on the next.
            assertEquals(2, legend.size(), legend.toString());
            assertEquals("▲ final won   ▼ final lost   ! incident", legend.get(1));
        }
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + prefix);
    }

    @Test
    void colourComesOnlyWhenAskedAndChangesNoText() {
        String plain = TerminalTimeline.render(bundled(), 80, false, Styler.PLAIN);
        Styler marking = (ink, text) -> "\u001b[" + (31 + ink.ordinal()) + "m" + text + "\u001b[0m";
        String color = TerminalTimeline.render(bundled(), 80, false, marking);
        assertFalse(plain.contains("\u001b["));
        assertTrue(color.contains("\u001b["));
        assertEquals(plain, color.replaceAll("\u001b\\[[0-9;]*m", ""));
        assertEquals(Ansi.OFF.string(plain), plain);
    }
}
