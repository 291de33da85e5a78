package dev.herrera.cli;

import dev.herrera.data.DataException;
import dev.herrera.query.UnknownNameException;
import dev.herrera.render.Printable;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * A failure inside a command: one line on stderr and the exit code that names the failure. The
 * stack trace is printed only with {@code --debug}. Messages can quote the data file or the command
 * line, so everything printed goes through {@link Printable} first: no control character reaches the
 * terminal, and a message stays one line.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
    /** Exit code for any failure that is neither bad usage nor bad data. */
    static final int SOFTWARE = 1;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (debug(cmd)) {
            printStackTrace(ex, err);
        }
        if (ex instanceof CommandLine.ParameterException p) {
            // A value only the command itself can check, e.g. a --width out of range.
            return new UsageErrorHandler().handleParseException(p, parsed.originalArgs().toArray(new String[0]));
        }
        int code;
        if (ex instanceof AtomicFile.WriteException w) {
            err.println("herrera: " + Printable.escape(w.getMessage()));
            code = AtomicFile.WriteException.CANNOT_CREATE;
        } else if (ex instanceof DataException d) {
            err.println("herrera: " + Printable.escape(d.getMessage()));
            code = d.exitCode();
        } else if (ex instanceof UnknownNameException u) {
            err.println("herrera: " + Printable.escape(u.getMessage()));
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            code = cmd.getCommandSpec().exitCodeOnInvalidInput();
        } else {
            err.println("herrera: internal error: " + Printable.escape(String.valueOf(ex))
                    + (debug(cmd) ? "" : " (run again with --debug for details)"));
            code = SOFTWARE;
        }
        err.flush();
        return code;
    }

    /** The full trace, for bug reports; control characters in messages are escaped, lines kept. */
    static void printStackTrace(Throwable t, PrintWriter err) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        err.print(Printable.escapeKeepingLines(trace.toString()));
    }

    private static boolean debug(CommandLine cmd) {
        return cmd.getCommandSpec().root().userObject() instanceof HerreraCommand root && root.debug();
    }
}
