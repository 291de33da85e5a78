package dev.herrera.model;

import java.util.List;

/**
 * His record in one job as a source counts it: games, and where known wins, draws, losses and goals,
 * with the scope of the count and the date it is as of (a record of a job still going on, or one
 * given while it went on, counts only the games up to then). A job may have a record in several
 * scopes; sources that disagree within one scope are a note.
 */
public record JobRecord(
        String id,
        String stint,
        Scope scope,
        PartialDate asOf,
        Integer games,
        Integer won,
        Integer drawn,
        Integer lost,
        Integer goalsFor,
        Integer goalsAgainst,
        String note,
        List<String> sources,
        List<Note> notes) implements Cited {
    public JobRecord {
        Checks.slug(id, "id");
        Checks.text(stint, "stint");
        Checks.required(scope, "scope");
        Checks.required(asOf, "asOf");
        Checks.required(games, "games");
        if (games < 0) {
            throw new InvalidRecordException("games", "games " + games + " is negative");
        }
        boolean results = won != null || drawn != null || lost != null;
        if (results && (won == null || drawn == null || lost == null)) {
            throw new InvalidRecordException(won == null ? "won" : drawn == null ? "drawn" : "lost",
                    "give \"won\", \"drawn\" and \"lost\" together, or none of them");
        }
        if (results) {
            nonNegative(won, "won");
            nonNegative(drawn, "drawn");
            nonNegative(lost, "lost");
            if (won + drawn + lost != games) {
                throw new InvalidRecordException("games", "won " + won + " + drawn " + drawn + " + lost " + lost
                        + " is " + (won + drawn + lost) + ", not the " + games + " games");
            }
        }
        if ((goalsFor == null) != (goalsAgainst == null)) {
            throw new InvalidRecordException(goalsFor == null ? "goalsFor" : "goalsAgainst",
                    "give \"goalsFor\" and \"goalsAgainst\" together, or neither");
        }
        if (goalsFor != null) {
            nonNegative(goalsFor, "goalsFor");
            nonNegative(goalsAgainst, "goalsAgainst");
        }
        Checks.optionalText(note, "note");
        sources = Checks.nonEmpty(sources, "sources");
        notes = Checks.list(notes, "notes");
    }

    private static void nonNegative(int n, String field) {
        if (n < 0) {
            throw new InvalidRecordException(field, "\"" + field + "\" is " + n + ", which is negative");
        }
    }

    /** Whether wins, draws and losses are known, not only the games. */
    public boolean hasResults() {
        return won != null;
    }
}
