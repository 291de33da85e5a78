package dev.herrera.model;

/** The stage of a competition a match belongs to. */
public enum Stage implements Label {
    FINAL,
    SEMI_FINAL,
    QUARTER_FINAL,
    ROUND_OF_16,
    PLAY_OFF,
    GROUP,
    LEAGUE,
    CUP,
    FRIENDLY;
}
