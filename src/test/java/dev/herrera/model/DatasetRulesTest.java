package dev.herrera.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The rules between records hold for every {@link Career}, and the quick checks agree with the plain ones. */
class DatasetRulesTest {
    private static final Source S1 = new Source("s1", "One", "en", SourceKind.NEWS, null, null, null, null);
    private static final Person PERSON = new Person("Test", null, null, null, List.of("s1"));
    private static final List<Team> TEAMS = List.of(
            new Team("alpha", "Alpha", TeamKind.CLUB, "Mexico", null),
            new Team("beta", "Beta", TeamKind.CLUB, "Mexico", null),
            new Team("nation", "Nation", TeamKind.NATIONAL, "Mexico", null));

    private static Stint stint(String id, String team, String start, String end, String... concurrent) {
        return new Stint(id, team, Role.HEAD_COACH, PartialDate.parse(start), end == null ? null : PartialDate.parse(end),
                end == null ? null : Departure.SACKED, null, null, null, List.of(concurrent), List.of("s1"), null);
    }

    private static Match match(String id, String date, String team) {
        return TestRecords.match(id, PartialDate.parse(date), team, "League", "2001", Stage.LEAGUE, "beta",
                new Score(1, 0, null, null), Outcome.WON, List.of("s1"));
    }

    private static List<String> problems(List<Stint> stints, List<Match> matches) {
        List<String> found = new ArrayList<>();
        for (InvalidRecordException e : Career.problems(PERSON, PartialDate.parse("2025"), List.of(S1), TEAMS, stints,
                matches, null, null, null, null)) {
            found.add(e.field() + ": " + e.getMessage());
        }
        return found;
    }

    @Test
    void aCareerBuiltInCodeKeepsTheRulesBetweenRecords() {
        List<Stint> overlapping = List.of(stint("a", "alpha", "2001", "2003"), stint("b", "beta", "2002", null));
        InvalidRecordException e = assertThrows(InvalidRecordException.class,
                () -> new Career(PERSON, PartialDate.parse("2025"), List.of(S1), TEAMS, overlapping, null, null, null, null, null));
        assertEquals("stints[1]", e.field());
        assertEquals("club stint \"b\" overlaps club stint \"a\"; he cannot have managed two clubs at once",
                e.getMessage());
    }

    @Test
    void everyRuleIsReportedInItsOrder() {
        List<Stint> stints = List.of(stint("a", "alpha", "2005", "2006"), stint("b", "nation", "2001", null),
                stint("c", "beta", "2005-06", null));
        assertEquals(List.of(
                "stints[1]: out of chronological order: 2001 comes after 2005",
                "stints[1]: stint \"b\" overlaps \"a\"; if both jobs were held at once, list one in the other's"
                        + " \"concurrent\"",
                "stints[2]: club stint \"c\" overlaps club stint \"a\"; he cannot have managed two clubs at once",
                "stints[2]: stint \"c\" overlaps \"b\"; if both jobs were held at once, list one in the other's"
                        + " \"concurrent\"",
                "matches[0].date: match \"m\" on 2004-03-01 falls outside every stint of team \"alpha\""),
                problems(stints, List.of(match("m", "2004-03-01", "alpha"))));
    }

    @Test
    void theRulesBetweenRecordsWaitForSoundReferences() {
        List<Stint> stints = List.of(stint("a", "ghost", "2005", "2006"), stint("b", "alpha", "2001", null));
        assertEquals(List.of("stints[0].team: unknown team \"ghost\""), problems(stints, List.of()));
    }

    /**
     * Random stints of every kind of date (years, months, days; ongoing; ending in their start's
     * year or month), some declared concurrent: the sweep and the binary search find what comparing
     * every pair and scanning every stint find, in the same order.
     */
    @Test
    void theQuickChecksAgreeWithThePlainOnes() {
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(14);
            List<Stint> stints = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String start = date(random, 2000 + random.nextInt(6));
                PartialDate s = PartialDate.parse(start);
                String end = null;
                if (random.nextInt(4) != 0) {
                    PartialDate e;
                    do {
                        e = PartialDate.parse(date(random, s.year() + random.nextInt(3)));
                    } while (e.isSurelyBefore(s));
                    end = e.toString();
                }
                List<String> concurrent = new ArrayList<>();
                if (i > 0 && random.nextInt(3) == 0) {
                    concurrent.add("s" + random.nextInt(i));
                }
                stints.add(stint("s" + i, TEAMS.get(random.nextInt(TEAMS.size())).id(), start, end,
                        concurrent.toArray(new String[0])));
            }
            stints.sort((a, b) -> a.start().compareTo(b.start()));
            List<Match> matches = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                matches.add(match("m" + i, date(random, 2000 + random.nextInt(9)), TEAMS.get(random.nextInt(2)).id()));
            }
            matches.sort((a, b) -> a.date().compareTo(b.date()));
            assertEquals(plain(stints, matches), problems(stints, matches), stints.toString());
        }
    }

    private static String date(SplittableRandom random, int year) {
        return switch (random.nextInt(3)) {
            case 0 -> Integer.toString(year);
            case 1 -> year + "-0" + (1 + random.nextInt(9));
            default -> year + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
        };
    }

    /** The rules as they were first written: every pair of stints compared, every stint of a team scanned. */
    private static List<String> plain(List<Stint> stints, List<Match> matches) {
        List<String> found = new ArrayList<>();
        for (int i = 1; i < stints.size(); i++) {
            PartialDate before = stints.get(i - 1).start();
            PartialDate here = stints.get(i).start();
            if (here.isSurelyBefore(before)) {
                found.add("stints[" + i + "]: out of chronological order: " + here + " comes after " + before);
            }
        }
        for (int i = 1; i < matches.size(); i++) {
            PartialDate before = matches.get(i - 1).date();
            PartialDate here = matches.get(i).date();
            if (here.isSurelyBefore(before)) {
                found.add("matches[" + i + "]: out of chronological order: " + here + " comes after " + before);
            }
        }
        for (int i = 0; i < stints.size(); i++) {
            for (int j = i + 1; j < stints.size(); j++) {
                Stint a = stints.get(i);
                Stint b = stints.get(j);
                if (!a.overlaps(b)) {
                    continue;
                }
                if (club(a) && club(b)) {
                    found.add("stints[" + j + "]: club stint \"" + b.id() + "\" overlaps club stint \"" + a.id()
                            + "\"; he cannot have managed two clubs at once");
                } else if (!a.concurrent().contains(b.id()) && !b.concurrent().contains(a.id())) {
                    found.add("stints[" + j + "]: stint \"" + b.id() + "\" overlaps \"" + a.id()
                            + "\"; if both jobs were held at once, list one in the other's \"concurrent\"");
                }
            }
        }
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            boolean covered = false;
            for (Stint s : stints) {
                covered |= s.team().equals(m.team()) && s.covers(m.date());
            }
            if (!covered) {
                found.add("matches[" + i + "].date: match \"" + m.id() + "\" on " + m.date()
                        + " falls outside every stint of team \"" + m.team() + "\"");
            }
        }
        return found;
    }

    private static boolean club(Stint s) {
        return !s.team().equals("nation");
    }
}
