package dev.herrera.query;

import dev.herrera.model.Career;
import dev.herrera.model.JobRecord;
import dev.herrera.model.Scope;
import dev.herrera.model.Stint;
import dev.herrera.model.Team;
import java.util.ArrayList;
import java.util.List;

/**
 * His record job by job, and totals that add only figures of one scope: a league-only count and an
 * all-competitions count of different jobs do not make a career record.
 */
public final class Records {
    private Records() {
    }

    /** One job's record in one scope, with the job it belongs to. */
    public record Row(Stint stint, Team team, JobRecord record) {
        /** Wins as a share of games, in percent with one decimal, or null when not known. */
        public Double winPercent() {
            if (!record.hasResults() || record.games() == 0) {
                return null;
            }
            return Math.round(record.won() * 1000.0 / record.games()) / 10.0;
        }
    }

    /**
     * The totals of one scope over the rows: games of every job with a record in that scope; wins,
     * draws and losses of those that give them; goals of those that give them, each with its count.
     */
    public record Total(Scope scope, int jobs, int games, int withResults, int won, int drawn, int lost,
            int withGoals, int goalsFor, int goalsAgainst, List<String> gamesOnly) {
        public Total {
            gamesOnly = List.copyOf(gamesOnly);
        }

        /** Wins as a share of the games whose results are known, in percent with one decimal. */
        public Double winPercent() {
            int played = won + drawn + lost;
            return played == 0 ? null : Math.round(won * 1000.0 / played) / 10.0;
        }
    }

    /** The records of jobs of {@code team} (null: all) overlapping the window, in the order of the jobs. */
    public static List<Row> select(Career career, Team team, Window window) {
        List<Row> rows = new ArrayList<>();
        for (Stint s : career.stints()) {
            if ((team != null && !s.team().equals(team.id())) || !window.overlaps(s.start(), s.end())) {
                continue;
            }
            for (Scope scope : Scope.values()) {
                for (JobRecord r : career.records()) {
                    if (r.stint().equals(s.id()) && r.scope() == scope) {
                        rows.add(new Row(s, career.teamOf(s.team()), r));
                    }
                }
            }
        }
        return List.copyOf(rows);
    }

    /** The jobs of {@code team} (null: all) overlapping the window that have no record at all. */
    public static List<Stint> without(Career career, Team team, Window window) {
        List<Stint> missing = new ArrayList<>();
        for (Stint s : career.stints()) {
            if ((team != null && !s.team().equals(team.id())) || !window.overlaps(s.start(), s.end())) {
                continue;
            }
            boolean found = false;
            for (JobRecord r : career.records()) {
                found |= r.stint().equals(s.id());
            }
            if (!found) {
                missing.add(s);
            }
        }
        return List.copyOf(missing);
    }

    /** One total per scope that the rows have, in the order of {@link Scope}. */
    public static List<Total> totals(List<Row> rows) {
        List<Total> totals = new ArrayList<>();
        for (Scope scope : Scope.values()) {
            int jobs = 0;
            int games = 0;
            int withResults = 0;
            int won = 0;
            int drawn = 0;
            int lost = 0;
            int withGoals = 0;
            int goalsFor = 0;
            int goalsAgainst = 0;
            List<String> gamesOnly = new ArrayList<>();
            for (Row row : rows) {
                JobRecord r = row.record();
                if (r.scope() != scope) {
                    continue;
                }
                jobs++;
                games += r.games();
                if (r.hasResults()) {
                    withResults++;
                    won += r.won();
                    drawn += r.drawn();
                    lost += r.lost();
                } else {
                    gamesOnly.add(row.stint().id());
                }
                if (r.goalsFor() != null) {
                    withGoals++;
                    goalsFor += r.goalsFor();
                    goalsAgainst += r.goalsAgainst();
                }
            }
            if (jobs > 0) {
                totals.add(new Total(scope, jobs, games, withResults, won, drawn, lost, withGoals, goalsFor,
                        goalsAgainst, gamesOnly));
            }
        }
        return List.copyOf(totals);
    }
}
