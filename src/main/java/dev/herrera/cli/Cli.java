package dev.herrera.cli;

import dev.herrera.model.Label;
import dev.herrera.model.Outcome;
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

    public static CommandLine create(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new HerreraCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.registerConverter(Format.class, s -> Labels.parse(Format.class, s));
        cl.registerConverter(TeamKind.class, s -> Labels.parse(TeamKind.class, s));
        cl.registerConverter(Outcome.class, s -> Labels.parse(Outcome.class, s));
        cl.registerConverter(Stage.class, s -> Labels.parse(Stage.class, s));
        cl.registerConverter(PartialDate.class, Cli::date);
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
