package dev.herrera.query;

import static dev.herrera.query.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herrera.data.CareerLoader;
import dev.herrera.model.Career;
import dev.herrera.model.Stint;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnDateTest {
    private static final Career CAREER = Fixtures.career();

    private static List<String> held(Career career, String date) {
        return OnDate.of(career, d(date)).held().stream().map(Stint::id).toList();
    }

    @Test
    void aDayInsideOneJob() {
        OnDate on = OnDate.of(CAREER, d("2002-06-15"));
        assertEquals(List.of("alpha-1"), on.held().stream().map(Stint::id).toList());
        assertFalse(on.betweenJobs());
        assertNull(on.previous());
        assertNull(on.next());
    }

    @Test
    void everyOverlappingJobIsShown() {
        assertEquals(List.of("beta-1", "gamma-1"), held(CAREER, "2005-07-01"));
        assertEquals(List.of("beta-1", "gamma-1"), held(CAREER, "2006"));
    }

    @Test
    void aMonthOrYearCountsEveryJobThatMayHaveRunInIt() {
        // Alpha ended some time in 2003-05: it may still have run on any day of that month.
        assertEquals(List.of("alpha-1"), held(CAREER, "2003-05"));
        assertEquals(List.of("alpha-1"), held(CAREER, "2003-05-31"));
        // Beta began on 2004-02-01: not yet in January 2004, but in the year 2004.
        assertEquals(List.of(), held(CAREER, "2004-01"));
        assertEquals(List.of("beta-1"), held(CAREER, "2004"));
    }

    @Test
    void aDateBetweenJobsNamesTheJobBeforeAndAfter() {
        OnDate on = OnDate.of(CAREER, d("2003-09"));
        assertTrue(on.betweenJobs());
        assertEquals("alpha-1", on.previous().id());
        assertEquals("beta-1", on.next().id());
        // Gamma ended after Beta: the job before a gap is the one that ended last.
        OnDate later = OnDate.of(CAREER, d("2008"));
        assertEquals("gamma-1", later.previous().id());
        assertEquals("alpha-2", later.next().id());
    }

    @Test
    void beforeTheFirstJobThereIsOnlyANext() {
        OnDate on = OnDate.of(CAREER, d("1999-12-31"));
        assertTrue(on.betweenJobs());
        assertNull(on.previous());
        assertEquals("alpha-1", on.next().id());
    }

    @Test
    void anOngoingJobCoversEveryLaterDate() {
        assertEquals(List.of("alpha-2"), held(CAREER, "2099"));
    }

    @Test
    void inTheBundledDataNovember2013IsAmericaAndTheInterimMexicoJob() {
        Career bundled = new CareerLoader().loadBundled();
        List<String> held = held(bundled, "2013-11");
        assertTrue(held.contains("america-2011") && held.contains("mexico-2013-interim"), held.toString());
        assertFalse(held.contains("mexico-2013"), "the permanent Mexico job began on 2013-12-02");
        OnDate on = OnDate.of(bundled, d("2013-11"));
        assertTrue(on.held().stream().allMatch(s -> s.covers(d("2013-11"))));
    }

    @Test
    void betweenJobsTheLatestEndAndTheEarliestStartWinWhateverTheirPlaceInTheList() {
        Career ties = Fixtures.ties();
        OnDate in2011 = OnDate.of(ties, d("2011"));
        // Álpha ended in 2010; Beta, listed after it, in 2007.
        assertEquals("alpha-1", in2011.previous().id());
        // Beta began again in 2012, perhaps before Gamma's 2012-06, though listed after it.
        assertEquals("beta-2", in2011.next().id());
        OnDate mid2013 = OnDate.of(ties, d("2013-06"));
        // Gamma and Beta both ended in 2012-09; Álpha and Beta both began on 2015-03-01: the first listed.
        assertEquals("gamma-1", mid2013.previous().id());
        assertEquals("alpha-2", mid2013.next().id());
    }
}
