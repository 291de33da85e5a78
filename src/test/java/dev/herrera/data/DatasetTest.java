package dev.herrera.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herrera.model.Career;
import dev.herrera.model.Cited;
import dev.herrera.model.Source;
import dev.herrera.model.Stint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checks on the bundled dataset itself, beyond what loading already enforces. */
class DatasetTest {
    private static final Career CAREER = new CareerLoader().loadBundled();

    private static List<Cited> allRecords() {
        List<Cited> all = new ArrayList<>();
        all.addAll(CAREER.stints());
        all.addAll(CAREER.matches());
        all.addAll(CAREER.incidents());
        all.addAll(CAREER.records());
        all.addAll(CAREER.honours());
        all.addAll(CAREER.media());
        return all;
    }

    @Test
    void theBundledFileBreaksNoRule() {
        assertEquals(List.of(), Career.problems(CAREER.person(), CAREER.updated(), CAREER.sources(), CAREER.teams(),
                CAREER.stints(), CAREER.matches(), CAREER.incidents(), CAREER.records(), CAREER.honours(),
                CAREER.media()));
    }

    @Test
    void stintsMatchesAndIncidentsRunInChronologicalOrder() {
        for (int i = 1; i < CAREER.stints().size(); i++) {
            Stint before = CAREER.stints().get(i - 1);
            Stint here = CAREER.stints().get(i);
            assertFalse(here.start().isSurelyBefore(before.start()), here.id() + " starts before " + before.id());
        }
        for (int i = 1; i < CAREER.matches().size(); i++) {
            assertFalse(CAREER.matches().get(i).date().isSurelyBefore(CAREER.matches().get(i - 1).date()),
                    CAREER.matches().get(i).id());
        }
        for (int i = 1; i < CAREER.incidents().size(); i++) {
            assertFalse(CAREER.incidents().get(i).date().isSurelyBefore(CAREER.incidents().get(i - 1).date()),
                    CAREER.incidents().get(i).id());
        }
    }

    @Test
    void everyRecordCitesAKnownSource() {
        Set<String> known = new HashSet<>();
        CAREER.sources().forEach(s -> known.add(s.id()));
        for (Cited record : allRecords()) {
            assertFalse(record.sources().isEmpty(), record.id() + " has no source");
            assertTrue(known.containsAll(record.sources()), record.id() + " cites an unknown source");
        }
    }

    @Test
    void everySourceIsCitedSomewhere() {
        Set<String> cited = new HashSet<>(CAREER.person().sources());
        for (Cited record : allRecords()) {
            cited.addAll(record.sources());
            record.notes().forEach(n -> n.claims().forEach(c -> cited.add(c.source())));
        }
        for (Source s : CAREER.sources()) {
            assertTrue(cited.contains(s.id()), "source " + s.id() + " is never cited");
        }
    }

    @Test
    void everyTeamReferenceResolves() {
        for (Stint s : CAREER.stints()) {
            assertTrue(CAREER.team(s.team()).isPresent(), s.id());
        }
        CAREER.matches().forEach(m -> {
            assertTrue(CAREER.team(m.team()).isPresent(), m.id());
            assertTrue(CAREER.team(m.opponent()).isPresent(), m.id());
        });
        CAREER.incidents().stream().filter(i -> i.team() != null)
                .forEach(i -> assertTrue(CAREER.team(i.team()).isPresent(), i.id()));
    }

    @Test
    void stintsOverlapOnlyWhereTheDataSaysSo() {
        List<String> overlapping = new ArrayList<>();
        List<Stint> stints = CAREER.stints();
        for (int i = 0; i < stints.size(); i++) {
            for (int j = i + 1; j < stints.size(); j++) {
                Stint a = stints.get(i);
                Stint b = stints.get(j);
                if (a.overlaps(b)) {
                    assertTrue(a.concurrent().contains(b.id()) || b.concurrent().contains(a.id()),
                            a.id() + " overlaps " + b.id() + " without saying so");
                    overlapping.add(a.id() + "/" + b.id());
                }
            }
        }
        // He coached América and Mexico at once in late 2013.
        assertTrue(overlapping.contains("america-2011/mexico-2013-interim"), overlapping.toString());
    }

    @Test
    void theSeedsCareerIsThere() {
        List<String> teams = CAREER.stints().stream().map(Stint::team).toList();
        assertEquals(List.of("atlante", "monterrey", "veracruz", "tecos", "atlante", "america", "mexico", "mexico",
                "tijuana", "america"), teams.subList(0, 10));
    }
}
