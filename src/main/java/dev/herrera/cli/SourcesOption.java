package dev.herrera.cli;

import picocli.CommandLine.Option;

/** The --sources flag of the commands that list cited records. */
final class SourcesOption {
    @Option(names = "--sources", description = "Add a column with the ids of the sources behind each row (see 'herrera sources').")
    boolean show;
}
