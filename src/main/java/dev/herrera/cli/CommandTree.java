package dev.herrera.cli;

import java.util.Set;

/** Which subcommand a command line runs, told from the arguments alone before picocli parses them. */
final class Invocation {
    /** Options that print help or the version and read no dataset. */
    static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version");
    /** Subcommands that read the whole command model: the help for another command, the completion script. */
    private static final Set<String> WHOLE_MODEL = Set.of("help", "completion");

    private Invocation() {
    }

    /**
     * The name of the subcommand the arguments run, "" when they run none (the root's help, version or
     * usage), or null when that is not plain: an unknown option, {@code --}, an {@code @file} of
     * arguments, a command that reads the whole model, or a subcommand's name where {@code --data}
     * wants its value (picocli takes it for the subcommand, so it needs them all). An unknown word is
     * returned as it is. Only the arguments up to the first word are looked at; picocli still parses
     * them all.
     *
     * @param commands the names of all subcommands
     */
    static String of(Set<String> commands, String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--data")) {
                if (i + 1 < args.length && commands.contains(args[i + 1])) {
                    return null;
                }
                i++;
            } else if (a.startsWith("--data=") || a.equals("--debug") || HELP.contains(a)) {
                // The root's own options, each a whole argument; --data takes the next one as its value.
                continue;
            } else if (a.startsWith("-") || a.startsWith("@") || WHOLE_MODEL.contains(a)) {
                return null;
            } else {
                return a;
            }
        }
        return "";
    }

    /**
     * Whether a run of these arguments, if it reads a dataset, reads the bundled one: no {@code --data}
     * anywhere, and no help or version, which read none.
     */
    static boolean readsBundled(String... args) {
        for (String a : args) {
            if (a.equals("--")) {
                return true;
            }
            if (a.equals("--data") || a.startsWith("--data=") || HELP.contains(a)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the arguments ask for the version and not for help, which picocli would print instead. */
    static boolean asksVersionOnly(String... args) {
        boolean version = false;
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help")) {
                return false;
            }
            version |= a.equals("-V") || a.equals("--version");
        }
        return version;
    }
}
