package dev.herrera.model;

/** What a source document is. */
public enum SourceKind implements Label {
    MACHINE_TRANSLATION,
    ENCYCLOPEDIA,
    NEWS,
    STATISTICS,
    OFFICIAL;
}
