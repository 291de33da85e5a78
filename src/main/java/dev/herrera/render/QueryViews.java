package dev.herrera.render;

import dev.herrera.model.Career;
import dev.herrera.model.Incident;
import dev.herrera.model.Match;
import dev.herrera.model.PartialDate;
import dev.herrera.model.Stint;
import dev.herrera.model.Team;
import dev.herrera.query.Matches;
import dev.herrera.query.OnDate;
import dev.herrera.query.Summary;
import dev.herrera.query.TeamReport;
import dev.herrera.query.Tenure;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The listings of the question commands: matches, on, team and summary. */
public final class QueryViews {
    private QueryViews() {
    }

    public static Listing matches(Career career, List<Match> matches) {
        Listing.Builder b = Listing.builder("DATE", "COMPETITION", "SEASON", "STAGE", "TEAM", "OPPONENT", "SCORE",
                "RESULT");
        for (Match m : matches) {
            b.row(Cell.of(m.date().toString()),
                    Cell.of(m.competition()),
                    Cell.of(m.season()),
                    Cell.of(m.stage().label()),
                    Cell.of(career.teamOf(m.team()).name()),
                    Cell.of(career.teamOf(m.opponent()).name()),
                    Cell.of(Scores.format(m.score())),
                    Views.outcome(m.outcome()));
        }
        b.footer(record(Matches.Record.of(matches)));
        return b.build(matches);
    }

    /** The job(s) held on a date; between jobs, the one before and the one after, and a line saying so. */
    public static Listing on(Career career, OnDate answer) {
        Listing.Builder b = Listing.builder("STATUS", "TEAM", "KIND", "ROLE", "FROM", "TO");
        for (Stint s : answer.held()) {
            stintRow(b, career, "held", s);
        }
        if (answer.previous() != null) {
            stintRow(b, career, "previous", answer.previous());
        }
        if (answer.next() != null) {
            stintRow(b, career, "next", answer.next());
        }
        b.footer(sentence(career, answer));
        return b.build(answer);
    }

    private static void stintRow(Listing.Builder b, Career career, String status, Stint s) {
        Team team = career.teamOf(s.team());
        b.row(status, team.name(), team.kind().label(), s.role().label(), s.start().toString(),
                s.isOngoing() ? "present" : s.end().toString());
    }

    static String sentence(Career career, OnDate answer) {
        String date = answer.date().toString();
        if (!answer.betweenJobs()) {
            List<String> jobs = answer.held().stream().map(s -> job(career, s)).toList();
            return jobs.size() == 1 ? "On " + date + " he was " + jobs.get(0) + "."
                    : "On " + date + " he held " + jobs.size() + " jobs at once: " + String.join("; ", jobs) + ".";
        }
        Stint previous = answer.previous();
        Stint next = answer.next();
        if (previous == null && next == null) {
            return "On " + date + " he held no job.";
        }
        if (previous == null) {
            return date + " is before his first job: " + job(career, next) + " from " + next.start() + ".";
        }
        if (next == null) {
            return date + " is after his last job: " + job(career, previous) + " until " + previous.end() + ".";
        }
        return date + " falls between jobs: " + job(career, previous) + " until " + previous.end()
                + ", then " + job(career, next) + " from " + next.start() + ".";
    }

    private static String job(Career career, Stint s) {
        return s.role().label() + " of " + career.teamOf(s.team()).name();
    }

    /** One row per stint, match (or final) and incident, with a TYPE column; the totals in the footer. */
    public static Listing team(Career career, TeamReport report, Supplier<LocalDate> today) {
        Listing.Builder b = Listing.builder("TYPE", "DATE", "DETAIL", "SCORE", "RESULT");
        for (Stint s : report.stints()) {
            PartialDate end = s.isOngoing() ? PartialDate.of(today.get()) : s.end();
            b.row(Cell.of("stint"),
                    Cell.of(s.start() + " to " + (s.isOngoing() ? "present" : s.end().toString())),
                    Cell.of(s.role().label() + ", " + Tenure.between(s.start(), end)),
                    Cell.of(""),
                    Cell.of(s.isOngoing() ? "ongoing" : s.ended().label()));
        }
        for (Match m : report.matches()) {
            b.row(Cell.of(m.isFinal() ? "final" : "match"),
                    Cell.of(m.date().toString()),
                    Cell.of(career.teamOf(m.team()).name() + " v " + career.teamOf(m.opponent()).name() + ", "
                            + m.competition() + " " + m.stage().label()),
                    Cell.of(Scores.format(m.score())),
                    Views.outcome(m.outcome()));
        }
        for (Incident i : report.incidents()) {
            b.row(Cell.of("incident"), Cell.of(i.date().toString()), Cell.of(i.title()), Cell.of(""), Cell.of(""));
        }
        TeamReport.Totals t = report.totals();
        b.footer(report.team().name() + ": " + plural(t.stints(), "stint") + "; "
                + record(new Matches.Record(t.matches(), t.won(), t.drawn(), t.lost())) + "; "
                + plural(t.finals(), "final") + ": " + t.finalsWon() + " won, " + t.finalsLost() + " lost; "
                + plural(t.incidents(), "incident"));
        return b.build(report);
    }

    /** Two columns, FIELD and VALUE; titles get one row per competition. */
    public static Listing summary(Summary s) {
        Listing.Builder b = Listing.builder("FIELD", "VALUE");
        b.row("stints", String.valueOf(s.stints()));
        b.row("clubs", String.valueOf(s.clubs()));
        b.row("national teams", String.valueOf(s.nationalTeams()));
        b.row("first job", s.from().toString());
        b.row("last job ended", s.to() == null ? "ongoing" : s.to().toString());
        b.row("years from first job to last", (s.approximate() ? "~" : "") + s.years());
        b.row("matches", String.valueOf(s.matches()));
        b.row("finals", String.valueOf(s.finals()));
        b.row("finals won", String.valueOf(s.finalsWon()));
        b.row("finals lost", String.valueOf(s.finalsLost()));
        b.row("titles", String.valueOf(s.titleCount()));
        for (Map.Entry<String, Integer> e : s.titles().entrySet()) {
            b.row("titles: " + e.getKey(), String.valueOf(e.getValue()));
        }
        b.row("incidents", String.valueOf(s.incidents()));
        return b.build(s);
    }

    private static String record(Matches.Record r) {
        return plural(r.played(), "match") + ": " + r.won() + " won, " + r.drawn() + " drawn, " + r.lost() + " lost";
    }

    private static String plural(int n, String word) {
        return n + " " + (n == 1 ? word : word.endsWith("ch") ? word + "es" : word + "s");
    }
}
