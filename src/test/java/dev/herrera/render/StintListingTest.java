package dev.herrera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herrera.data.CareerLoader;
import dev.herrera.model.Career;
import dev.herrera.model.Stint;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Today's date is asked for only where a job is still going on: finding it reads the time zone data. */
class StintListingTest {
    private final Career career = new CareerLoader().loadBundled();

    @Test
    void finishedJobsDoNotAskForToday() {
        List<Stint> finished = career.stints().stream().filter(s -> !s.isOngoing()).toList();
        AtomicInteger asked = new AtomicInteger();
        Listing listing = StintListing.of(career, finished, () -> {
            asked.incrementAndGet();
            return LocalDate.of(2100, 1, 1);
        }, false);
        assertEquals(finished.size(), listing.rows().size());
        assertEquals(0, asked.get());
    }

    @Test
    void anOngoingJobRunsToToday() {
        Stint last = career.stints().get(career.stints().size() - 1);
        Stint ongoing = new Stint(last.id(), last.team(), last.role(), last.start(), null, null, last.predecessor(),
                null, last.note(), last.concurrent(), last.sources(), last.notes());
        assertTrue(ongoing.isOngoing());
        AtomicInteger asked = new AtomicInteger();
        Listing listing = StintListing.of(career, List.of(ongoing), () -> {
            asked.incrementAndGet();
            return LocalDate.of(2100, 1, 1);
        }, false);
        assertEquals(1, asked.get());
        assertFalse(listing.rows().isEmpty());
    }

    @Test
    void anOngoingJobReadsPresentWithItsTenureSoFar() {
        // Costa Rica from 2025-01-07 to 2026-12-02: 22 whole months.
        Stint costaRica = Careers.ongoing(Careers.stint("costa-rica-2025"));
        Listing listing = StintListing.of(career, List.of(costaRica), () -> LocalDate.of(2026, 12, 2), false);
        assertEquals(List.of("Costa Rica", "national", "head-coach", "2025-01-07", "present", "1y 10m", "ongoing"),
                texts(listing.rows().get(0)));
    }

    @Test
    void aJobTheDataSaysStartsAfterTodayHasNotBegun() {
        Stint costaRica = Careers.ongoing(Careers.stint("costa-rica-2025"));
        Listing listing = StintListing.of(career, List.of(costaRica), () -> LocalDate.of(2025, 1, 6), false);
        assertEquals("not begun", listing.rows().get(0).get(5).text());
        Listing onItsFirstDay = StintListing.of(career, List.of(costaRica), () -> LocalDate.of(2025, 1, 7), false);
        assertEquals("0 days", onItsFirstDay.rows().get(0).get(5).text());
    }

    private static List<String> texts(List<Cell> row) {
        return row.stream().map(Cell::text).toList();
    }
}
