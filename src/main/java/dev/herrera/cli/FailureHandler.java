package dev.herrera.cli;

import dev.herrera.data.DataException;
import dev.herrera.io.AtomicFile;
import dev.herrera.query.UnknownNameException;
import dev.herrera.render.Escape;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * A failure inside a command: one line on stderr and the exit code that names the failure. The
 * stack trace is printed only with {@code --debug}. Messages can quote the data file or the command
 * line, so everything printed goes through {@link Escape} first: no control character reaches the
 * terminal, and a message stays one line.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
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
            err.println("herrera: " + Escape.terminal(w.getMessage()));
            code = ExitCode.CANT_CREATE.code();
        } else if (ex instanceof DataException d) {
            err.println("herrera: " + Escape.terminal(d.getMessage()));
            code = (d.kind() == DataException.Kind.UNREADABLE ? ExitCode.NO_INPUT : ExitCode.DATA_ERR).code();
        } else if (ex instanceof UnknownNameException u) {
            err.println("herrera: " + Escape.terminal(u.getMessage()) + " ('herrera teams' lists them all)"
                    + Locales.hint());
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            code = ExitCode.USAGE.code();
        } else {
            err.println("herrera: internal error: " + Escape.terminal(String.valueOf(ex))
                    + (debug(cmd) ? "" : " (run again with --debug for details)"));
            code = ExitCode.SOFTWARE.code();
        }
        err.flush();
        return code;
    }

    /** The full trace, for bug reports; control characters in messages are escaped, lines kept. */
    static void printStackTrace(Throwable t, PrintWriter err) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        err.print(Escape.terminalKeepingLines(trace.toString()));
    }

    private static boolean debug(CommandLine cmd) {
        return cmd.getCommandSpec().root().userObject() instanceof HerreraCommand root && root.debug();
    }
}
