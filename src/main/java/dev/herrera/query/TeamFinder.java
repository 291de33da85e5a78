package dev.herrera.query;

import dev.herrera.model.Career;
import dev.herrera.model.Team;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Finds a team by id, name or alias, ignoring case and accents. A name that folds to more than one
 * team's is refused with their ids rather than answered for the first of them.
 */
public final class TeamFinder {
    private static final int MAX_SUGGESTIONS = 2;
    /**
     * Names longer than this, folded, get no suggestions: no team name is that long, and comparing a
     * huge argument with every name would take time for nothing.
     */
    static final int MAX_SUGGESTED_LENGTH = 100;

    private TeamFinder() {
    }

    /** The team the name stands for; an {@link UnknownNameException} with suggestions if none. */
    public static Team find(Career career, String name) {
        String key = Names.fold(name);
        Team found = null;
        List<String> ids = new ArrayList<>();
        for (Team t : career.teams()) {
            for (String n : names(t)) {
                if (Names.fold(n).equals(key)) {
                    if (found == null) {
                        found = t;
                    }
                    ids.add(t.id());
                    break;
                }
            }
        }
        if (ids.size() > 1) {
            // The id itself, typed exactly, still tells the teams apart.
            for (Team t : career.teams()) {
                if (t.id().equals(name)) {
                    return t;
                }
            }
            throw UnknownNameException.ambiguous(name, ids);
        }
        if (found == null) {
            throw new UnknownNameException(name, suggest(career, key));
        }
        return found;
    }

    private static List<String> names(Team t) {
        List<String> names = new ArrayList<>();
        names.add(t.id());
        names.add(t.name());
        names.addAll(t.aliases());
        return names;
    }

    private static List<String> suggest(Career career, String key) {
        if (key.isEmpty() || key.length() > MAX_SUGGESTED_LENGTH) {
            return List.of();
        }
        int limit = Math.max(2, key.length() / 3);
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
                if (!folded.isEmpty() && (folded.contains(key) || key.contains(folded))) {
                    best = Math.min(best, 1);
                } else if (Math.abs(folded.length() - key.length()) <= limit) {
                    // The distance is at least the difference in length: only closer names are compared.
                    best = Math.min(best, Names.distance(folded, key));
                }
            }
            if (best <= limit) {
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
}
