package dev.herrera.model;

import java.util.List;

/**
 * Records for tests, built with only what a test says about them: the one place tests call the
 * records' canonical constructors, so a new optional field is added here and nowhere else in tests.
 */
public final class TestRecords {
    private TestRecords() {
    }

    /** A match with no venue, note or notes. */
    public static Match match(String id, PartialDate date, String team, String competition, String season,
            Stage stage, String opponent, Score score, Outcome outcome, List<String> sources) {
        return new Match(id, date, team, competition, season, stage, opponent, null, score, outcome, null, sources,
                null);
    }
}
