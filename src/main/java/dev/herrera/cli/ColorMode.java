package dev.herrera.cli;

import dev.herrera.model.Label;

/** When tables are coloured: {@code --color auto|always|never}. */
enum ColorMode implements Label {
    /** Only when stdout is a terminal, NO_COLOR is not set and TERM is not dumb. */
    AUTO,
    /** Even when piped or NO_COLOR is set (an explicit option wins over the environment). */
    ALWAYS,
    NEVER;

    boolean enabled(Environment env) {
        return switch (this) {
            case AUTO -> env.colourWelcome();
            case ALWAYS -> true;
            case NEVER -> false;
        };
    }
}
