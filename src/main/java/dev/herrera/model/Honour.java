package dev.herrera.model;

import java.util.List;

/**
 * An individual honour — an award, a place in a ranking, a nomination — as opposed to a title his
 * team won, which the finals already hold.
 */
public record Honour(
        String id,
        PartialDate date,
        String title,
        String awardedBy,
        String result,
        String team,
        String note,
        List<String> sources,
        List<Note> notes) implements Cited {
    public Honour {
        Checks.slug(id, "id");
        Checks.required(date, "date");
        Checks.text(title, "title");
        Checks.text(awardedBy, "awardedBy");
        Checks.text(result, "result");
        Checks.optionalText(team, "team");
        Checks.optionalText(note, "note");
        sources = Checks.nonEmpty(sources, "sources");
        notes = Checks.list(notes, "notes");
    }
}
