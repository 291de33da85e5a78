package dev.herrera.render;

import dev.herrera.model.Cited;
import dev.herrera.model.Outcome;
import dev.herrera.model.PartialDate;
import dev.herrera.model.Stint;
import dev.herrera.query.Matches;
import dev.herrera.query.Tenure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** What several listings share: the optional SOURCES column, the result cell, counted words. */
final class Columns {
    private static final String SOURCES = "SOURCES";

    private Columns() {
    }

    /** The headers, with SOURCES last when the sources are shown. */
    static List<String> headers(boolean withSources, String... headers) {
        List<String> all = new ArrayList<>(List.of(headers));
        if (withSources) {
            all.add(SOURCES);
        }
        return all;
    }

    /** The cells, with the record's source ids last when the sources are shown. */
    static List<Cell> cells(boolean withSources, Cited record, Cell... cells) {
        List<Cell> all = new ArrayList<>(List.of(cells));
        if (withSources) {
            all.add(Cell.of(String.join(",", record.sources())));
        }
        return all;
    }

    /** A result cell, toned so that renderers which colour can show wins and losses. */
    static Cell outcome(Outcome outcome) {
        Cell.Tone tone = switch (outcome) {
            case WON -> Cell.Tone.GOOD;
            case LOST -> Cell.Tone.BAD;
            case DRAWN -> Cell.Tone.PLAIN;
        };
        return new Cell(outcome.label(), tone);
    }

    /**
     * How long a job lasted, or has lasted so far ({@code today} is asked for only then: finding it
     * reads the time zone data). A job the data says starts after today has not begun: no tenure.
     */
    static String tenure(Stint s, Supplier<LocalDate> today) {
        if (!s.isOngoing()) {
            return Tenure.between(s.start(), s.end()).toString();
        }
        LocalDate now = today.get();
        if (s.start().firstDay().isAfter(now)) {
            return "not begun";
        }
        return Tenure.between(s.start(), PartialDate.of(now)).toString();
    }

    /** "3 matches: 2 won, 0 drawn, 1 lost". */
    static String record(Matches.Record r) {
        return plural(r.played(), "match") + ": " + r.won() + " won, " + r.drawn() + " drawn, " + r.lost() + " lost";
    }

    /** "1 final", "2 finals", "2 matches". */
    static String plural(int n, String word) {
        return n + " " + (n == 1 ? word : word.endsWith("ch") ? word + "es" : word + "s");
    }
}
