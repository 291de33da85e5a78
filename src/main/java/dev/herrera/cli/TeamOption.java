package dev.herrera.cli;

import picocli.CommandLine.Option;

/** {@code --team NAME}: the one team a listing is narrowed to, found by name, id or alias. */
final class TeamOption {
    @Option(names = "--team", paramLabel = "NAME", completionCandidates = TeamCandidates.class,
            description = "Only this team (name, id or alias; case and accents ignored).")
    String name;
}
