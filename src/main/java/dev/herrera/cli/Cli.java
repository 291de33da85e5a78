package dev.herrera.cli;

import dev.herrera.model.Label;
import dev.herrera.model.PartialDate;
import dev.herrera.model.Stage;
import dev.herrera.model.TeamKind;
import dev.herrera.render.Format;
import dev.herrera.render.Escape;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;

/** Builds the one configured command line that {@link dev.herrera.Main} and the tests both run. */
public final class Cli {
    /** The picocli system properties set below; they change nothing that picocli prints. */
    static final String CLOSURES_PROPERTY = "picocli.disable.closures";
    static final String CONVERTERS_PROPERTY = "picocli.converters.excludes";

    static {
        // picocli reads these at every CommandLine it makes. Without them it looks for Groovy on the class
        // path, for closures we do not use, and makes converters for java.sql and java.time types by
        // reflection, loading and initialising those classes (MonthDay builds date formatters), for
        // options we do not have.
        System.setProperty(CLOSURES_PROPERTY, "true");
        System.setProperty(CONVERTERS_PROPERTY, "java\\.(sql|time)\\..*");
    }

    private Cli() {
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
        CommandLine cl = create(out, err, environment, args);
        if (columns < HELP_WIDTH) {
            cl.setUsageHelpWidth(Math.max(MIN_HELP_WIDTH, columns));
        }
        return cl.execute(args);
    }

    /** The width help is laid out for, and stored at; and the narrowest picocli lays it out. */
    static final int HELP_WIDTH = 80;
    private static final int MIN_HELP_WIDTH = 55;

    /** A command line whose stdout is not a terminal, with no environment variables: what tests use. */
    public static CommandLine create(PrintWriter out, PrintWriter err) {
        return create(out, err, Environment.PIPE);
    }

    /** The whole command line, every subcommand built in full. */
    public static CommandLine create(PrintWriter out, PrintWriter err, Environment environment) {
        return configure(CommandTree.whole(environment), out, err, environment);
    }

    /** The command line for one run, with only what the arguments need built ({@link CommandTree}). */
    public static CommandLine create(PrintWriter out, PrintWriter err, Environment environment, String... args) {
        return configure(CommandTree.forRun(environment, args), out, err, environment);
    }

    /** Subcommands must be added first: picocli hands these settings only to the subcommands it already has. */
    private static CommandLine configure(CommandLine cl, PrintWriter out, PrintWriter err, Environment environment) {
        ExitCode.describe(cl.getCommandSpec());
        // An argument starting with @ is a word like any other, not a file of arguments to read: a
        // wrapper passing an untrusted team name must not make herrera read local files.
        cl.setExpandAtFiles(false);
        cl.setOut(out);
        cl.setErr(err);
        // Help is coloured by the same rules as tables, not by what picocli sees of the real process.
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(
                environment.colourWelcome() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        // Converters are classes rather than lambdas: the start-up archive can hold a class, and a
        // lambda would keep picocli's converter type out of it.
        cl.registerConverter(Format.class, new Labels<>(Format.class));
        cl.registerConverter(ColorMode.class, new Labels<>(ColorMode.class));
        cl.registerConverter(CompletionCommand.Shell.class, new Labels<>(CompletionCommand.Shell.class));
        cl.registerConverter(TeamKind.class, new Labels<>(TeamKind.class));
        cl.registerConverter(TimelineCommand.Style.class, new Labels<>(TimelineCommand.Style.class));
        cl.registerConverter(Stage.class, new Labels<>(Stage.class));
        cl.registerConverter(PartialDate.class, new Dates());
        cl.registerConverter(Path.class, new Paths());
        cl.setParameterExceptionHandler(new UsageErrorHandler());
        cl.setExecutionExceptionHandler(new FailureHandler());
        return cl;
    }

    /** How dates are typed, for messages. */
    static final String DATE_FORMS = "YYYY, YYYY-MM or YYYY-MM-DD, from 1800 to 2200";

    /** A date as users type it: YYYY, YYYY-MM or YYYY-MM-DD. */
    static PartialDate date(String text) {
        try {
            return PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            // The model says why in its own words, quoting the text; the shape is said once, below.
            String why = e.getMessage().contains("is not a date of the form") ? ""
                    : " (" + e.getMessage().replace("\"" + text + "\": ", "").replace("\"" + text + "\"", text) + ")";
            throw new CommandLine.TypeConversionException("'" + text + "' is not a date" + why + "; use " + DATE_FORMS);
        }
    }

    /**
     * A file name as typed. One that the system cannot use is one line, not Java's exception: under a
     * locale that is not UTF-8 (LC_ALL=C), Java cannot read accented names from the command line.
     */
    static final class Paths implements CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String text) {
            try {
                return Path.of(text);
            } catch (InvalidPathException e) {
                throw new CommandLine.TypeConversionException("'" + text + "' is not a file name this system can use"
                        + Locales.hint());
            }
        }
    }

    /** Converts the dates users type. */
    static final class Dates implements CommandLine.ITypeConverter<PartialDate> {
        @Override
        public PartialDate convert(String text) {
            return date(text);
        }
    }

    /** Converts the lower-case labels users type into enum values. */
    static final class Labels<E extends Enum<E> & Label> implements CommandLine.ITypeConverter<E> {
        private final E[] constants;

        Labels(Class<E> type) {
            this.constants = type.getEnumConstants();
        }

        @Override
        public E convert(String text) {
            E e = Label.parseIgnoringCase(constants, text);
            if (e != null) {
                return e;
            }
            StringBuilder known = new StringBuilder();
            for (E c : constants) {
                known.append(known.length() == 0 ? "" : ", ").append(c.label());
            }
            throw new CommandLine.TypeConversionException("'" + text + "' is not one of: " + known);
        }
    }
}
