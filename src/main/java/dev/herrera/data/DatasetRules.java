package dev.herrera.data;

import dev.herrera.model.Career;
import dev.herrera.model.PartialDate;
import dev.herrera.model.Stint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Rules that hold between records rather than inside one: the lists run in chronological order, and
 * two stints overlap only where one names the other as {@code concurrent}.
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
                if (a.overlaps(b) && !a.concurrent().contains(b.id()) && !b.concurrent().contains(a.id())) {
                    problems.add(new Problem("stints[" + j + "]", "stint \"" + b.id() + "\" overlaps \"" + a.id()
                            + "\"; if both jobs were held at once, list one in the other's \"concurrent\""));
                }
            }
        }
        return problems;
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
