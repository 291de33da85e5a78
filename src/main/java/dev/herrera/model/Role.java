package dev.herrera.model;

/** The job he held in a stint. */
public enum Role implements Label {
    HEAD_COACH, INTERIM;
}
