package dev.herrera.cli;

import dev.herrera.data.CareerLoader;
import dev.herrera.model.Career;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: global options. {@link CommandTree} adds the subcommands. */
@Command(
        name = "herrera",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "Answers questions about the managerial career of Miguel \"Piojo\" Herrera from a bundled, cited dataset.",
            "",
            "Examples:",
            "",
            "  herrera stints                 every job he held, in order",
            "  herrera finals --won           the finals he won",
            "  herrera on 2013-11             the job(s) he held in November 2013",
            "  herrera team xolos             everything about Tijuana",
            "  herrera teams                  every team, and the names --team takes",
            "  herrera record                 games, wins, draws and losses in each job",
            "  herrera honours                titles and individual honours",
            "  herrera gaps                   the time between jobs",
            "  herrera summary                the career in numbers, and what he does now",
            "  herrera sources --conflicts    where the sources disagree",
            "  herrera timeline               the career as a picture",
            "  herrera finals --format csv > finals.csv",
            "  herrera validate other.json    check a dataset file",
            ""
        },
        exitCodeListHeading = "%nExit status:%n",
        footerHeading = "%nEnvironment:%n",
        footer = {
            "  NO_COLOR           when set and not empty, no colour (as --color never, unless --color always)",
            "  COLUMNS, LINES     the terminal's size when the launcher cannot ask the terminal itself",
            "  HERRERA_PAGER      the pager for output longer than the screen; else PAGER; else less -FRX",
            "  PAGER              the pager when HERRERA_PAGER is not set; an empty one means no pager",
            "  JAVA_HOME          the Java the launcher runs; else the first java on PATH",
            "  HERRERA_JAVA_OPTS  more options for that Java (e.g. -Xmx4g for a very large --data file)",
            "",
            "See also:",
            "",
            "  herrera help COMMAND, herrera COMMAND --help; man herrera-COMMAND for each command;",
            "  the README, which describes the dataset, its sources and its limits.",
            ""
        },
        modelTransformer = ExitCode.HelpList.class)
public sealed class HerreraCommand implements Callable<Integer> permits HerreraCommand.Tree {
    private final Environment environment;
    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Read this dataset instead of the bundled one; - reads standard input.")
    private Path data;

    @Option(names = Pager.NO_PAGER, scope = ScopeType.INHERIT,
            description = "Never page: print everything at once, even on a terminal and longer than the screen.")
    private boolean noPager;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the full stack trace of any failure.")
    private boolean debug;

    /** For tools that build the command model by reflection (the man page generator): output is piped. */
    public HerreraCommand() {
        this(Environment.PIPE);
    }

    HerreraCommand(Environment environment) {
        this.environment = environment;
    }

    Environment environment() {
        return environment;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /**
     * The root with every subcommand, in the order the help lists them: the one list of them. {@link Cli}
     * {@link CommandTree} reads it and adds each subcommand itself, so that a run can build only the one it uses; tools that
     * build the whole model by reflection (the man page generator) take this class.
     */
    @Command(subcommands = {
        StintsCommand.class,
        FinalsCommand.class,
        IncidentsCommand.class,
        MatchesCommand.class,
        OnCommand.class,
        TeamCommand.class,
        TeamsCommand.class,
        RecordCommand.class,
        HonoursCommand.class,
        GapsCommand.class,
        SummaryCommand.class,
        SourcesCommand.class,
        TimelineCommand.class,
        ValidateCommand.class,
        CompletionCommand.class,
        CommandLine.HelpCommand.class
    })
    public static final class Tree extends HerreraCommand {
    }

    boolean debug() {
        return debug;
    }

    /** The dataset file given with --data, or null for the bundled one. */
    Path dataFile() {
        return data;
    }

    /** The dataset: the file given with --data, else the bundled one. */
    Career career() {
        if (data != null && data.toString().isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--data needs a file name, not an empty one");
        }
        if (data != null && data.toString().equals("-")) {
            return new CareerLoader().parse(CareerLoader.STDIN_NAME, CareerLoader.readStdin(environment.stdin()));
        }
        if (data != null) {
            return new CareerLoader().load(data);
        }
        return new CareerLoader().loadBundled();
    }
}
