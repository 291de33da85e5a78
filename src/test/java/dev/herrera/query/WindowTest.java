package dev.herrera.query;

import static dev.herrera.query.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herrera.model.Career;
import dev.herrera.model.Incident;
import dev.herrera.model.Match;
import dev.herrera.model.Stint;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowTest {
    private static final Career CAREER = Fixtures.career();

    private static List<String> stints(Window w) {
        return Stints.select(CAREER, null, null, w).stream().map(Stint::id).toList();
    }

    @Test
    void aYearTakesInEveryDayOfIt() {
        Window y = Window.year(2003);
        assertTrue(y.overlaps(d("2003-01-01")));
        assertTrue(y.overlaps(d("2003-12-31")));
        assertTrue(y.overlaps(d("2003-06")));
        assertFalse(y.overlaps(d("2002-12-31")));
        assertFalse(y.overlaps(d("2004-01-01")));
    }

    @Test
    void aPartialDateMatchesWhenItsSpanCouldShareADay() {
        // "2002" is the whole of 2002, so it touches a window that starts in December 2002.
        assertTrue(new Window(d("2002-12-31"), null).overlaps(d("2002")));
        assertFalse(new Window(d("2003-01"), null).overlaps(d("2002")));
        assertTrue(new Window(null, d("2002-01-01")).overlaps(d("2002")));
    }

    @Test
    void toRunsToTheLastDayOfItsSpan() {
        Window w = new Window(null, d("2003"));
        assertTrue(w.overlaps(d("2003-12-31")));
        assertFalse(w.overlaps(d("2004-01-01")));
    }

    @Test
    void aWindowThatEndsBeforeItStartsIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Window(d("2005"), d("2004-12")));
        // The same month at both ends is a one-month window, not an error.
        assertEquals(List.of("gamma-1"), stints(new Window(d("2007-01"), d("2007-01"))));
    }

    @Test
    void aStintMatchesWhenItsTenureOverlapsTheWindow() {
        assertEquals(List.of("alpha-1"), stints(Window.year(2003)));
        assertEquals(List.of(), stints(Window.year(2008)), "the gap between Gamma and Alpha again");
        assertEquals(List.of("beta-1", "gamma-1"), stints(Window.year(2006)), "two jobs at once");
        assertEquals(List.of("alpha-2"), stints(Window.year(2030)), "an ongoing job runs to today and on");
        assertEquals(List.of("alpha-1", "beta-1"), stints(new Window(d("2003-05-31"), d("2004-02-01"))),
                "both ends of the window count");
        assertEquals(CAREER.stints(), Stints.select(CAREER, null, null, Window.ALL));
    }

    @Test
    void finalsAndIncidentsAreNarrowedByTheirDates() {
        assertEquals(List.of("m1", "m4"),
                Finals.select(CAREER, null, null, new Window(null, d("2006"))).stream().map(Match::id).toList());
        assertEquals(List.of("m5"),
                Finals.select(CAREER, null, null, new Window(d("2007"), null)).stream().map(Match::id).toList());
        assertEquals(List.of("i1"), Incidents.select(CAREER, null, Window.year(2003)).stream().map(Incident::id).toList());
        assertEquals(List.of("i3"), Incidents.select(CAREER, TeamFinder.find(CAREER, "alpha"), new Window(d("2004"), null))
                .stream().map(Incident::id).toList());
    }
}
