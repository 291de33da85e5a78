package dev.herrera.query;

import dev.herrera.model.Career;
import dev.herrera.model.Team;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Finds a team by id, name or alias, ignoring case and accents. */
public final class TeamFinder {
    private static final int MAX_SUGGESTIONS = 3;

    private TeamFinder() {
    }

    /** The team the name stands for; an {@link UnknownNameException} with suggestions if none. */
    public static Team find(Career career, String name) {
        String key = Names.fold(name);
        for (Team t : career.teams()) {
            for (String n : names(t)) {
                if (Names.fold(n).equals(key)) {
                    return t;
                }
            }
        }
        throw new UnknownNameException(name, suggest(career, key));
    }

    private static List<String> names(Team t) {
        List<String> names = new ArrayList<>();
        names.add(t.id());
        names.add(t.name());
        names.addAll(t.aliases());
        return names;
    }

    private static List<String> suggest(Career career, String key) {
        // Closest first, ties by name.
        record Candidate(String name, int distance) implements Comparable<Candidate> {
            @Override
            public int compareTo(Candidate o) {
                int c = Integer.compare(distance, o.distance);
                return c != 0 ? c : name.compareTo(o.name);
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Team t : career.teams()) {
            int best = Integer.MAX_VALUE;
            for (String n : names(t)) {
                String folded = Names.fold(n);
                int d = folded.contains(key) || key.contains(folded) ? 1 : distance(folded, key);
                best = Math.min(best, d);
            }
            if (best <= Math.max(2, key.length() / 3)) {
                candidates.add(new Candidate(t.name(), best));
            }
        }
        Collections.sort(candidates);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_SUGGESTIONS, candidates.size()); i++) {
            names.add(candidates.get(i).name());
        }
        return List.copyOf(names);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
