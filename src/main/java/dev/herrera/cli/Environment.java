package dev.herrera.cli;

import java.util.Map;

/**
 * What the commands read from the process around them: environment variables and whether stdout
 * is a terminal. {@link Main} passes the real one; tests pass their own so results do not depend
 * on the machine they run on.
 */
public interface Environment {
    /** The variable's value, or null when it is not set. */
    String get(String name);

    /** Whether stdout is an interactive terminal. */
    boolean isTerminal();

    /** The process's own environment; stdout counts as a terminal when the JVM has a console. */
    static Environment system() {
        return new Environment() {
            @Override
            public String get(String name) {
                return System.getenv(name);
            }

            @Override
            public boolean isTerminal() {
                return System.console() != null;
            }
        };
    }

    /** Fixed variables and terminal state, for tests and embedding. */
    static Environment of(Map<String, String> variables, boolean terminal) {
        Map<String, String> copy = Map.copyOf(variables);
        return new Environment() {
            @Override
            public String get(String name) {
                return copy.get(name);
            }

            @Override
            public boolean isTerminal() {
                return terminal;
            }
        };
    }

    /**
     * Whether to colour output by the usual rules: only on a terminal, and not when {@code NO_COLOR}
     * is set (to anything but the empty string) or {@code TERM} is {@code dumb}.
     */
    default boolean colorByDefault() {
        String noColor = get("NO_COLOR");
        return isTerminal() && (noColor == null || noColor.isEmpty()) && !"dumb".equals(get("TERM"));
    }

    /** The terminal's width from {@code COLUMNS}, else {@code fallback} when unset or not a positive number. */
    default int columns(int fallback) {
        String c = get("COLUMNS");
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
}
