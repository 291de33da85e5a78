package dev.herrera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.herrera.model.Honour;
import dev.herrera.query.Honours;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An individual honour need not be tied to a team: its TEAM is then blank, and null in JSON. */
class HonourListingTest {
    private static final Honour WITH_TEAM = Careers.BUNDLED.honours().get(0);

    private static Listing individual(Honour h) {
        return HonourListing.of(Careers.BUNDLED, new Honours.Answer(List.of(), List.of(h)), false);
    }

    @Test
    void anHonourForHisWorkWithATeamNamesIt() {
        Listing listing = individual(WITH_TEAM);
        assertEquals("Mexico", listing.rows().get(0).get(4).text());
        assertEquals("Mexico", ((HonourListing.Row) ((List<?>) listing.records()).get(0)).team());
    }

    @Test
    void anHonourWithNoTeamLeavesTheTeamBlank() {
        Honour h = WITH_TEAM;
        Honour personal = new Honour(h.id(), h.date(), h.title(), h.awardedBy(), h.result(), null, h.note(),
                h.sources(), h.notes());
        Listing listing = individual(personal);
        assertEquals(List.of("individual", "2014", h.title(), "", "", h.result() + " (" + h.awardedBy() + ")"),
                listing.rows().get(0).stream().map(Cell::text).toList());
        assertNull(((HonourListing.Row) ((List<?>) listing.records()).get(0)).team());
        assertEquals("0 titles, 1 individual honour", listing.footer().get(0).text());
    }
}
