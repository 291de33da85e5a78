package dev.herrera.cli;

import dev.herrera.model.Label;
import dev.herrera.model.PartialDate;
import dev.herrera.model.Stage;
import dev.herrera.model.TeamKind;
import dev.herrera.render.Format;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** Builds the one configured command line that {@link Main} and the tests both run. */
public final class Cli {
    /** The picocli system properties set below; they change nothing that picocli prints. */
    static final String CLOSURES_PROPERTY = "picocli.disable.closures";
    static final String CONVERTERS_PROPERTY = "picocli.converters.excludes";

    static {
        // picocli reads these at every CommandLine it makes. Without them it looks for Groovy on the class
        // path, for closures we do not use, and makes converters for java.sql and java.time types by
        // reflection, loading and initialising those classes (MonthDay builds date formatters), for
        // options we do not have.
        System.setProperty(CLOSURES_PROPERTY, "true");
        System.setProperty(CONVERTERS_PROPERTY, "java\\.(sql|time)\\..*");
    }

    /** Subcommands that never read the bundled dataset, so that it is not read ahead for them. */
    private static final Set<String> NO_DATASET = Set.of(commandName(ValidateCommand.class),
            commandName(CompletionCommand.class));

    private Cli() {
    }

    /** A command line whose stdout is not a terminal, with no environment variables: what tests use. */
    public static CommandLine create(PrintWriter out, PrintWriter err) {
        return create(out, err, Environment.PIPE);
    }

    /** The whole command line, every subcommand built in full. */
    public static CommandLine create(PrintWriter out, PrintWriter err, Environment environment) {
        return configure(root(environment, null, null), out, err, environment);
    }

    /**
     * The command line for one run: only what the arguments need is built. Building a subcommand's
     * model (annotations read by reflection, a converter registry of its own) is most of picocli's
     * start-up cost, and a run uses one subcommand.
     * <ul>
     * <li>Arguments that name a subcommand get the root and that one subcommand: once picocli is in a
     * subcommand, nothing it parses or prints reads the others.
     * <li>Arguments that ask only for the version get the root alone.
     * <li>Arguments that name none (the root's help or usage) or an unknown word get the root
     * and an outline of every subcommand, a name and a description: all that the root's command list
     * and the "did you mean" suggestions read.
     * <li>Arguments that do not plainly do either (see {@link Invocation#of}) get every subcommand in
     * full, so the answer is always the one the whole tree gives.
     * </ul>
     * A run of a subcommand that reads the bundled dataset starts reading it on a second thread before
     * anything else ({@link Preload}), while picocli builds the model on this one: the first annotation
     * read alone costs tens of milliseconds.
     */
    public static CommandLine create(PrintWriter out, PrintWriter err, Environment environment, String... args) {
        Preload preload = readsBundled(args) ? Preload.bundled() : null;
        return configure(root(environment, args, preload), out, err, environment);
    }

    /**
     * Whether the arguments run a subcommand that reads the bundled dataset, told before the
     * subcommands are known: without {@code --data} the first word is the subcommand, whatever the
     * others are called (a word that names none reads nothing, and the reading is not waited for).
     */
    static boolean readsBundled(String... args) {
        if (!Invocation.readsBundled(args)) {
            return false;
        }
        String wanted = Invocation.of(Set.of(), args);
        return wanted != null && !wanted.isEmpty() && !NO_DATASET.contains(wanted);
    }

    /**
     * The root and its subcommands: all in full when {@code args} is null, else as many as they need;
     * the one subcommand a run names gets the bundled dataset being read, if any.
     */
    private static CommandLine root(Environment environment, String[] args, Preload preload) {
        Map<String, Class<?>> types = subcommands();
        String wanted = args == null ? null : Invocation.of(types.keySet(), args);
        HerreraCommand root = new HerreraCommand(environment);
        if (types.containsKey(wanted) && preload != null) {
            root.preload(preload);
        }
        CommandLine cl = new CommandLine(root);
        if (types.containsKey(wanted)) {
            cl.addSubcommand(wanted, types.get(wanted));
            return cl;
        }
        if ("".equals(wanted) && Invocation.asksVersionOnly(args)) {
            return cl;
        }
        for (Map.Entry<String, Class<?>> e : types.entrySet()) {
            cl.addSubcommand(e.getKey(), wanted == null ? e.getValue() : outline(e.getValue().getAnnotation(Command.class)));
        }
        return cl;
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

    /** Subcommands must be added first: picocli hands these settings only to the subcommands it already has. */
    private static CommandLine configure(CommandLine cl, PrintWriter out, PrintWriter err, Environment environment) {
        cl.setOut(out);
        cl.setErr(err);
        // Help is coloured by the same rules as tables, not by what picocli sees of the real process.
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(
                environment.colourWelcome() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        // Converters are classes rather than lambdas: the start-up archive can hold a class, and a
        // lambda would keep picocli's converter type out of it.
        cl.registerConverter(Format.class, new Labels<>(Format.class));
        cl.registerConverter(ColorMode.class, new Labels<>(ColorMode.class));
        cl.registerConverter(CompletionCommand.Shell.class, new Labels<>(CompletionCommand.Shell.class));
        cl.registerConverter(TeamKind.class, new Labels<>(TeamKind.class));
        cl.registerConverter(TimelineCommand.Style.class, new Labels<>(TimelineCommand.Style.class));
        cl.registerConverter(Stage.class, new Labels<>(Stage.class));
        cl.registerConverter(PartialDate.class, new Dates());
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

    /** Converts the dates users type. */
    static final class Dates implements CommandLine.ITypeConverter<PartialDate> {
        @Override
        public PartialDate convert(String text) {
            return date(text);
        }
    }

    /** Converts the lower-case labels users type into enum values. */
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
