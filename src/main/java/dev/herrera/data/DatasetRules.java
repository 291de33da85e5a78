package dev.herrera.data;

import dev.herrera.model.Career;
import dev.herrera.model.Incident;
import dev.herrera.model.Match;
import dev.herrera.model.PartialDate;
import dev.herrera.model.Stint;
import dev.herrera.model.TeamKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Rules that hold between records rather than inside one: the lists run in chronological order; two
 * club stints never overlap, and other stints overlap only where one names the other as
 * {@code concurrent}; every match falls inside a stint of its team, and so does every incident that
 * names a team (an incident without a team is one from outside any job).
 */
public final class DatasetRules {
    private DatasetRules() {
    }

    /** One broken rule, at a relative JSON path such as {@code stints[4]}. */
    public record Problem(String path, String message) {
    }

    public static List<Problem> check(Career career) {
        List<Problem> problems = new ArrayList<>();
        chronological(career.stints(), Stint::start, "stints", problems);
        chronological(career.matches(), m -> m.date(), "matches", problems);
        chronological(career.incidents(), i -> i.date(), "incidents", problems);
        List<Stint> stints = career.stints();
        for (int i = 0; i < stints.size(); i++) {
            for (int j = i + 1; j < stints.size(); j++) {
                Stint a = stints.get(i);
                Stint b = stints.get(j);
                if (!a.overlaps(b)) {
                    continue;
                }
                if (isClub(career, a) && isClub(career, b)) {
                    problems.add(new Problem("stints[" + j + "]", "club stint \"" + b.id() + "\" overlaps club stint \""
                            + a.id() + "\"; he cannot have managed two clubs at once"));
                } else if (!a.concurrent().contains(b.id()) && !b.concurrent().contains(a.id())) {
                    problems.add(new Problem("stints[" + j + "]", "stint \"" + b.id() + "\" overlaps \"" + a.id()
                            + "\"; if both jobs were held at once, list one in the other's \"concurrent\""));
                }
            }
        }
        Map<String, List<Stint>> byTeam = new HashMap<>();
        for (Stint s : stints) {
            byTeam.computeIfAbsent(s.team(), t -> new ArrayList<>()).add(s);
        }
        for (int i = 0; i < career.matches().size(); i++) {
            Match m = career.matches().get(i);
            if (!inStintOf(byTeam, m.team(), m.date())) {
                problems.add(new Problem("matches[" + i + "].date", "match \"" + m.id() + "\" on " + m.date()
                        + " falls outside every stint of team \"" + m.team() + "\""));
            }
        }
        for (int i = 0; i < career.incidents().size(); i++) {
            Incident n = career.incidents().get(i);
            if (n.team() != null && !inStintOf(byTeam, n.team(), n.date())) {
                problems.add(new Problem("incidents[" + i + "].date", "incident \"" + n.id() + "\" on " + n.date()
                        + " falls outside every stint of team \"" + n.team() + "\"; leave \"team\" out for an incident"
                        + " that happened outside any job"));
            }
        }
        return problems;
    }

    private static boolean isClub(Career career, Stint s) {
        return career.teamOf(s.team()).kind() == TeamKind.CLUB;
    }

    private static boolean inStintOf(Map<String, List<Stint>> stintsByTeam, String team, PartialDate date) {
        for (Stint s : stintsByTeam.getOrDefault(team, List.of())) {
            if (s.covers(date)) {
                return true;
            }
        }
        return false;
    }

    private static <T> void chronological(List<T> records, Function<T, PartialDate> date, String field,
            List<Problem> problems) {
        for (int i = 1; i < records.size(); i++) {
            PartialDate before = date.apply(records.get(i - 1));
            PartialDate here = date.apply(records.get(i));
            if (here.isSurelyBefore(before)) {
                problems.add(new Problem(field + "[" + i + "]",
                        "out of chronological order: " + here + " comes after " + before));
            }
        }
    }
}
