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
import java.util.ArrayList;
import java.util.List;
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

    // The fixture career: Álpha 2001 to 2003-05, Beta 2004-02-01 to 2006 with Gamma 2005-06 to 2007-03,
    // Álpha again from 2010 (going on); finals m1 (2002, Álpha), m4 (2006, Gamma), m5 (2011-03-03, Álpha);
    // incidents i1 (2003, Álpha), i2 (2005-06-10, no team), i3 (2012-01, Álpha).
    private static final Career FIXTURE = Fixtures.career();
    private static final LocalDate FIXTURE_AS_OF = LocalDate.of(2025, 1, 1);

    private static TimelineSelection.Selection fixture(String team, String from, String to) {
        return TimelineSelection.select(FIXTURE, team == null ? null : FIXTURE.teamOf(team),
                from == null ? null : PartialDate.parse(from), to == null ? null : PartialDate.parse(to), FIXTURE_AS_OF);
    }

    private static List<String> ids(TimelineSelection.Selection s) {
        List<String> ids = new ArrayList<>();
        s.stints().forEach(x -> ids.add(x.id()));
        s.finals().forEach(x -> ids.add(x.id()));
        s.incidents().forEach(x -> ids.add(x.id()));
        return ids;
    }

    @Test
    void theRefusalNamesBothEnds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fixture(null, "2015", "2014-12"));
        assertEquals("the period starts (2015) after it ends (2014-12)", e.getMessage());
        // Ends that may share a day are no refusal.
        assertEquals(LocalDate.of(2014, 12, 1), fixture(null, "2014-12", "2014").from());
    }

    @Test
    void onlyAnEndRunsFromTheFirstRecordSelected() {
        TimelineSelection.Selection s = fixture(null, null, "2004-06");
        assertEquals(List.of("alpha-1", "beta-1", "m1", "i1"), ids(s));
        assertEquals(LocalDate.of(2001, 1, 1), s.from());
        assertEquals(LocalDate.of(2004, 6, 30), s.to());
    }

    @Test
    void onlyAStartRunsToTheDayTheDataIsCurrentToWhileAJobGoesOn() {
        TimelineSelection.Selection s = fixture(null, "2011", null);
        assertEquals(List.of("alpha-2", "m5", "i3"), ids(s));
        assertEquals(LocalDate.of(2011, 1, 1), s.from());
        assertEquals(FIXTURE_AS_OF, s.to());
    }

    @Test
    void aStartPastTheDataWithAJobGoingOnRunsToTheEndOfThatYear() {
        TimelineSelection.Selection s = fixture(null, "2030-03", null);
        assertEquals(List.of("alpha-2"), ids(s));
        assertEquals(LocalDate.of(2030, 3, 1), s.from());
        assertEquals(LocalDate.of(2030, 12, 31), s.to());
    }

    @Test
    void aTeamKeepsOnlyItsOwnJobsFinalsAndIncidents() {
        assertEquals(List.of("alpha-1", "alpha-2", "m1", "m5", "i1", "i3"), ids(fixture("alpha", null, null)));
        // m3 is a group game, not a final; Beta has no incident.
        assertEquals(List.of("beta-1"), ids(fixture("beta", null, null)));
        assertEquals(List.of("gamma-1", "m4"), ids(fixture("gamma", null, null)));
    }

    @Test
    void aTeamWithNothingGetsThePeriodAskedForCompletedFromTheCareer() {
        // Delta is only ever an opponent.
        TimelineSelection.Selection all = fixture("delta", null, null);
        assertTrue(all.isEmpty());
        assertEquals(LocalDate.of(2001, 1, 1), all.from());
        assertEquals(FIXTURE_AS_OF, all.to());
        TimelineSelection.Selection from = fixture("delta", "2003", null);
        assertEquals(LocalDate.of(2003, 1, 1), from.from());
        assertEquals(FIXTURE_AS_OF, from.to());
        TimelineSelection.Selection to = fixture("delta", null, "2003-05");
        assertEquals(LocalDate.of(2001, 1, 1), to.from());
        assertEquals(LocalDate.of(2003, 5, 31), to.to());
    }

    @Test
    void aBoundBeyondTheCareerWithNothingSelectedGivesThatBoundsYear() {
        TimelineSelection.Selection after = fixture("delta", "2030-06-15", null);
        assertEquals(LocalDate.of(2030, 6, 15), after.from());
        assertEquals(LocalDate.of(2030, 12, 31), after.to());
        TimelineSelection.Selection before = fixture("delta", null, "1990-05");
        assertEquals(LocalDate.of(1990, 1, 1), before.from());
        assertEquals(LocalDate.of(1990, 5, 31), before.to());
    }
}
