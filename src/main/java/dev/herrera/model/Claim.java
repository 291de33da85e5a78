package dev.herrera.model;

/** What one source says about a disputed fact. */
public record Claim(String source, String says) {
    public Claim {
        Checks.text(source, "source");
        Checks.text(says, "says");
    }
}
