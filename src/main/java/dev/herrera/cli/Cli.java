package dev.herrera.cli;

import dev.herrera.model.Label;
import dev.herrera.model.PartialDate;
import dev.herrera.model.Stage;
import dev.herrera.model.TeamKind;
import dev.herrera.render.Format;
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
