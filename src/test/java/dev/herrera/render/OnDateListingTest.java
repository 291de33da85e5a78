package dev.herrera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herrera.model.Career;
import dev.herrera.model.PartialDate;
import dev.herrera.query.OnDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnDateListingTest {
    @Test
    void aJobStillGoingOnRunsToPresent() {
        Career career = Careers.stillInCharge();
        Listing listing = OnDateListing.of(career, OnDate.of(career, PartialDate.parse("2026-06")));
        assertEquals(List.of("held", "Costa Rica", "national", "head-coach", "2025-01-07", "present"),
                listing.rows().get(0).stream().map(Cell::text).toList());
        assertEquals("On 2026-06 he was head-coach of Costa Rica.", listing.footer().get(0).text());
    }

    @Test
    void afterHisLastJobTheOneBeforeShowsWhenItEnded() {
        Career career = Careers.withoutMedia();
        Listing listing = OnDateListing.of(career, OnDate.of(career, PartialDate.parse("2026-06")));
        assertEquals(List.of("previous", "Costa Rica", "national", "head-coach", "2025-01-07", "2025-11-20"),
                listing.rows().get(0).stream().map(Cell::text).toList());
        assertEquals("2026-06 is after his last job: no managerial job since head-coach of Costa Rica ended on"
                + " 2025-11-20.", listing.footer().get(0).text());
    }
}
