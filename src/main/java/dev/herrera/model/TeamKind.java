package dev.herrera.model;

public enum TeamKind implements Label {
    CLUB, NATIONAL;
}
