package dev.herrera.model;

import java.util.List;

/** A controversy he was part of, with what followed from it. */
public record Incident(
        String id,
        PartialDate date,
        String title,
        String team,
        String place,
        List<String> people,
        String summary,
        String consequence,
        List<String> sources,
        List<Note> notes) implements Cited {
    public Incident {
        Checks.slug(id, "id");
        Checks.required(date, "date");
        Checks.text(title, "title");
        Checks.optionalText(team, "team");
        Checks.optionalText(place, "place");
        people = Checks.list(people, "people");
        Checks.text(summary, "summary");
        Checks.optionalText(consequence, "consequence");
        sources = Checks.nonEmpty(sources, "sources");
        notes = Checks.list(notes, "notes");
    }
}
