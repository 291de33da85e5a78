package dev.herrera.render.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herrera.model.TeamKind;
import dev.herrera.render.Styler;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole terminal picture of a timeline built by hand, 50 columns wide: where each bar and mark
 * falls (2000 to 2009 over 42 cells), each glyph in ASCII and Unicode, the ink each is painted with,
 * the legend of only what is drawn, the key with a description wrapped under itself, and the
 * picture of an empty period.
 */
class TerminalPictureTest {
    /** A club bar with a won final; a national bar, partial at its head and open at its tail, with two finals; the row of no team with an incident. */
    private static Timeline sample() {
        return Fixtures.handBuilt("Title \u2013 T", "row row row row row row row row row row row");
    }

    @Test
    void inAscii() {
        assertEquals(ASCII, TerminalTimeline.render(sample(), 50, true, Styler.PLAIN));
    }

    @Test
    void inUnicodeWithEachPartPaintedByItsInk() {
        Styler tags = (ink, text) -> "<" + ink.name() + ">" + text + "</>";
        assertEquals(UNICODE, TerminalTimeline.render(sample(), 50, false, tags));
    }

    @Test
    void anEmptyPeriod() {
        assertEquals(EMPTY, TerminalTimeline.render(new Timeline("T", "D", "2025", new Scale(2000, 2009), List.of()),
                40, false, Styler.PLAIN));
    }

    private static final String ASCII = """
                Title - T

                        2000    2002    2004     2006    2008
                        +---+---+---+---+----+---+---+---+---+----
                Club        #################
                                  W
                Nation                       ----========>
                                               D       L
                Other                                          !

                # club   = national team
                :- date known to the month or year only
                <> goes on past the edge
                W final won   L final lost
                D final, no winner recorded   ! incident

                Finals and incidents, in the order they stand on
                each row:
                Club
                  W 2005  won
                Nation
                  D 2005  drawn
                  L 2005  lost
                Other
                  ! 2005  row row row row row row row row row row
                          row
                """;

    private static final String UNICODE = """
                Title – T

                        2000    2002    2004     2006    2008
                        ┬───┬───┬───┬───┬────┬───┬───┬───┬───┬────
                Club        <CLUB>█████████████████</>
                                  <MARK_WON>▲</>
                Nation                       <NATIONAL>╌╌╌╌════════▶</>
                                               <MARK_DRAWN>◆</>       <MARK_LOST>▼</>
                Other                                          <MARK_INCIDENT>!</>

                <CLUB>█</> club   <NATIONAL>═</> national team
                <CLUB>░</><NATIONAL>╌</> date known to the month or year only
                ◀▶ goes on past the edge
                <MARK_WON>▲</> final won   <MARK_LOST>▼</> final lost
                <MARK_DRAWN>◆</> final, no winner recorded   <MARK_INCIDENT>!</> incident

                Finals and incidents, in the order they stand on
                each row:
                Club
                  <MARK_WON>▲</> 2005  won
                Nation
                  <MARK_DRAWN>◆</> 2005  drawn
                  <MARK_LOST>▼</> 2005  lost
                Other
                  <MARK_INCIDENT>!</> 2005  row row row row row row row row row row
                          row
                """;

    private static final String EMPTY = """
                T

                  2000   2002    2004   2006    2008
                  ┬──┬───┬───┬───┬───┬──┬───┬───┬───┬───
                  (no job, final or incident in this period)

                """;
}
