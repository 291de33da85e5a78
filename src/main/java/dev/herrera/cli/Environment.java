package dev.herrera.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * Where the command line runs: whether stdout is a terminal, and the environment variables. Main
 * passes the real answers; tests pass their own, so output never depends on how the tests are run.
 */
public record Environment(boolean stdoutIsTerminal, Map<String, String> variables) {
    /** Output piped or redirected, no environment variables: what {@link Cli#create(java.io.PrintWriter, java.io.PrintWriter)} assumes. */
    public static final Environment PIPE = new Environment(false, Map.of());

    public Environment {
        variables = Map.copyOf(variables);
    }

    /** Fixed variables and terminal state, for tests and embedding. */
    public static Environment of(Map<String, String> variables, boolean terminal) {
        return new Environment(terminal, variables);
    }

    /** The process's own: a console attached, and System.getenv(). */
    public static Environment system() {
        return new Environment(interactive(System.console()), System.getenv());
    }

    /** The variable's value, or null when it is not set. */
    public String get(String name) {
        return variables.get(name);
    }

    /** Whether stdout is an interactive terminal. */
    public boolean isTerminal() {
        return stdoutIsTerminal;
    }

    /**
     * Whether colour is welcome when the user has not asked for it: stdout is a terminal, NO_COLOR is
     * unset or empty (see no-color.org), and TERM is not {@code dumb}.
     */
    public boolean colourWelcome() {
        String noColor = variables.get("NO_COLOR");
        return stdoutIsTerminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(variables.get("TERM"));
    }

    /** The terminal's width from {@code COLUMNS}, else {@code fallback} when unset or not a positive number. */
    public int columns(int fallback) {
        String c = variables.get("COLUMNS");
        if (c != null) {
            try {
                int n = Integer.parseInt(c.trim());
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // Not a number: use the fallback.
            }
        }
        return fallback;
    }

    /**
     * Java 17 gives a console only when stdin and stdout are both terminals. From Java 22 on there may
     * be a console even when output is redirected; {@code Console.isTerminal()} then tells.
     */
    private static boolean interactive(Console console) {
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
