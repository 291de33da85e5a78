package dev.herrera.cli;

import dev.herrera.model.Label;
import dev.herrera.model.Outcome;
import dev.herrera.model.PartialDate;
import dev.herrera.model.TeamKind;
import dev.herrera.render.Format;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Builds the one configured command line that {@link Main} and the tests both run. */
public final class Cli {
    private Cli() {
    }

    /** The command line over the process's own environment. */
    public static CommandLine create(PrintWriter out, PrintWriter err) {
        return create(out, err, Environment.system());
    }

    /** The command line over {@code env}, which tests supply to fix COLUMNS, NO_COLOR, TERM and the terminal. */
    public static CommandLine create(PrintWriter out, PrintWriter err, Environment env) {
        CommandLine cl = new CommandLine(new HerreraCommand(env));
        cl.setOut(out);
        cl.setErr(err);
        cl.registerConverter(Format.class, s -> Labels.parse(Format.class, s));
        cl.registerConverter(TeamKind.class, s -> Labels.parse(TeamKind.class, s));
        cl.registerConverter(Outcome.class, s -> Labels.parse(Outcome.class, s));
        cl.registerConverter(TimelineCommand.Style.class, s -> Labels.parse(TimelineCommand.Style.class, s));
        cl.registerConverter(PartialDate.class, Cli::date);
        cl.setParameterExceptionHandler(new UsageErrorHandler());
        cl.setExecutionExceptionHandler(new FailureHandler());
        return cl;
    }

    private static PartialDate date(String text) {
        try {
            return PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /** Converts the lower-case labels users type into enum values. */
    static final class Labels {
        private Labels() {
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
