package dev.herrera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.herrera.model.Career;
import dev.herrera.query.Records;
import dev.herrera.query.Window;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The job's years, and the AS OF column, which is filled only when the figures stop short of the job's end. */
class RecordListingTest {
    private static Listing costaRica(Career career) {
        return RecordListing.of(Records.select(career, career.teamOf("costa-rica"), Window.ALL), List.of(), false);
    }

    @Test
    void aFinishedJobWithinOneYearCountedToItsEnd() {
        Listing listing = costaRica(Careers.BUNDLED);
        assertEquals(List.of("Costa Rica", "2025", "all-games", "", "15", "7", "6", "2", "46.7", "39", "17"),
                listing.rows().get(0).stream().map(Cell::text).toList());
        assertEquals("2025-11-20", ((List<?>) listing.records()).stream()
                .map(r -> ((RecordListing.Row) r).to()).findFirst().orElseThrow());
    }

    @Test
    void aJobStillGoingOnHasOpenYearsAndSaysWhenItsFiguresStop() {
        Listing listing = costaRica(Careers.stillInCharge());
        assertEquals(List.of("Costa Rica", "2025-", "all-games", "2025-11-20", "15", "7", "6", "2", "46.7", "39", "17"),
                listing.rows().get(0).stream().map(Cell::text).toList());
        RecordListing.Row json = (RecordListing.Row) ((List<?>) listing.records()).get(0);
        assertEquals("2025-01-07", json.from());
        assertNull(json.to());
        assertEquals("2025-11-20", json.asOf());
    }
}
