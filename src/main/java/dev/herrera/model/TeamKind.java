package dev.herrera.model;

import com.fasterxml.jackson.annotation.JsonValue;

public enum TeamKind implements Label {
    CLUB("club"), NATIONAL("national");

    private final String label;

    TeamKind(String label) {
        this.label = label;
    }

    @JsonValue
    @Override
    public String label() {
        return label;
    }
}
