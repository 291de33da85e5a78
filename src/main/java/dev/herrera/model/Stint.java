package dev.herrera.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One managerial job. {@code end} is null while the job goes on, and then {@code ended} is null too.
 * {@code concurrent} names the other stints this one overlaps on purpose (e.g. a club job kept while
 * coaching a national team); any other overlap is an error in the data.
 */
public record Stint(
        String id,
        String team,
        Role role,
        PartialDate start,
        PartialDate end,
        Departure ended,
        String predecessor,
        String successor,
        String note,
        List<String> concurrent,
        List<String> sources,
        List<Note> notes) implements Cited, Span {
    public Stint {
        Checks.slug(id, "id");
        Checks.text(team, "team");
        Checks.required(role, "role");
        Checks.required(start, "start");
        if (end != null && end.isSurelyBefore(start)) {
            throw new InvalidRecordException("end", "end " + end + " is before start " + start);
        }
        if (end == null && ended != null) {
            throw new InvalidRecordException("ended", "\"ended\" is given but the stint has no end");
        }
        if (end != null && ended == null) {
            throw new InvalidRecordException("ended", "the stint has an end but no \"ended\" (how it ended)");
        }
        Checks.optionalText(predecessor, "predecessor");
        Checks.optionalText(successor, "successor");
        Checks.optionalText(note, "note");
        concurrent = Checks.list(concurrent, "concurrent");
        sources = Checks.nonEmpty(sources, "sources");
        notes = Checks.list(notes, "notes");
    }

    /** Whether the two stints share at least one day for certain. */
    public boolean overlaps(Stint other) {
        return start.lastDay().isBefore(other.endOrMax()) && other.start.lastDay().isBefore(endOrMax());
    }

    private LocalDate endOrMax() {
        return end == null ? LocalDate.MAX : end.firstDay();
    }
}
