package dev.herrera.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command tree of one run, with only what the arguments need built.
 *
 * <p>What it saves: building a subcommand's model (annotations read by reflection, a converter
 * registry of its own) is most of picocli's start-up cost, and a run uses one subcommand. Measured
 * 1.16–1.23× on {@code stints} against building every subcommand (paired runs on JDK 17 and 25). To
 * re-measure, build once with {@link #forRun} returning {@code whole(...)}, once as it is, each in its
 * own checkout, and compare them with {@code java src/bench/Bench.java} (see {@code src/bench/}).
 *
 * <ul>
 * <li>Arguments that name a subcommand get the root and that one subcommand: once picocli is in a
 * subcommand, nothing it parses or prints reads the others.
 * <li>Arguments that ask only for the version get the root alone.
 * <li>Arguments that name none (the root's help or usage) or an unknown word get the root and an
 * outline of every subcommand, a name and a description: all that the root's command list and the
 * "did you mean" suggestions read.
 * <li>Arguments that do not plainly do either ({@link #wanted}) get every subcommand in full, so the
 * answer is always the one the whole tree gives ({@code CommandTreeTest} runs both ways).
 * </ul>
 */
final class CommandTree {
    /** Options that print help or the version and read no dataset. */
    static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version");
    /** Subcommands that read the whole command model: the help for another command, the completion script. */
    private static final Set<String> WHOLE_MODEL = Set.of("help", "completion");

    private CommandTree() {
    }

    /** The root with every subcommand built in full. */
    static CommandLine whole(Environment environment) {
        return forRun(environment, null);
    }

    /** The root and as much of the tree as {@code args} need; all of it when {@code args} is null. */
    static CommandLine forRun(Environment environment, String[] args) {
        Map<String, Class<?>> types = subcommands();
        String wanted = args == null ? null : wanted(types.keySet(), args);
        CommandLine cl = new CommandLine(new HerreraCommand(environment));
        if (types.containsKey(wanted)) {
            cl.addSubcommand(wanted, types.get(wanted));
            return cl;
        }
        if ("".equals(wanted) && asksVersionOnly(args)) {
            return cl;
        }
        for (Map.Entry<String, Class<?>> e : types.entrySet()) {
            cl.addSubcommand(e.getKey(), wanted == null ? e.getValue() : outline(e.getValue().getAnnotation(Command.class)));
        }
        return cl;
    }

    /**
     * The name of the subcommand the arguments run, "" when they run none (the root's help, version or
     * usage), or null when that is not plain: an unknown option, {@code --}, a command that reads
     * the whole model, or a subcommand's name where {@code --data}
     * wants its value (picocli takes it for the subcommand, so it needs them all). An unknown word is
     * returned as it is. Only the arguments up to the first word are looked at; picocli still parses
     * them all.
     *
     * @param commands the names of all subcommands
     */
    static String wanted(Set<String> commands, String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--data")) {
                if (i + 1 < args.length && commands.contains(args[i + 1])) {
                    return null;
                }
                i++;
            } else if (a.startsWith("--data=") || a.equals("--debug") || a.equals(Pager.NO_PAGER) || HELP.contains(a)) {
                // The root's own options, each a whole argument; --data takes the next one as its value.
                continue;
            } else if (a.startsWith("-") || WHOLE_MODEL.contains(a)) {
                return null;
            } else {
                return a;
            }
        }
        return "";
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

    /**
     * Every subcommand's class by its name, in the order the help lists them ({@link HerreraCommand.Tree}).
     * The name is the class's own without "Command", in lower case ({@code StintsCommand} is
     * {@code stints}), which is the name its {@code @Command} gives, as a test checks: reading that
     * annotation on every subcommand would cost a run more than building the one it uses.
     */
    static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        for (Class<?> type : HerreraCommand.Tree.class.getAnnotation(Command.class).subcommands()) {
            types.put(commandName(type), type);
        }
        return types;
    }

    /** {@code dev.herrera.cli.StintsCommand} is {@code stints}; {@code picocli.CommandLine$HelpCommand} is {@code help}. */
    static String commandName(Class<?> type) {
        String name = type.getName();
        name = name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1);
        return name.substring(0, name.length() - "Command".length()).toLowerCase(Locale.ROOT);
    }

    /** A subcommand as the root's command list shows it, without its options. It never runs. */
    private static CommandSpec outline(Command command) {
        CommandSpec spec = CommandSpec.create().name(command.name()).aliases(command.aliases());
        spec.usageMessage().header(command.header()).description(command.description()).hidden(command.hidden());
        return spec;
    }
}
