package dev.herrera.cli;

import dev.herrera.model.Outcome;
import picocli.CommandLine.Option;

/**
 * {@code --won} or {@code --lost}, one at most, as an argument group: {@code @ArgGroup(exclusive =
 * true, multiplicity = "0..1")}. A final always has a winner; matches add {@link WithDraws}.
 */
class ResultOptions {
    @Option(names = "--won", required = true, description = "Only ${COMMAND-NAME} he won.")
    boolean won;

    @Option(names = "--lost", required = true, description = "Only ${COMMAND-NAME} he lost.")
    boolean lost;

    /** The outcome asked for; the group is null when none was. */
    Outcome outcome() {
        return won ? Outcome.WON : lost ? Outcome.LOST : Outcome.DRAWN;
    }

    /** The results of a match, which may also end level. */
    static final class WithDraws extends ResultOptions {
        @Option(names = "--drawn", required = true, description = "Only ${COMMAND-NAME} that ended level.")
        boolean drawn;
    }

    /** The outcome of {@code options}, or null when the group was not given. */
    static Outcome of(ResultOptions options) {
        return options == null ? null : options.outcome();
    }
}
