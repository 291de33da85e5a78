package dev.herrera.cli;

import dev.herrera.render.Escape;
import java.io.OutputStream;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * One run of the command line, as {@link dev.herrera.Main} makes it: a stored help page, the pager,
 * and the last line of defence. It names picocli only where a live run needs it, so that printing a
 * stored help or version page loads no picocli class ({@link Cli} loads some as it is verified).
 */
public final class Run {
    private Run() {
    }

    /**
     * One run: a help or version page stored by the build when there is one ({@link HelpPages}), else
     * the command line for these arguments. Returns the exit code; a failure that escaped every
     * handler is one line here, with its trace under {@code --debug}.
     *
     * @param stdout the stream under {@code out}, for stored pages, which are bytes
     */
    public static int run(PrintWriter out, OutputStream stdout, PrintWriter err, Environment environment, String... args) {
        try {
            if (!Pager.wanted(environment, args)) {
                return runOnce(out, stdout, err, environment, args);
            }
            // The whole output first, then through the pager if it is longer than the screen.
            java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
            PrintWriter buffered = Pager.writer(buffer);
            int code = runOnce(buffered, buffer, err, environment, args);
            buffered.flush();
            err.flush();
            try {
                Pager.show(buffer, stdout, environment);
            } catch (java.io.IOException e) {
                // Writing stdout failed: Main has kept the failure and says what it was.
            }
            return code;
        } catch (OutOfMemoryError e) {
            // Only a very large --data file gets here; nothing has been written to stdout yet.
            err.println("herrera: out of memory: the dataset does not fit in the Java heap "
                    + "(raise it with HERRERA_JAVA_OPTS=-Xmx4g, or java -Xmx4g -jar)");
            return ExitCode.SOFTWARE.code();
        } catch (RuntimeException | Error e) {
            // Last line of defence: the handlers configured below should have answered already.
            if (java.util.Arrays.asList(args).contains("--debug")) {
                FailureHandler.printStackTrace(e, err);
            }
            err.println("herrera: internal error: " + Escape.terminal(String.valueOf(e)));
            return ExitCode.SOFTWARE.code();
        }
    }

    /**
     * A help or version page stored by the build when there is one and the terminal is wide enough
     * for it, else the command line; help is laid out for a narrower terminal's width.
     */
    private static int runOnce(PrintWriter out, OutputStream stdout, PrintWriter err, Environment environment,
            String... args) {
        int columns = environment.stdoutIsTerminal() ? environment.columns(HELP_WIDTH) : HELP_WIDTH;
        byte[] page = columns >= HELP_WIDTH ? HelpPages.bundled(args, environment.colourWelcome()) : null;
        if (page != null) {
            return HelpPages.print(page, stdout);
        }
        CommandLine cl = Cli.create(out, err, environment, args);
        if (columns < HELP_WIDTH) {
            cl.setUsageHelpWidth(Math.max(MIN_HELP_WIDTH, columns));
        }
        return cl.execute(args);
    }

    /** The width help is laid out for, and stored at; and the narrowest picocli lays it out. */
    static final int HELP_WIDTH = 80;
    private static final int MIN_HELP_WIDTH = 55;

}
