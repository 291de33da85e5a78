package dev.herrera.cli;

import dev.herrera.model.PartialDate;
import dev.herrera.query.Window;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --year}, or {@code --from}/{@code --to}: the span of time a listing is narrowed to. A record
 * is kept when its own span (a stint's whole tenure, a match's or incident's date) overlaps it.
 * The conflict between {@code --year} and the others is checked here rather than with an argument
 * group, so that the message reads the same whichever option comes first.
 */
final class WindowOptions {
    @Spec(Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    @Option(names = "--year", paramLabel = "YYYY",
            description = "Only what falls in this calendar year. Not with --from or --to.")
    Integer year;

    @Option(names = "--from", paramLabel = "DATE",
            description = "Only what falls on or after this date (YYYY, YYYY-MM or YYYY-MM-DD; from its first day).")
    PartialDate from;

    @Option(names = "--to", paramLabel = "DATE",
            description = "Only what falls on or before this date (to its last day: --to 2013 takes in all of 2013).")
    PartialDate to;

    /** The window the options describe; a usage error (exit 2) when it makes no sense. */
    Window window() {
        if (year != null && (from != null || to != null)) {
            throw new CommandLine.ParameterException(mixee.commandLine(),
                    "--year and --" + (from != null ? "from" : "to")
                            + " are mutually exclusive (give a year, or a range with --from and --to)");
        }
        try {
            return year != null ? Window.year(year) : new Window(from, to);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(mixee.commandLine(), year != null
                    ? "--year " + year + " is out of range: give a year from 1800 to 2200"
                    : e.getMessage());
        }
    }
}
