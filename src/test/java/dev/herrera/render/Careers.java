package dev.herrera.render;

import dev.herrera.data.CareerLoader;
import dev.herrera.model.Career;
import dev.herrera.model.Stint;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled career, and the same career as it would read while his last job (Costa Rica, from
 * 2025-01-07) still goes on: for the listings' "present", "ongoing" and tenure-so-far text, which the
 * bundled data, where every job has ended, never shows.
 */
final class Careers {
    static final Career BUNDLED = new CareerLoader().loadBundled();

    private Careers() {
    }

    /** {@code s} with no end yet. */
    static Stint ongoing(Stint s) {
        return new Stint(s.id(), s.team(), s.role(), s.start(), null, null, s.predecessor(), null, s.note(),
                s.concurrent(), s.sources(), s.notes());
    }

    /** The stint with this id in the bundled career. */
    static Stint stint(String id) {
        return BUNDLED.stints().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * The bundled career with the Costa Rica job still going on. His media work, which began after
     * that job ended, is left out: it would overlap the job.
     */
    static Career stillInCharge() {
        List<Stint> stints = new ArrayList<>(BUNDLED.stints());
        stints.set(stints.size() - 1, ongoing(stints.get(stints.size() - 1)));
        return withoutMedia(stints);
    }

    /** The bundled career without his media work. */
    static Career withoutMedia() {
        return withoutMedia(BUNDLED.stints());
    }

    private static Career withoutMedia(List<Stint> stints) {
        return new Career(BUNDLED.person(), BUNDLED.updated(), BUNDLED.sources(), BUNDLED.teams(), stints,
                BUNDLED.matches(), BUNDLED.incidents(), BUNDLED.records(), BUNDLED.honours(), List.of());
    }
}
