package dev.herrera.query;

import static dev.herrera.query.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herrera.model.Career;
import dev.herrera.model.Stint;
import dev.herrera.model.Team;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A job still going on (Alpha from 2010 in {@link Fixtures#career()}) through every question that
 * spans time, and filters that leave nothing.
 */
class OngoingAndEmptyTest {
    private static final Career CAREER = Fixtures.career();
    private static final Team ALPHA = CAREER.teamOf("alpha");
    private static final Team GAMMA = CAREER.teamOf("gamma");
    private static final Team DELTA = CAREER.teamOf("delta");

    private static List<String> ids(List<? extends dev.herrera.model.Identified> records) {
        return records.stream().map(dev.herrera.model.Identified::id).toList();
    }

    @Test
    void onADateLongAfterItsStartTheOngoingJobIsHeld() {
        OnDate on = OnDate.of(CAREER, d("2024-06-01"));
        assertEquals(List.of("alpha-2"), ids(on.held()));
        assertFalse(on.betweenJobs());
        assertNull(on.previous());
        assertNull(on.next());
    }

    @Test
    void betweenJobsThePreviousIsTheLatestEndAndTheNextTheEarliestStart() {
        OnDate on = OnDate.of(CAREER, d("2008"));
        assertTrue(on.betweenJobs());
        assertEquals("gamma-1", on.previous().id());
        assertEquals("alpha-2", on.next().id());
        OnDate before = OnDate.of(CAREER, d("1999"));
        assertNull(before.previous());
        assertEquals("alpha-1", before.next().id());
    }

    @Test
    void aTeamReportCountsTheOngoingJob() {
        TeamReport report = TeamReport.of(CAREER, ALPHA);
        assertEquals(List.of("alpha-1", "alpha-2"), ids(report.stints()));
        assertNull(report.stints().get(1).end());
        assertEquals(List.of("i1", "i3"), ids(report.incidents()));
        assertEquals(new TeamReport.Totals(2, 3, 1, 0, 2, 2, 1, 1, 2), report.totals());
    }

    @Test
    void theSummaryOfACareerStillGoingOnRunsToToday() {
        Summary s = Summary.of(CAREER, () -> LocalDate.of(2021, 1, 1));
        assertEquals(d("2001"), s.from());
        assertNull(s.to());
        // 2001 (mid-year, approximately) to 2021-01-01: 19.5 years, approximate for the year-only start.
        assertEquals(19.5, s.years());
        assertTrue(s.approximate());
        assertEquals(4, s.stints());
        assertEquals(2, s.clubs());
        assertEquals(1, s.nationalTeams());
    }

    @Test
    void aTimelineFromPastTheDataStillShowsTheOngoingJob() {
        TimelineSelection.Selection s = TimelineSelection.select(CAREER, ALPHA, d("2030"), null,
                LocalDate.of(2025, 1, 1));
        assertEquals(List.of("alpha-2"), ids(s.stints()));
        assertEquals(LocalDate.of(2030, 1, 1), s.from());
        assertEquals(LocalDate.of(2030, 12, 31), s.to());
    }

    @Test
    void aTimelineOfTheOngoingJobRunsToTheDataDate() {
        TimelineSelection.Selection s = TimelineSelection.select(CAREER, ALPHA, d("2010"), null,
                LocalDate.of(2025, 1, 1));
        assertEquals(List.of("alpha-2"), ids(s.stints()));
        assertEquals(List.of("m5"), ids(s.finals()));
        assertEquals(List.of("i3"), ids(s.incidents()));
        assertEquals(LocalDate.of(2010, 1, 1), s.from());
        assertEquals(LocalDate.of(2025, 1, 1), s.to());
    }

    @Test
    void anOngoingJobLastsAtLeastToTheEndOfItsStart() {
        Stint ongoing = CAREER.stints().get(3);
        assertEquals(LocalDate.of(2010, 12, 31), TimelineSelection.lastDay(ongoing, LocalDate.of(2010, 3, 1)));
        assertEquals(LocalDate.of(2024, 3, 1), TimelineSelection.lastDay(ongoing, LocalDate.of(2024, 3, 1)));
        assertEquals(LocalDate.of(2003, 5, 31), TimelineSelection.lastDay(CAREER.stints().get(0), LocalDate.MAX));
    }

    @Test
    void aTeamFilterThatDropsEveryIncident() {
        assertEquals(List.of(), Incidents.select(CAREER, GAMMA));
        assertEquals(List.of(), Incidents.select(CAREER, DELTA, Window.ALL));
        assertEquals(List.of("i1", "i2", "i3"), ids(Incidents.select(CAREER, null)));
        TimelineSelection.Selection s = TimelineSelection.select(CAREER, GAMMA, null, null, LocalDate.of(2025, 1, 1));
        assertEquals(List.of("gamma-1"), ids(s.stints()));
        assertEquals(List.of("m4"), ids(s.finals()));
        assertEquals(List.of(), s.incidents());
        assertFalse(s.isEmpty());
        assertEquals(LocalDate.of(2005, 6, 1), s.from());
        assertEquals(LocalDate.of(2007, 3, 31), s.to());
        TimelineSelection.Selection none = TimelineSelection.select(CAREER, DELTA, null, null,
                LocalDate.of(2025, 1, 1));
        assertTrue(none.isEmpty());
        assertEquals(LocalDate.of(2001, 1, 1), none.from());
        assertEquals(LocalDate.of(2025, 1, 1), none.to());
    }

    @Test
    void aSourceNoRecordCitesIsCountedZero() {
        Career career = new Career(CAREER.person(), CAREER.updated(), List.of(CAREER.sources().get(0),
                new dev.herrera.model.Source("s2", "Unused", "es", dev.herrera.model.SourceKind.ENCYCLOPEDIA, null, null, null,
                        null)), CAREER.teams(), CAREER.stints(), CAREER.matches(), CAREER.incidents(), null, null, null);
        List<Citations.Usage> usage = Citations.usage(career);
        assertEquals(List.of("s1", "s2"), usage.stream().map(u -> u.source().id()).toList());
        // The person, four stints, five matches and three incidents cite s1.
        assertEquals(13, usage.get(0).records());
        assertEquals(0, usage.get(1).records());
    }
}
