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
import dev.herrera.query.TimelineSelection;
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
    void partialEndsAreFadedAndFinalsMarked() {
        Career c = career(List.of(stint("a", CLUB, "2002", "2006-05")),
                List.of(finalMatch("w", CLUB, "2003-05-01", 2, 0), finalMatch("l", CLUB, "2005-05-01", 0, 2)),
                List.of());
        Timeline t = Layout.of(c, TimelineSelection.select(c, null, null, null, c.updated().lastDay()));
        String row = TerminalTimeline.render(t, 60, false, Styler.PLAIN).lines()
                .filter(l -> l.startsWith("Club")).findFirst().orElseThrow();
        String bar = row.substring(row.indexOf('░'));
        assertTrue(bar.startsWith("░") && bar.endsWith("░"), row);
        assertTrue(bar.indexOf('▲') < bar.indexOf('▼') && bar.indexOf('▲') > 0, row);
        String ascii = TerminalTimeline.render(t, 60, true, Styler.PLAIN);
        assertTrue(ascii.contains("W") && ascii.contains("L"), ascii);
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
