package dev.herrera.model;

/** A match or tie seen from Herrera's side; for a tie, won means his team went through. */
public enum Outcome implements Label {
    WON, LOST, DRAWN;
}
