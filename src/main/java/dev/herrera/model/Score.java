package dev.herrera.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A result from Herrera's side: the score of a single match, or the aggregate of a tie with its
 * {@code legs}; {@code penalties} where a shoot-out decided it.
 */
public record Score(@JsonProperty(value = "for", required = true) int goalsFor,
        @JsonProperty(required = true) int against, List<Leg> legs, Penalties penalties) {
    public Score {
        if (goalsFor < 0 || against < 0) {
            throw new InvalidRecordException("", "goals cannot be negative");
        }
        legs = Checks.list(legs, "legs");
        if (!legs.isEmpty()) {
            int f = 0;
            int a = 0;
            for (Leg leg : legs) {
                f += leg.goalsFor();
                a += leg.against();
            }
            if (f != goalsFor || a != against) {
                throw new InvalidRecordException("legs",
                        "the legs add up to " + f + "-" + a + ", not the aggregate " + goalsFor + "-" + against);
            }
        }
        if (penalties != null && goalsFor != against) {
            throw new InvalidRecordException("penalties", "penalties are given but the score is not level");
        }
    }

    /** The outcome the score itself decides, or null when it is level without a shoot-out. */
    public Outcome decided() {
        if (penalties != null) {
            return penalties.goalsFor() > penalties.against() ? Outcome.WON : Outcome.LOST;
        }
        return goalsFor > against ? Outcome.WON : goalsFor < against ? Outcome.LOST : null;
    }
}
