package dev.herrera.model;

/** How a stint ended. */
public enum Departure implements Label {
    RESIGNED,
    SACKED,
    NOT_RENEWED,
    MUTUAL_CONSENT,
    PARTED_WAYS,
    CONTRACT_ENDED,
    LEFT_FOR_ANOTHER_JOB,
    INTERIM_ENDED,
    MADE_PERMANENT,
    UNKNOWN;
}
