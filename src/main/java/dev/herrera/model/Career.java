package dev.herrera.model;

import java.util.ArrayList;
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
        List<InvalidRecordException> problems = problems(person, updated, sources, teams, stints, matches, incidents);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        sources = List.copyOf(sources);
        teams = List.copyOf(teams);
        stints = List.copyOf(stints);
        matches = Checks.list(matches, "matches");
        incidents = Checks.list(incidents, "incidents");
    }

    /**
     * Every rule the parts break when put together — missing parts, duplicate ids, references that
     * do not resolve — in the order the constructor checks them; the constructor throws the first.
     * Tools that report all problems at once call this directly.
     */
    public static List<InvalidRecordException> problems(Person person, PartialDate updated, List<Source> sources,
            List<Team> teams, List<Stint> stints, List<Match> matches, List<Incident> incidents) {
        List<InvalidRecordException> problems = new ArrayList<>();
        check(problems, () -> Checks.required(person, "person"));
        check(problems, () -> Checks.required(updated, "updated"));
        boolean listsOk = check(problems, () -> Checks.nonEmpty(sources, "sources"))
                & check(problems, () -> Checks.nonEmpty(teams, "teams"))
                & check(problems, () -> Checks.nonEmpty(stints, "stints"))
                & check(problems, () -> Checks.list(matches, "matches"))
                & check(problems, () -> Checks.list(incidents, "incidents"));
        if (!listsOk) {
            return problems;
        }
        List<Match> allMatches = matches == null ? List.of() : matches;
        List<Incident> allIncidents = incidents == null ? List.of() : incidents;
        check(problems, () -> Checks.unique(sources, Source::id, "sources", "source id"));
        check(problems, () -> Checks.unique(teams, Team::id, "teams", "team id"));
        check(problems, () -> Checks.unique(stints, Stint::id, "stints", "stint id"));
        check(problems, () -> Checks.unique(allMatches, Match::id, "matches", "match id"));
        check(problems, () -> Checks.unique(allIncidents, Incident::id, "incidents", "incident id"));

        Map<String, Team> teamsById = index(teams, Team::id);
        Map<String, Source> sourcesById = index(sources, Source::id);
        Map<String, Stint> stintsById = index(stints, Stint::id);
        // A field's path is built only when its reference fails: a large dataset has a million records.
        if (person != null) {
            for (int j = 0; j < person.sources().size(); j++) {
                resolve(problems, sourcesById, person.sources().get(j), "person.sources", j, "", "source");
            }
        }
        for (int i = 0; i < stints.size(); i++) {
            Stint s = stints.get(i);
            resolve(problems, teamsById, s.team(), "stints", i, ".team", "team");
            for (int j = 0; j < s.concurrent().size(); j++) {
                if (!stintsById.containsKey(s.concurrent().get(j))) {
                    resolve(problems, stintsById, s.concurrent().get(j), "stints", i, ".concurrent[" + j + "]", "stint");
                }
            }
            resolveCitations(problems, sourcesById, s, "stints", i);
        }
        for (int i = 0; i < allMatches.size(); i++) {
            Match m = allMatches.get(i);
            resolve(problems, teamsById, m.team(), "matches", i, ".team", "team");
            resolve(problems, teamsById, m.opponent(), "matches", i, ".opponent", "team");
            resolveCitations(problems, sourcesById, m, "matches", i);
        }
        for (int i = 0; i < allIncidents.size(); i++) {
            Incident n = allIncidents.get(i);
            if (n.team() != null) {
                resolve(problems, teamsById, n.team(), "incidents", i, ".team", "team");
            }
            resolveCitations(problems, sourcesById, n, "incidents", i);
        }
        return problems;
    }

    private static boolean check(List<InvalidRecordException> problems, Runnable rule) {
        try {
            rule.run();
            return true;
        } catch (InvalidRecordException e) {
            problems.add(e);
            return false;
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

    /** Records a problem when {@code id} is unknown; the failing field is {@code list[index]rest}. */
    private static void resolve(List<InvalidRecordException> problems, Map<String, ?> known, String id,
            String list, int index, String rest, String what) {
        if (!known.containsKey(id)) {
            problems.add(new InvalidRecordException(list + "[" + index + "]" + rest, "unknown " + what + " \"" + id + "\""));
        }
    }

    private static void resolveCitations(List<InvalidRecordException> problems, Map<String, Source> known,
            Cited record, String list, int i) {
        for (int j = 0; j < record.sources().size(); j++) {
            if (!known.containsKey(record.sources().get(j))) {
                resolve(problems, known, record.sources().get(j), list, i, ".sources[" + j + "]", "source");
            }
        }
        for (int j = 0; j < record.notes().size(); j++) {
            List<Claim> claims = record.notes().get(j).claims();
            for (int k = 0; k < claims.size(); k++) {
                if (!known.containsKey(claims.get(k).source())) {
                    resolve(problems, known, claims.get(k).source(), list, i,
                            ".notes[" + j + "].claims[" + k + "].source", "source");
                }
            }
        }
    }
}
