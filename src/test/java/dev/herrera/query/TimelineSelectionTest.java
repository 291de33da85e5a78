package dev.herrera.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herrera.data.CareerLoader;
import dev.herrera.model.Career;
import dev.herrera.model.Match;
import dev.herrera.model.PartialDate;
import dev.herrera.model.Stint;
import dev.herrera.model.Team;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimelineSelectionTest {
    private static final Career CAREER = new CareerLoader().loadBundled();
    private static final LocalDate AS_OF = CAREER.updated().lastDay();

    @Test
    void withoutFiltersEverythingIsSelectedAndThePeriodSpansIt() {
        TimelineSelection.Selection s = TimelineSelection.select(CAREER, null, null, null, AS_OF);
        assertEquals(CAREER.stints(), s.stints());
        assertEquals(CAREER.matches().stream().filter(Match::isFinal).toList(), s.finals());
        assertEquals(CAREER.incidents(), s.incidents());
        for (Stint st : CAREER.stints()) {
            assertFalse(st.start().firstDay().isBefore(s.from()));
            assertFalse(TimelineSelection.lastDay(st, AS_OF).isAfter(s.to()));
        }
        assertEquals(CAREER.stints().get(0).start().firstDay(), s.from());
    }

    @Test
    void aPeriodKeepsWhatMayFallInIt() {
        PartialDate from = PartialDate.parse("2013-11");
        PartialDate to = PartialDate.parse("2014");
        TimelineSelection.Selection s = TimelineSelection.select(CAREER, null, from, to, AS_OF);
        assertEquals(from.firstDay(), s.from());
        assertEquals(to.lastDay(), s.to());
        assertFalse(s.stints().isEmpty());
        for (Stint st : CAREER.stints()) {
            boolean in = !TimelineSelection.lastDay(st, AS_OF).isBefore(s.from()) && !st.start().firstDay().isAfter(s.to());
            assertEquals(in, s.stints().contains(st), st.id());
        }
        for (Match m : CAREER.matches().stream().filter(Match::isFinal).toList()) {
            boolean in = !m.date().lastDay().isBefore(s.from()) && !m.date().firstDay().isAfter(s.to());
            assertEquals(in, s.finals().contains(m), m.id());
        }
    }

    @Test
    void aTeamNarrowsEveryKindOfRecord() {
        Team america = TeamFinder.find(CAREER, "america");
        TimelineSelection.Selection s = TimelineSelection.select(CAREER, america, null, null, AS_OF);
        assertFalse(s.stints().isEmpty());
        s.stints().forEach(st -> assertEquals("america", st.team()));
        s.finals().forEach(m -> assertEquals("america", m.team()));
        s.incidents().forEach(i -> assertEquals("america", i.team()));
    }

    @Test
    void anEmptyPeriodStillHasDays() {
        TimelineSelection.Selection s = TimelineSelection.select(CAREER, null, PartialDate.parse("1990"), PartialDate.parse("1991"), AS_OF);
        assertTrue(s.isEmpty());
        assertEquals(LocalDate.of(1990, 1, 1), s.from());
        assertEquals(LocalDate.of(1991, 12, 31), s.to());
        TimelineSelection.Selection late = TimelineSelection.select(CAREER, null, PartialDate.parse("2190"), null, AS_OF);
        assertTrue(late.isEmpty());
        assertFalse(late.from().isAfter(late.to()));
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> TimelineSelection.select(CAREER, null, PartialDate.parse("2015"), PartialDate.parse("2014-12"), AS_OF));
    }
}
