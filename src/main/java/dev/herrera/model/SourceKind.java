package dev.herrera.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a source document is. */
public enum SourceKind implements Label {
    MACHINE_TRANSLATION("machine-translation"),
    ENCYCLOPEDIA("encyclopedia"),
    NEWS("news"),
    STATISTICS("statistics"),
    OFFICIAL("official");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    @JsonValue
    @Override
    public String label() {
        return label;
    }
}
