package dev.herrera.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole dataset: one manager, the sources, the teams and the records that cite them — his jobs,
 * matches, incidents, his record in each job, his individual honours and his work in the media. Building
 * one checks that every id is unique and every reference resolves, and then the rules between
 * records ({@link DatasetRules}: order, overlaps, matches and incidents inside stints), so every
 * {@code Career}, read from a file or built in code, keeps them all.
 */
public record Career(
        Person person,
        PartialDate updated,
        List<Source> sources,
        List<Team> teams,
        List<Stint> stints,
        List<Match> matches,
        List<Incident> incidents,
        List<JobRecord> records,
        List<Honour> honours,
        List<MediaRole> media) {

    public Career {
        List<InvalidRecordException> problems = problems(person, updated, sources, teams, stints, matches, incidents,
                records, honours, media);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        sources = List.copyOf(sources);
        teams = new Teams(teams);
        stints = List.copyOf(stints);
        matches = Checks.list(matches, "matches");
        incidents = Checks.list(incidents, "incidents");
        records = Checks.list(records, "records");
        honours = Checks.list(honours, "honours");
        media = Checks.list(media, "media");
    }

    /**
     * Every rule the parts break when put together — missing parts, duplicate ids, references that
     * do not resolve and, once those all hold, the {@linkplain DatasetRules rules between records} —
     * in the order the constructor checks them; the constructor throws the first. Tools that report
     * all problems at once call this directly. Each problem's {@link InvalidRecordException#field()}
     * is its path in the dataset, such as {@code stints[4]} or {@code matches[7].date}.
     */
    public static List<InvalidRecordException> problems(Person person, PartialDate updated, List<Source> sources,
            List<Team> teams, List<Stint> stints, List<Match> matches, List<Incident> incidents,
            List<JobRecord> records, List<Honour> honours, List<MediaRole> media) {
        // Plain calls rather than lambdas: each lambda is linked at its first run, and this runs at every start.
        Problems problems = new Problems();
        problems.required(person, "person");
        problems.required(updated, "updated");
        boolean listsOk = problems.list(sources, "sources", true)
                & problems.list(teams, "teams", true)
                & problems.list(stints, "stints", true)
                & problems.list(matches, "matches", false)
                & problems.list(incidents, "incidents", false)
                & problems.list(records, "records", false)
                & problems.list(honours, "honours", false)
                & problems.list(media, "media", false);
        if (!listsOk) {
            return problems.all;
        }
        List<Match> allMatches = matches == null ? List.of() : matches;
        List<Incident> allIncidents = incidents == null ? List.of() : incidents;
        problems.unique(sources, "sources", "source id");
        problems.unique(teams, "teams", "team id");
        problems.unique(stints, "stints", "stint id");
        problems.unique(allMatches, "matches", "match id");
        problems.unique(allIncidents, "incidents", "incident id");
        List<JobRecord> allRecords = records == null ? List.of() : records;
        List<Honour> allHonours = honours == null ? List.of() : honours;
        List<MediaRole> allMedia = media == null ? List.of() : media;
        problems.unique(allRecords, "records", "record id");
        problems.unique(allHonours, "honours", "honour id");
        problems.unique(allMedia, "media", "media role id");

        Map<String, Team> teamsById = index(teams);
        Map<String, Source> sourcesById = index(sources);
        Map<String, Stint> stintsById = index(stints);
        // A field's path is built only when its reference fails: a large dataset has a million records.
        if (person != null) {
            for (int j = 0; j < person.sources().size(); j++) {
                resolve(problems.all, sourcesById, person.sources().get(j), "person.sources", j, "", "source");
            }
        }
        for (int i = 0; i < stints.size(); i++) {
            Stint s = stints.get(i);
            resolve(problems.all, teamsById, s.team(), "stints", i, ".team", "team");
            for (int j = 0; j < s.concurrent().size(); j++) {
                if (!stintsById.containsKey(s.concurrent().get(j))) {
                    resolve(problems.all, stintsById, s.concurrent().get(j), "stints", i, ".concurrent[" + j + "]", "stint");
                }
            }
            resolveCitations(problems.all, sourcesById, s, "stints", i);
        }
        for (int i = 0; i < allMatches.size(); i++) {
            Match m = allMatches.get(i);
            resolve(problems.all, teamsById, m.team(), "matches", i, ".team", "team");
            resolve(problems.all, teamsById, m.opponent(), "matches", i, ".opponent", "team");
            resolveCitations(problems.all, sourcesById, m, "matches", i);
        }
        for (int i = 0; i < allIncidents.size(); i++) {
            Incident n = allIncidents.get(i);
            if (n.team() != null) {
                resolve(problems.all, teamsById, n.team(), "incidents", i, ".team", "team");
            }
            resolveCitations(problems.all, sourcesById, n, "incidents", i);
        }
        for (int i = 0; i < allRecords.size(); i++) {
            JobRecord r = allRecords.get(i);
            resolve(problems.all, stintsById, r.stint(), "records", i, ".stint", "stint");
            resolveCitations(problems.all, sourcesById, r, "records", i);
        }
        for (int i = 0; i < allHonours.size(); i++) {
            Honour h = allHonours.get(i);
            if (h.team() != null) {
                resolve(problems.all, teamsById, h.team(), "honours", i, ".team", "team");
            }
            resolveCitations(problems.all, sourcesById, h, "honours", i);
        }
        for (int i = 0; i < allMedia.size(); i++) {
            MediaRole m = allMedia.get(i);
            for (int j = 0; j < m.concurrent().size(); j++) {
                resolve(problems.all, stintsById, m.concurrent().get(j), "media", i, ".concurrent[" + j + "]", "stint");
            }
            resolveCitations(problems.all, sourcesById, m, "media", i);
        }
        if (problems.all.isEmpty()) {
            // Only between sound records: these rules look up teams and compare dates.
            DatasetRules.names(teams, problems.all);
            DatasetRules.check(teamsById, stints, allMatches, allIncidents, problems.all);
            DatasetRules.beyondJobs(stintsById, allRecords, allHonours, allMedia, stints, problems.all);
        }
        return problems.all;
    }

    /** The problems found so far, and the checks that add to them. */
    private static final class Problems {
        final List<InvalidRecordException> all = new ArrayList<>();

        void required(Object value, String field) {
            try {
                Checks.required(value, field);
            } catch (InvalidRecordException e) {
                all.add(e);
            }
        }

        /** Whether {@code values} is a valid list (with at least one entry when {@code needed}). */
        boolean list(List<?> values, String field, boolean needed) {
            try {
                if (needed) {
                    Checks.nonEmpty(values, field);
                } else {
                    Checks.list(values, field);
                }
                return true;
            } catch (InvalidRecordException e) {
                all.add(e);
                return false;
            }
        }

        void unique(List<? extends Identified> values, String field, String what) {
            try {
                Checks.unique(values, field, what);
            } catch (InvalidRecordException e) {
                all.add(e);
            }
        }
    }

    public Optional<Team> team(String id) {
        return Optional.ofNullable(((Teams) teams).byId.get(id));
    }

    /** The team with this id; the constructor guarantees that every referenced id exists. */
    public Team teamOf(String id) {
        Optional<Team> team = team(id);
        if (team.isEmpty()) {
            throw new IllegalArgumentException("unknown team " + id);
        }
        return team.get();
    }

    /**
     * The teams, unmodifiable, with an index by id: listings look a team up for every row, and a
     * dataset may hold 100,000 teams. As a list it is equal to any list of the same teams.
     */
    private static final class Teams extends java.util.AbstractList<Team> implements java.util.RandomAccess {
        private final Team[] teams;
        private final Map<String, Team> byId;

        Teams(List<Team> teams) {
            this.teams = teams.toArray(new Team[0]);
            this.byId = new HashMap<>(this.teams.length * 2);
            for (Team t : this.teams) {
                byId.putIfAbsent(Objects.requireNonNull(t).id(), t);
            }
        }

        @Override
        public Team get(int index) {
            return teams[index];
        }

        @Override
        public int size() {
            return teams.length;
        }
    }

    private static <T extends Identified> Map<String, T> index(List<T> values) {
        Map<String, T> map = new HashMap<>();
        for (T v : values) {
            map.put(v.id(), v);
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
