package dev.herrera.model;

/** An enum whose JSON form is a fixed lower-case label. */
public interface Label {
    String label();
}
