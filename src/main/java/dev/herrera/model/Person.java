package dev.herrera.model;

import java.util.List;

/** The manager the dataset is about. */
public record Person(String name, String fullName, String nickname, PartialDate born, List<String> sources) {
    public Person {
        Checks.text(name, "name");
        Checks.optionalText(fullName, "fullName");
        Checks.optionalText(nickname, "nickname");
        sources = Checks.nonEmpty(sources, "sources");
    }
}
