package dev.herrera.cli;

import dev.herrera.data.DataException;
import dev.herrera.query.UnknownNameException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * A failure inside a command: one line on stderr and the exit code that names the failure. The
 * stack trace is printed only with {@code --debug}.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
    /** Exit code for any failure that is neither bad usage nor bad data. */
    static final int SOFTWARE = 1;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (debug(cmd)) {
            ex.printStackTrace(err);
        }
        if (ex instanceof CommandLine.ParameterException p) {
            // A value only the command itself can check, e.g. a --width out of range.
            return new UsageErrorHandler().handleParseException(p, parsed.originalArgs().toArray(new String[0]));
        }
        int code;
        if (ex instanceof AtomicFile.WriteException w) {
            err.println("herrera: " + w.getMessage());
            code = AtomicFile.WriteException.CANNOT_CREATE;
        } else if (ex instanceof DataException d) {
            err.println("herrera: " + d.getMessage());
            code = d.exitCode();
        } else if (ex instanceof UnknownNameException u) {
            err.println("herrera: " + u.getMessage());
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            code = cmd.getCommandSpec().exitCodeOnInvalidInput();
        } else {
            err.println("herrera: internal error: " + ex + (debug(cmd) ? "" : " (run again with --debug for details)"));
            code = SOFTWARE;
        }
        err.flush();
        return code;
    }

    private static boolean debug(CommandLine cmd) {
        return cmd.getCommandSpec().root().userObject() instanceof HerreraCommand root && root.debug();
    }
}
