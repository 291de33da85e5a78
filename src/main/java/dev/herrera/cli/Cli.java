package dev.herrera.cli;

import dev.herrera.model.Label;
import dev.herrera.model.Outcome;
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
        cl.registerConverter(Format.class, new Labels<>(Format.class));
        cl.registerConverter(TeamKind.class, new Labels<>(TeamKind.class));
        cl.registerConverter(Outcome.class, new Labels<>(Outcome.class));
        cl.setParameterExceptionHandler(new UsageErrorHandler());
        cl.setExecutionExceptionHandler(new FailureHandler());
        return cl;
    }

    /**
     * Converts the lower-case labels users type into enum values. A class rather than a lambda: the
     * start-up archive can hold a class, and a lambda would keep picocli's converter type out of it.
     */
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
