package dev.herrera.cli;

import dev.herrera.model.PartialDate;
import dev.herrera.query.Window;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --year}, or {@code --from}/{@code --to}: the span of time a listing is narrowed to. A record
 * is kept when its own span (a stint's whole tenure, a match's or incident's date) overlaps it.
 */
final class WindowOptions {
    @Spec(Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    static final class Choice {
        @Option(names = "--year", paramLabel = "YYYY", required = true,
                description = "Only what falls in this calendar year.")
        Integer year;

        @ArgGroup(exclusive = false)
        Range range;
    }

    static final class Range {
        @Option(names = "--from", paramLabel = "DATE",
                description = "Only what falls on or after this date (YYYY, YYYY-MM or YYYY-MM-DD; from its first day).")
        PartialDate from;

        @Option(names = "--to", paramLabel = "DATE",
                description = "Only what falls on or before this date (to its last day: --to 2013 takes in all of 2013).")
        PartialDate to;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Choice choice;

    /** The window the options describe; a usage error (exit 2) when it makes no sense. */
    Window window() {
        if (choice == null) {
            return Window.ALL;
        }
        try {
            if (choice.year != null) {
                return Window.year(choice.year);
            }
            return choice.range == null ? Window.ALL : new Window(choice.range.from, choice.range.to);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "Invalid window: " + e.getMessage());
        }
    }
}
