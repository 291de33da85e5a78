package dev.herrera.cli;

import java.util.Set;

/** Which subcommand a command line runs, told from the arguments alone before picocli parses them. */
final class Invocation {
    /** The root's own options, each a whole argument; {@code --data} takes the next one as its value. */
    private static final Set<String> ROOT_OPTIONS = Set.of("--debug", "-h", "--help", "-V", "--version");
    /** Subcommands that read the whole command model: the help for another command, the completion script. */
    private static final Set<String> WHOLE_MODEL = Set.of("help", "completion");

    private Invocation() {
    }

    /**
     * The name of the subcommand the arguments run, "" when they run none (the root's help, version or
     * usage), or null when that is not plain: an unknown word or option, {@code --}, an
     * {@code @file} of arguments, or a command that reads the whole model. Only the arguments before the
     * first word are looked at; picocli still parses them all.
     */
    static String of(String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--data")) {
                i++;
            } else if (a.startsWith("--data=") || ROOT_OPTIONS.contains(a)) {
                continue;
            } else if (a.startsWith("-") || a.startsWith("@") || WHOLE_MODEL.contains(a)) {
                return null;
            } else {
                return a;
            }
        }
        return "";
    }
}
