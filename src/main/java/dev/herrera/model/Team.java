package dev.herrera.model;

import java.util.List;

/** A club or national team: one he managed, or one his teams played. */
public record Team(String id, String name, TeamKind kind, String country, List<String> aliases) implements Identified {
    public Team {
        Checks.slug(id, "id");
        Checks.text(name, "name");
        Checks.required(kind, "kind");
        Checks.text(country, "country");
        aliases = Checks.list(aliases, "aliases");
    }
}
