package dev.herrera.model;

import java.util.List;

/**
 * Work in the media between or after his jobs — a television analyst's seat, a pundit's panel.
 * {@code end} is null while it goes on. {@code concurrent} names the stints it overlaps on purpose;
 * any other overlap with a managerial job is an error in the data.
 */
public record MediaRole(
        String id,
        String employer,
        String role,
        PartialDate start,
        PartialDate end,
        String note,
        List<String> concurrent,
        List<String> sources,
        List<Note> notes) implements Cited, Span {
    public MediaRole {
        Checks.slug(id, "id");
        Checks.text(employer, "employer");
        Checks.text(role, "role");
        Checks.required(start, "start");
        if (end != null && end.isSurelyBefore(start)) {
            throw new InvalidRecordException("end", "end " + end + " is before start " + start);
        }
        Checks.optionalText(note, "note");
        concurrent = Checks.list(concurrent, "concurrent");
        sources = Checks.nonEmpty(sources, "sources");
        notes = Checks.list(notes, "notes");
    }
}
