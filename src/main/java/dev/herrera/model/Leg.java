package dev.herrera.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One leg of a two-legged tie, goals from Herrera's side; {@code venue} is home, away or neutral. */
public record Leg(PartialDate date, @JsonProperty(value = "for", required = true) int goalsFor,
        @JsonProperty(required = true) int against, String venue) {
    public Leg {
        if (goalsFor < 0 || against < 0) {
            throw new InvalidRecordException("", "goals cannot be negative");
        }
        Venues.check(venue, "venue");
    }
}
