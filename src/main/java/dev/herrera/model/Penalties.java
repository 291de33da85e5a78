package dev.herrera.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A penalty shoot-out, from Herrera's side. */
public record Penalties(@JsonProperty(value = "for", required = true) int goalsFor,
        @JsonProperty(required = true) int against) {
    public Penalties {
        if (goalsFor < 0 || against < 0) {
            throw new InvalidRecordException("", "penalties cannot be negative");
        }
        if (goalsFor == against) {
            throw new InvalidRecordException("", "a shoot-out cannot end level");
        }
    }
}
