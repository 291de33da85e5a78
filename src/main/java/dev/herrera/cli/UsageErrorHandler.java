package dev.herrera.cli;

import dev.herrera.render.Printable;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * A bad command line: picocli's message, its "did you mean" suggestions, and a hint where to look,
 * then the usage exit code (2). The message echoes what was typed, so it is escaped like data. With
 * {@code --debug} anywhere before {@code --}, the parser's stack trace comes first, as for any other
 * failure (it rarely helps: the message already says what was wrong).
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        if (debugRequested(args)) {
            FailureHandler.printStackTrace(ex, err);
        }
        err.println("herrera: " + Printable.escape(ex.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCode.USAGE.code();
    }

    /** Whether --debug was given: the parse failed, so the option may not have been bound. */
    private static boolean debugRequested(String[] args) {
        for (String a : args) {
            if (a.equals("--")) {
                return false;
            }
            if (a.equals("--debug")) {
                return true;
            }
        }
        return false;
    }
}
