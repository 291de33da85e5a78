package dev.herrera.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a stint ended. */
public enum Departure implements Label {
    RESIGNED("resigned"),
    SACKED("sacked"),
    NOT_RENEWED("not-renewed"),
    MUTUAL_CONSENT("mutual-consent"),
    PARTED_WAYS("parted-ways"),
    CONTRACT_ENDED("contract-ended"),
    LEFT_FOR_ANOTHER_JOB("left-for-another-job"),
    INTERIM_ENDED("interim-ended"),
    MADE_PERMANENT("made-permanent"),
    UNKNOWN("unknown");

    private final String label;

    Departure(String label) {
        this.label = label;
    }

    @JsonValue
    @Override
    public String label() {
        return label;
    }
}
