package dev.herrera.query;

import dev.herrera.model.Career;
import dev.herrera.model.Incident;
import dev.herrera.model.Match;
import dev.herrera.model.Stint;
import dev.herrera.model.Team;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the dataset holds about one team: his stints in charge of it, the matches his teams
 * played for or against it (its finals among them), the incidents while he managed it, and totals.
 */
public record TeamReport(Team team, List<Stint> stints, List<Match> matches, List<Match> finals,
        List<Incident> incidents, Totals totals) {

    /** Counts over the lists; match results are from Herrera's side. */
    public record Totals(int stints, int matches, int won, int drawn, int lost,
            int finals, int finalsWon, int finalsLost, int incidents) {
    }

    public TeamReport {
        stints = List.copyOf(stints);
        matches = List.copyOf(matches);
        finals = List.copyOf(finals);
        incidents = List.copyOf(incidents);
    }

    public static TeamReport of(Career career, Team team) {
        List<Stint> stints = Stints.select(career, team, null);
        List<Match> matches = new ArrayList<>();
        List<Match> finals = new ArrayList<>();
        for (Match m : career.matches()) {
            if (m.team().equals(team.id()) || m.opponent().equals(team.id())) {
                matches.add(m);
                if (m.isFinal()) {
                    finals.add(m);
                }
            }
        }
        List<Incident> incidents = Incidents.select(career, team);
        Matches.Record record = Matches.Record.of(matches);
        Finals.Tally tally = Finals.Tally.of(finals);
        Totals totals = new Totals(stints.size(), record.played(), record.won(), record.drawn(), record.lost(),
                tally.finals(), tally.won(), tally.lost(), incidents.size());
        return new TeamReport(team, stints, matches, finals, incidents, totals);
    }
}
