package dev.herrera.cli;

import dev.herrera.model.Label;
import dev.herrera.model.PartialDate;
import dev.herrera.model.Stage;
import dev.herrera.model.TeamKind;
import dev.herrera.render.Format;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Builds the one configured command line that {@link Main} and the tests both run. */
public final class Cli {
    private Cli() {
    }

    /** A command line whose stdout is not a terminal, with no environment variables: what tests use. */
    public static CommandLine create(PrintWriter out, PrintWriter err) {
        return create(out, err, Environment.PIPE);
    }

    /** A command line that formats and colours its output for the given environment. */
    public static CommandLine create(PrintWriter out, PrintWriter err, Environment environment) {
        CommandLine cl = new CommandLine(new HerreraCommand(environment));
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
        cl.setParameterExceptionHandler(new UsageErrorHandler());
        cl.setExecutionExceptionHandler(new FailureHandler());
        return cl;
    }

    /** A date as users type it: YYYY, YYYY-MM or YYYY-MM-DD. */
    static PartialDate date(String text) {
        try {
            return PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            String why = e.getMessage().startsWith("\"") ? e.getMessage() : "'" + text + "': " + e.getMessage();
            throw new CommandLine.TypeConversionException(why);
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
        private final Class<E> type;

        Labels(Class<E> type) {
            this.type = type;
        }

        @Override
        public E convert(String text) {
            return parse(type, text);
        }

        static <E extends Enum<E> & Label> E parse(Class<E> type, String text) {
            for (E e : type.getEnumConstants()) {
                if (e.label().equalsIgnoreCase(text)) {
                    return e;
                }
            }
            StringBuilder known = new StringBuilder();
            for (E e : type.getEnumConstants()) {
                known.append(known.length() == 0 ? "" : ", ").append(e.label());
            }
            throw new CommandLine.TypeConversionException("'" + text + "' is not one of: " + known);
        }
    }
}
