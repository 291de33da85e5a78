package dev.herrera.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** A match or tie seen from Herrera's side; for a tie, won means his team went through. */
public enum Outcome implements Label {
    WON("won"), LOST("lost"), DRAWN("drawn");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    @JsonValue
    @Override
    public String label() {
        return label;
    }
}
