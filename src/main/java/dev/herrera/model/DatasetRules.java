package dev.herrera.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules that hold between records rather than inside one: the lists run in chronological order; two
 * club stints never overlap, and other stints overlap only where one names the other as
 * {@code concurrent}; every match falls inside a stint of its team, and so does every incident that
 * names a team (an incident without a team is one from outside any job).
 *
 * <p>{@link Career#problems} runs these once every id is unique and every reference resolves, so
 * every {@code Career}, however it was built, passes them. Each check is near-linear: a dataset of
 * 20,000 stints or 100,000 teams is checked in milliseconds. Plain loops, no lambdas: this runs at
 * every start.
 */
final class DatasetRules {
    /** Added to an epoch day (years 1800 to 2200 lie within ±2^17) so that it sorts as a positive number. */
    private static final long DAY_OFFSET = 1L << 30;
    /** The end of a stint that goes on: after every day. */
    private static final long NEVER = Long.MAX_VALUE;

    private DatasetRules() {
    }

    /**
     * Adds a problem for every team id, name or alias that another team also uses once both are in
     * one Unicode form (NFC) and one case: "Café" written with a precomposed é and with e and a
     * combining accent look the same and would answer {@code --team} for one another.
     */
    static void names(List<Team> teams, List<InvalidRecordException> problems) {
        Map<String, Integer> owner = new HashMap<>();
        Map<String, String> spelled = new HashMap<>();
        for (int i = 0; i < teams.size(); i++) {
            Team t = teams.get(i);
            List<String> names = new java.util.ArrayList<>();
            names.add(t.id());
            names.add(t.name());
            names.addAll(t.aliases());
            for (String n : names) {
                String key = comparable(n);
                Integer other = owner.putIfAbsent(key, i);
                if (other != null && other != i) {
                    problems.add(new InvalidRecordException("teams[" + i + "]", "team \"" + t.id() + "\" is also called \""
                            + n + "\", which is team \"" + teams.get(other).id() + "\"'s \"" + spelled.get(key)
                            + "\" written another way (the same in Unicode NFC, ignoring case); a name must name one team"));
                } else {
                    spelled.putIfAbsent(key, n);
                }
            }
        }
    }

    /** The name in NFC and lower case; text below U+0300 is already NFC, so it skips the normaliser. */
    private static String comparable(String name) {
        boolean simple = true;
        for (int i = 0; i < name.length() && simple; i++) {
            simple = name.charAt(i) < 0x300;
        }
        String nfc = simple ? name : java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC);
        return nfc.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The rules of what lies beyond the jobs themselves: a job's record counts from the job's start
     * (its date is not before it) and has one figure per scope; honours and media roles run in order;
     * a media role overlaps a job only where it names the job as {@code concurrent}.
     */
    static void beyondJobs(Map<String, Stint> stintsById, List<JobRecord> records, List<Honour> honours,
            List<MediaRole> media, List<Stint> stints, List<InvalidRecordException> problems) {
        Map<String, String> scopes = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            JobRecord r = records.get(i);
            Stint s = stintsById.get(r.stint());
            if (r.asOf().isSurelyBefore(s.start())) {
                problems.add(new InvalidRecordException("records[" + i + "].asOf", "record \"" + r.id() + "\" is as of "
                        + r.asOf() + ", before stint \"" + s.id() + "\" began (" + s.start() + ")"));
            }
            String other = scopes.putIfAbsent(r.stint() + " " + r.scope().label(), r.id());
            if (other != null) {
                problems.add(new InvalidRecordException("records[" + i + "]", "record \"" + r.id() + "\" is a second "
                        + r.scope().label() + " record of stint \"" + r.stint() + "\" after \"" + other
                        + "\"; record what other sources say in its notes"));
            }
        }
        for (int i = 1; i < honours.size(); i++) {
            inOrder(honours.get(i - 1).date(), honours.get(i).date(), "honours", i, problems);
        }
        for (int i = 1; i < media.size(); i++) {
            inOrder(media.get(i - 1).start(), media.get(i).start(), "media", i, problems);
        }
        for (int i = 0; i < media.size(); i++) {
            MediaRole m = media.get(i);
            for (Stint s : stints) {
                boolean overlap = m.start().lastDay().isBefore(s.end() == null ? java.time.LocalDate.MAX : s.end().firstDay())
                        && s.start().lastDay().isBefore(m.end() == null ? java.time.LocalDate.MAX : m.end().firstDay());
                if (overlap && !m.concurrent().contains(s.id())) {
                    problems.add(new InvalidRecordException("media[" + i + "]", "media role \"" + m.id() + "\" overlaps stint \""
                            + s.id() + "\"; if he held both at once, list the stint in the role's \"concurrent\""));
                }
            }
        }
    }

    /** Adds every broken rule to {@code problems}, in the order: order of lists, overlaps, matches, incidents. */
    static void check(Map<String, Team> teams, List<Stint> stints, List<Match> matches, List<Incident> incidents,
            List<InvalidRecordException> problems) {
        for (int i = 1; i < stints.size(); i++) {
            inOrder(stints.get(i - 1).start(), stints.get(i).start(), "stints", i, problems);
        }
        for (int i = 1; i < matches.size(); i++) {
            inOrder(matches.get(i - 1).date(), matches.get(i).date(), "matches", i, problems);
        }
        for (int i = 1; i < incidents.size(); i++) {
            inOrder(incidents.get(i - 1).date(), incidents.get(i).date(), "incidents", i, problems);
        }
        overlaps(teams, stints, problems);
        Map<String, Spans> byTeam = spansByTeam(stints);
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            if (!covered(byTeam, m.team(), m.date())) {
                problems.add(new InvalidRecordException("matches[" + i + "].date", "match \"" + m.id() + "\" on "
                        + m.date() + " falls outside every stint of team \"" + m.team() + "\""));
            }
        }
        for (int i = 0; i < incidents.size(); i++) {
            Incident n = incidents.get(i);
            if (n.team() != null && !covered(byTeam, n.team(), n.date())) {
                problems.add(new InvalidRecordException("incidents[" + i + "].date", "incident \"" + n.id() + "\" on "
                        + n.date() + " falls outside every stint of team \"" + n.team() + "\"; leave \"team\" out for"
                        + " an incident that happened outside any job"));
            }
        }
    }

    private static void inOrder(PartialDate before, PartialDate here, String field, int i,
            List<InvalidRecordException> problems) {
        if (here.isSurelyBefore(before)) {
            problems.add(new InvalidRecordException(field + "[" + i + "]",
                    "out of chronological order: " + here + " comes after " + before));
        }
    }

    /**
     * Stints that overlap ({@link Stint#overlaps}) without leave, found by a sweep in order of start
     * rather than by comparing every pair. Two stints overlap when each one's {@code from} (the last
     * day of its start) is before the other's {@code to} (the first day of its end). The sweep keeps
     * the stints begun so far whose {@code to} is after the current {@code from}: each of them is an
     * overlap, but for a stint whose {@code to} is not after its own {@code from} (a start of
     * {@code 2007} and an end of {@code 2007-06}), which is tested one by one and which no later stint
     * can overlap. The kept stints all overlap one another, so the work is the number of stints (times
     * log, to sort them) plus the number of overlapping pairs. The pairs are then reported in the order
     * the pairwise check found them, by the earlier stint's index, then the later's, so the problems
     * and their order are the same as comparing every pair would give.
     */
    private static void overlaps(Map<String, Team> teams, List<Stint> stints, List<InvalidRecordException> problems) {
        int n = stints.size();
        long[] from = new long[n];
        long[] to = new long[n];
        long[] byFrom = new long[n];
        for (int i = 0; i < n; i++) {
            Stint s = stints.get(i);
            from[i] = s.start().lastDay().toEpochDay();
            to[i] = s.end() == null ? NEVER : s.end().firstDay().toEpochDay();
            byFrom[i] = (from[i] + DAY_OFFSET) << 32 | i;
        }
        Arrays.sort(byFrom);
        int[] open = new int[n];
        int opened = 0;
        long[] unexplained = new long[4];
        int found = 0;
        for (long key : byFrom) {
            int j = (int) key;
            int kept = 0;
            for (int k = 0; k < opened; k++) {
                int i = open[k];
                if (to[i] <= from[j]) {
                    continue; // over before this one starts, and before any later one does
                }
                open[kept++] = i;
                if (from[i] < to[j] && !allowed(teams, stints.get(i), stints.get(j))) {
                    if (found == unexplained.length) {
                        unexplained = Arrays.copyOf(unexplained, found * 2);
                    }
                    unexplained[found++] = (long) Math.min(i, j) << 32 | Math.max(i, j);
                }
            }
            opened = kept;
            if (from[j] < to[j]) {
                open[opened++] = j;
            }
        }
        Arrays.sort(unexplained, 0, found);
        for (int k = 0; k < found; k++) {
            int j = (int) unexplained[k];
            Stint a = stints.get((int) (unexplained[k] >>> 32));
            Stint b = stints.get(j);
            if (isClub(teams, a) && isClub(teams, b)) {
                problems.add(new InvalidRecordException("stints[" + j + "]", "club stint \"" + b.id()
                        + "\" overlaps club stint \"" + a.id() + "\"; he cannot have managed two clubs at once"));
            } else {
                problems.add(new InvalidRecordException("stints[" + j + "]", "stint \"" + b.id() + "\" overlaps \""
                        + a.id() + "\"; if both jobs were held at once, list one in the other's \"concurrent\""));
            }
        }
    }

    /** Whether two overlapping stints may overlap: not two clubs, and one names the other as concurrent. */
    private static boolean allowed(Map<String, Team> teams, Stint a, Stint b) {
        return !(isClub(teams, a) && isClub(teams, b))
                && (a.concurrent().contains(b.id()) || b.concurrent().contains(a.id()));
    }

    private static boolean isClub(Map<String, Team> teams, Stint s) {
        return teams.get(s.team()).kind() == TeamKind.CLUB;
    }

    private static Map<String, Spans> spansByTeam(List<Stint> stints) {
        Map<String, Spans> byTeam = new HashMap<>();
        for (int i = 0; i < stints.size(); i++) {
            Stint s = stints.get(i);
            Spans spans = byTeam.get(s.team());
            if (spans == null) {
                spans = new Spans();
                byTeam.put(s.team(), spans);
            }
            spans.add(s);
        }
        return byTeam;
    }

    /** Whether a stint of {@code team} {@linkplain Stint#covers covers} {@code date}. */
    private static boolean covered(Map<String, Spans> byTeam, String team, PartialDate date) {
        Spans spans = byTeam.get(team);
        return spans != null && spans.cover(date);
    }

    /**
     * One team's stints, as spans of days from the first day of the start to the last day of the end,
     * sorted by start, with the latest end so far: a date is covered when some stint starting no later
     * than the date's last day ends no earlier than its first day, found by one binary search.
     */
    private static final class Spans {
        /** Start day, plus {@link #DAY_OFFSET}, in the upper half; end day, plus the same, in the lower. */
        private long[] spans = new long[1];
        private int size;
        /** The latest end among the first {@code i + 1} spans, once sorted; null until then. */
        private long[] latestEnd;

        void add(Stint s) {
            long start = s.start().firstDay().toEpochDay() + DAY_OFFSET;
            // An ongoing stint ends at the largest day that fits, after every date.
            long end = s.end() == null ? 0xFFFF_FFFFL : s.end().lastDay().toEpochDay() + DAY_OFFSET;
            if (size == spans.length) {
                spans = Arrays.copyOf(spans, size * 2);
            }
            spans[size++] = start << 32 | end;
        }

        boolean cover(PartialDate date) {
            if (latestEnd == null) {
                Arrays.sort(spans, 0, size);
                latestEnd = new long[size];
                long latest = 0;
                for (int i = 0; i < size; i++) {
                    latest = Math.max(latest, spans[i] & 0xFFFF_FFFFL);
                    latestEnd[i] = latest;
                }
            }
            long last = date.lastDay().toEpochDay() + DAY_OFFSET;
            long first = date.firstDay().toEpochDay() + DAY_OFFSET;
            // The number of spans that start no later than the date's last day.
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if ((spans[mid] >>> 32) <= last) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo > 0 && latestEnd[lo - 1] >= first;
        }
    }
}
