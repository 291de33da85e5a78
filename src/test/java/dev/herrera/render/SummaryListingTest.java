package dev.herrera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herrera.model.Career;
import dev.herrera.query.Summary;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rows that say where he is now: the end of his last job and his status on the dataset's date. */
class SummaryListingTest {
    /** The row's label names the day the data is current to. */
    private static final String STATUS = "status on " + Careers.BUNDLED.updated();

    private static Map<String, String> fields(Career career) {
        Listing listing = SummaryListing.of(Summary.of(career, () -> Careers.BUNDLED.updated().lastDay()));
        return listing.rows().stream().collect(Collectors.toMap(r -> r.get(0).text(), r -> r.get(1).text()));
    }

    @Test
    void whileAJobGoesOn() {
        Map<String, String> fields = fields(Careers.stillInCharge());
        assertEquals("ongoing", fields.get("last job ended"));
        assertEquals("in a managerial job", fields.get(STATUS));
    }

    @Test
    void outOfWorkAndOutOfTheMedia() {
        Map<String, String> fields = fields(Careers.withoutMedia());
        assertEquals("2025-11-20", fields.get("last job ended"));
        assertEquals("no managerial job since 2025-11-20", fields.get(STATUS));
    }

    @Test
    void outOfWorkButOnTelevision() {
        Map<String, String> fields = fields(Careers.BUNDLED);
        assertEquals("no managerial job since 2025-11-20; TV analyst for TelevisaUnivision (TUDN) since 2026-02-25",
                fields.get(STATUS));
    }
}
