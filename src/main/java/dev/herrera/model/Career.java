package dev.herrera.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The whole dataset: one manager, the sources, the teams and the records that cite them. Building
 * one checks that every id is unique and every reference resolves.
 */
public record Career(
        Person person,
        PartialDate updated,
        List<Source> sources,
        List<Team> teams,
        List<Stint> stints,
        List<Match> matches,
        List<Incident> incidents) {

    public Career {
        Checks.required(person, "person");
        Checks.required(updated, "updated");
        sources = Checks.nonEmpty(sources, "sources");
        teams = Checks.nonEmpty(teams, "teams");
        stints = Checks.nonEmpty(stints, "stints");
        matches = Checks.list(matches, "matches");
        incidents = Checks.list(incidents, "incidents");

        Checks.unique(sources, Source::id, "sources", "source id");
        Checks.unique(teams, Team::id, "teams", "team id");
        Checks.unique(stints, Stint::id, "stints", "stint id");
        Checks.unique(matches, Match::id, "matches", "match id");
        Checks.unique(incidents, Incident::id, "incidents", "incident id");

        Map<String, Team> teamsById = index(teams, Team::id);
        Map<String, Source> sourcesById = index(sources, Source::id);
        Map<String, Stint> stintsById = index(stints, Stint::id);
        // Paths of fields are built only when a reference fails: a large dataset has a million records.
        for (int j = 0; j < person.sources().size(); j++) {
            resolve(sourcesById, person.sources().get(j), "person.sources", j, "", "source");
        }
        for (int i = 0; i < stints.size(); i++) {
            Stint s = stints.get(i);
            resolve(teamsById, s.team(), "stints", i, ".team", "team");
            for (int j = 0; j < s.concurrent().size(); j++) {
                if (!stintsById.containsKey(s.concurrent().get(j))) {
                    resolve(stintsById, s.concurrent().get(j), "stints[" + i + "].concurrent", j, "", "stint");
                }
            }
            resolveCitations(sourcesById, s, "stints", i);
        }
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            resolve(teamsById, m.team(), "matches", i, ".team", "team");
            resolve(teamsById, m.opponent(), "matches", i, ".opponent", "team");
            resolveCitations(sourcesById, m, "matches", i);
        }
        for (int i = 0; i < incidents.size(); i++) {
            Incident n = incidents.get(i);
            if (n.team() != null) {
                resolve(teamsById, n.team(), "incidents", i, ".team", "team");
            }
            resolveCitations(sourcesById, n, "incidents", i);
        }
    }

    public Optional<Team> team(String id) {
        return teams.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The team with this id; the constructor guarantees that every referenced id exists. */
    public Team teamOf(String id) {
        return team(id).orElseThrow(() -> new IllegalArgumentException("unknown team " + id));
    }

    private static <T> Map<String, T> index(List<T> values, Function<T, String> key) {
        Map<String, T> map = new HashMap<>();
        for (T v : values) {
            map.put(key.apply(v), v);
        }
        return map;
    }

    /** Checks that {@code id} is known; the failing field is {@code list[index]rest}. */
    private static void resolve(Map<String, ?> known, String id, String list, int index, String rest, String what) {
        if (!known.containsKey(id)) {
            throw new InvalidRecordException(list + "[" + index + "]" + rest, "unknown " + what + " \"" + id + "\"");
        }
    }

    private static void resolveCitations(Map<String, Source> known, Cited record, String list, int i) {
        for (int j = 0; j < record.sources().size(); j++) {
            if (!known.containsKey(record.sources().get(j))) {
                resolve(known, record.sources().get(j), list, i, ".sources[" + j + "]", "source");
            }
        }
        for (int j = 0; j < record.notes().size(); j++) {
            List<Claim> claims = record.notes().get(j).claims();
            for (int k = 0; k < claims.size(); k++) {
                if (!known.containsKey(claims.get(k).source())) {
                    resolve(known, claims.get(k).source(), list, i, ".notes[" + j + "].claims[" + k + "].source",
                            "source");
                }
            }
        }
    }
}
