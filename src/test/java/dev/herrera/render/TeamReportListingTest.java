package dev.herrera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herrera.model.Career;
import dev.herrera.query.TeamReport;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeamReportListingTest {
    @Test
    void aJobStillGoingOnRunsToPresentWithItsTenureSoFar() {
        Career career = Careers.stillInCharge();
        TeamReport report = TeamReport.of(career, career.teamOf("costa-rica"));
        Listing listing = TeamReportListing.of(career, report, () -> LocalDate.of(2026, 12, 2));
        assertEquals(List.of("stint", "2025-01-07 to present", "head-coach, 1y 10m", "", "ongoing"),
                listing.rows().get(0).stream().map(Cell::text).toList());
    }

    @Test
    void aFinishedJobShowsItsEndAndHowItEnded() {
        Career career = Careers.BUNDLED;
        TeamReport report = TeamReport.of(career, career.teamOf("costa-rica"));
        Listing listing = TeamReportListing.of(career, report, () -> {
            throw new AssertionError("today is not needed for a finished job");
        });
        // 2025-01-07 to 2025-11-20: 10 whole months.
        assertEquals(List.of("stint", "2025-01-07 to 2025-11-20", "head-coach, 10m", "", "sacked"),
                listing.rows().get(0).stream().map(Cell::text).toList());
    }
}
