package dev.herrera.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The job he held in a stint. */
public enum Role implements Label {
    HEAD_COACH("head-coach"), INTERIM("interim");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    @JsonValue
    @Override
    public String label() {
        return label;
    }
}
