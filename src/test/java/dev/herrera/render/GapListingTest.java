package dev.herrera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herrera.model.Career;
import dev.herrera.model.Departure;
import dev.herrera.model.PartialDate;
import dev.herrera.model.Role;
import dev.herrera.model.Stint;
import dev.herrera.query.Gaps;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The DAYS and GAP columns: an exact gap under 90 days in days, from 90 days in months; a gap between
 * partial dates as the range they allow, in days while its longest is under 90, else in months, and
 * "about" when both ends of the range round to the same month.
 */
class GapListingTest {
    private static final Career BUNDLED = Careers.BUNDLED;
    private static final List<String> SOURCES = BUNDLED.stints().get(0).sources();

    /** Atlante until {@code end}, then Monterrey from {@code next}, still going on. */
    private static Listing gapBetween(String end, String next) {
        Stint before = new Stint("atlante-2001", "atlante", Role.HEAD_COACH, PartialDate.parse("2001-01-01"),
                PartialDate.parse(end), Departure.SACKED, null, null, null, List.of(), SOURCES, List.of());
        Stint after = new Stint("monterrey-2001", "monterrey", Role.HEAD_COACH, PartialDate.parse(next), null,
                null, null, null, null, List.of(), SOURCES, List.of());
        Career career = new Career(BUNDLED.person(), BUNDLED.updated(), BUNDLED.sources(), BUNDLED.teams(),
                List.of(before, after), List.of(), List.of(), List.of(), List.of(), List.of());
        return GapListing.of(career, Gaps.of(career));
    }

    @ParameterizedTest(name = "{0} to {1}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2001-06-01 | 2001-06-02 | 1  | 1 day
            2001-06-01 | 2001-08-29 | 89 | 89 days
            2001-06-01 | 2001-08-30 | 90 | 3 months
            2001-06    | 2001-08-29 |    | 60-89 days
            2001-06    | 2001-08-30 |    | 2-3 months
            2001-06    | 2001-09-15 |    | about 3 months
            """)
    void gapLength(String end, String next, String days, String gap) {
        Listing listing = gapBetween(end, next);
        assertEquals(1, listing.rows().size());
        List<String> row = listing.rows().get(0).stream().map(Cell::text).toList();
        assertEquals(List.of("Atlante", end, "Monterrey", next, days == null ? "" : days, gap), row);
    }
}
