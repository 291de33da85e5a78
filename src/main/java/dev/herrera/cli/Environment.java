package dev.herrera.cli;

import java.io.Console;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * Where the command line runs: whether stdout is a terminal, the environment variables, and standard
 * input. Main passes the real answers; tests pass their own, so output never depends on how the tests
 * are run.
 */
public record Environment(boolean stdoutIsTerminal, Map<String, String> variables, InputStream stdin) {
    /** Output piped or redirected, no environment variables: what {@link Cli#create(java.io.PrintWriter, java.io.PrintWriter)} assumes. */
    public static final Environment PIPE = new Environment(false, Map.of());

    /**
     * Set by the launcher when stdout is a terminal: its size as {@code stty size} gives it, "ROWS
     * COLUMNS", asked of the terminal itself (interactive shells do not export COLUMNS).
     */
    static final String TERMINAL_SIZE = "HERRERA_TERMINAL_SIZE";

    public Environment {
        variables = Map.copyOf(variables);
        stdin = stdin == null ? InputStream.nullInputStream() : stdin;
    }

    public Environment(boolean stdoutIsTerminal, Map<String, String> variables) {
        this(stdoutIsTerminal, variables, InputStream.nullInputStream());
    }

    /** Fixed variables and terminal state, for tests and embedding. */
    public static Environment of(Map<String, String> variables, boolean terminal) {
        return new Environment(terminal, variables);
    }

    /** The process's own: a console attached, and System.getenv(). */
    public static Environment system() {
        Map<String, String> variables = System.getenv();
        boolean terminal = variables.containsKey(TERMINAL_SIZE) || interactive(System.console());
        return new Environment(terminal, variables, System.in);
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

    /**
     * The terminal's width: as the launcher asked the terminal, else {@code COLUMNS}, else
     * {@code fallback}.
     */
    public int columns(int fallback) {
        return size(1, "COLUMNS", fallback);
    }

    /** The terminal's height: as the launcher asked the terminal, else {@code LINES}, else {@code fallback}. */
    public int rows(int fallback) {
        return size(0, "LINES", fallback);
    }

    private int size(int part, String variable, int fallback) {
        String asked = variables.get(TERMINAL_SIZE);
        if (asked != null) {
            String both = asked.trim();
            int space = both.indexOf(' ');
            if (space > 0) {
                int n = positive(part == 0 ? both.substring(0, space) : both.substring(space + 1));
                if (n > 0) {
                    return n;
                }
            }
        }
        int n = positive(variables.get(variable));
        return n > 0 ? n : fallback;
    }

    /** The number, or 0 when it is missing or not a positive number. */
    private static int positive(String text) {
        if (text == null) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
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
