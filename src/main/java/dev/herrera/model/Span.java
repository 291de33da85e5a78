package dev.herrera.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Something held over a span of time: a job, a media role. {@code end} is null while it goes on. */
public interface Span {
    PartialDate start();

    PartialDate end();

    @JsonIgnore
    default boolean isOngoing() {
        return end() == null;
    }

    /** Whether it was (or may have been) held on some day of {@code date}'s span. */
    default boolean covers(PartialDate date) {
        return !date.isSurelyBefore(start()) && (end() == null || !end().isSurelyBefore(date));
    }
}
