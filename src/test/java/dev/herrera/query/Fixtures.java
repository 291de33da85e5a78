package dev.herrera.query;

import dev.herrera.model.Career;
import dev.herrera.model.Departure;
import dev.herrera.model.Honour;
import dev.herrera.model.Incident;
import dev.herrera.model.JobRecord;
import dev.herrera.model.Match;
import dev.herrera.model.MediaRole;
import dev.herrera.model.TestRecords;
import dev.herrera.model.Outcome;
import dev.herrera.model.PartialDate;
import dev.herrera.model.Person;
import dev.herrera.model.Role;
import dev.herrera.model.Score;
import dev.herrera.model.Source;
import dev.herrera.model.SourceKind;
import dev.herrera.model.Stage;
import dev.herrera.model.Stint;
import dev.herrera.model.Team;
import dev.herrera.model.TeamKind;
import java.util.List;

/** Small careers built in code, shaped to hit one edge case each. */
final class Fixtures {
    private static final List<String> SOURCES = List.of("s1");

    private Fixtures() {
    }

    static PartialDate d(String text) {
        return PartialDate.parse(text);
    }

    static Team team(String id, String name, TeamKind kind, String... aliases) {
        return new Team(id, name, kind, "Mexico", List.of(aliases));
    }

    static Stint stint(String id, String team, String start, String end, String... concurrent) {
        return new Stint(id, team, Role.HEAD_COACH, d(start), end == null ? null : d(end),
                end == null ? null : Departure.SACKED, null, null, null, List.of(concurrent), SOURCES, List.of());
    }

    static Match match(String id, String date, String team, String opponent, Stage stage, String competition,
            int goalsFor, int against) {
        Outcome outcome = goalsFor > against ? Outcome.WON : goalsFor < against ? Outcome.LOST : Outcome.DRAWN;
        return TestRecords.match(id, d(date), team, competition, null, stage, opponent,
                new Score(goalsFor, against, List.of(), null), outcome, SOURCES);
    }

    static Incident incident(String id, String date, String team) {
        return new Incident(id, d(date), "Row " + id, team, null, List.of(), "Words.", null, SOURCES, List.of());
    }

    /**
     * Alpha (a club) 2001 to 2003-05; a gap; Beta (a national team) 2004-02-01 to 2006, with Gamma
     * (a club) held alongside from 2005-06 to 2007-03; then Alpha again from 2010, still going on.
     */
    static Career career() {
        return career(null, null, null);
    }

    /** {@link #career()} with records, honours and media roles. */
    static Career career(List<JobRecord> records, List<Honour> honours, List<MediaRole> media) {
        List<Stint> stints = List.of(
                stint("alpha-1", "alpha", "2001", "2003-05"),
                stint("beta-1", "beta", "2004-02-01", "2006", "gamma-1"),
                stint("gamma-1", "gamma", "2005-06", "2007-03", "beta-1"),
                stint("alpha-2", "alpha", "2010", null));
        List<Match> matches = List.of(
                match("m1", "2002", "alpha", "delta", Stage.FINAL, "Copa Ñandú", 2, 1),
                match("m2", "2003-05-20", "alpha", "gamma", Stage.SEMI_FINAL, "Liga Uno", 0, 1),
                match("m3", "2005-07-01", "beta", "delta", Stage.GROUP, "World Cup qualification", 1, 1),
                match("m4", "2006", "gamma", "delta", Stage.FINAL, "Liga Uno", 3, 0),
                match("m5", "2011-03-03", "alpha", "gamma", Stage.FINAL, "Copa Ñandú", 0, 2));
        List<Incident> incidents = List.of(
                incident("i1", "2003", "alpha"),
                incident("i2", "2005-06-10", null),
                incident("i3", "2012-01", "alpha"));
        return of(TEAMS, stints, matches, incidents, records, honours, media);
    }

    /**
     * Jobs listed out of the order of their ends, or starting or ending on the same day, each club job
     * with one of Beta's (the national team) alongside: Álpha 2001 to 2010 with Beta 2005 to 2007;
     * Gamma 2012-06 to 2012-09 with Beta from some day of 2012 to 2012-09; Álpha and Beta both
     * 2015-03-01 to 2015-04; Gamma from 2016, still going on, with Beta 2017 to 2018.
     */
    static Career ties() {
        return ofStints(
                stint("alpha-1", "alpha", "2001", "2010", "beta-1"),
                stint("beta-1", "beta", "2005", "2007", "alpha-1"),
                stint("gamma-1", "gamma", "2012-06", "2012-09", "beta-2"),
                stint("beta-2", "beta", "2012", "2012-09", "gamma-1"),
                stint("alpha-2", "alpha", "2015-03-01", "2015-04", "beta-3"),
                stint("beta-3", "beta", "2015-03-01", "2015-04", "alpha-2"),
                stint("gamma-2", "gamma", "2016", null, "beta-4"),
                stint("beta-4", "beta", "2017", "2018", "gamma-2"));
    }

    /** The four teams of {@link #career()}: Álpha (also "Los Alfas"), Beta (national), Gamma and Delta. */
    static final List<Team> TEAMS = List.of(
            team("alpha", "Álpha", TeamKind.CLUB, "Los Alfas"),
            team("beta", "Beta", TeamKind.NATIONAL),
            team("gamma", "Gamma", TeamKind.CLUB),
            team("delta", "Delta", TeamKind.CLUB));

    /** A career of {@link #TEAMS} with only these jobs, current to 2025-01-01. */
    static Career ofStints(Stint... stints) {
        return of(TEAMS, stints);
    }

    /** A career of these teams with only these jobs, current to 2025-01-01. */
    static Career of(List<Team> teams, Stint... stints) {
        return of(teams, List.of(stints), List.of(), List.of(), null, null, null);
    }

    private static Career of(List<Team> teams, List<Stint> stints, List<Match> matches, List<Incident> incidents,
            List<JobRecord> records, List<Honour> honours, List<MediaRole> media) {
        return new Career(new Person("Test Manager", null, null, null, SOURCES), d("2025-01-01"),
                List.of(new Source("s1", "Source one", "en", SourceKind.NEWS, null, null, null, null)),
                teams, stints, matches, incidents, records, honours, media);
    }
}
