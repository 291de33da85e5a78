package dev.herrera.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The stage of a competition a match belongs to. */
public enum Stage implements Label {
    FINAL("final"),
    SEMI_FINAL("semi-final"),
    QUARTER_FINAL("quarter-final"),
    ROUND_OF_16("round-of-16"),
    PLAY_OFF("play-off"),
    GROUP("group"),
    LEAGUE("league"),
    CUP("cup"),
    FRIENDLY("friendly");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    @JsonValue
    @Override
    public String label() {
        return label;
    }
}
