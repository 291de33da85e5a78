package dev.herrera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * A run builds only the subcommand its arguments name, and outlines of the others. Whatever the
 * arguments, that must answer exactly as the whole command tree does: same exit code, stdout and stderr.
 */
class CommandTreeTest {
    @ParameterizedTest(name = "herrera {0}")
    @ValueSource(strings = {
        "",
        "--help",
        "-h",
        "--version",
        "-V",
        "-hV",
        "--debug",
        "help",
        "help stints",
        "help timeline",
        "stints",
        "stints --help",
        "stints --format json --team america",
        "finals --won",
        "finals --lost --team monterrey --sources",
        "incidents --format md",
        "matches --stage final --format csv",
        "on 2013-11",
        "team xolos",
        "summary",
        "sources --conflicts",
        "timeline --width 60 --ascii",
        "validate data/herrera.json",
        "completion bash",
        "completion fish",
        "stintz",
        "stints --bogus",
        "stints --format yaml",
        "--bogus",
        "--bogus stints",
        "--data",
        "--data no-such-file.json stints",
        "--data=no-such-file.json finals --debug",
        "--data stints finals",
        "-- stints",
        "team",
        "team nowhere",
        "on 2013-13",
        "finals --won --lost",
        "stints finals",
        "stints stintz",
        "finals --bogus stints",
        "team --help",
        "finals --team stints",
        "--data finals",
        "--debug --data stints",
        "--version --help",
        "-V -h",
        "--version stints",
        "--version stintz",
        "--debug -V",
    })
    void answersAsTheWholeTreeDoes(String line) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        CliRun.Result whole = CliRun.runWholeTree(args);
        CliRun.Result run = CliRun.run(args);
        assertEquals(whole.code(), run.code(), line);
        assertEquals(whole.out(), run.out(), line);
        assertEquals(withoutFrames(whole.err()), withoutFrames(run.err()), line);
    }

    /** A --debug trace names the test's own call sites, which differ between the two runs. */
    private static String withoutFrames(String err) {
        return err.replaceAll("(?m)^\\t(at |\\.\\.\\. ).*\\R", "");
    }

    @Test
    void buildsOnlyTheSubcommandItRuns() {
        assertEquals(java.util.Set.of("finals"), subcommands("finals", "--won").keySet());
        assertEquals(FinalsCommand.class, subcommands("finals", "--won").get("finals").getCommand().getClass());
        assertEquals(subcommands("--help").keySet(), Cli.create(NOWHERE, NOWHERE).getSubcommands().keySet());
        assertEquals(null, subcommands("--help").get("stints").getCommandSpec().userObject());
        assertEquals(java.util.Set.of(), subcommands("--version").keySet());
    }

    @Test
    void eachSubcommandIsNamedAsItsClassIs() {
        Class<?>[] types = HerreraCommand.Tree.class.getAnnotation(CommandLine.Command.class).subcommands();
        java.util.List<String> declared = new java.util.ArrayList<>();
        for (Class<?> type : types) {
            declared.add(type.getAnnotation(CommandLine.Command.class).name());
        }
        assertEquals(declared, java.util.List.copyOf(CommandTree.subcommands().keySet()));
        assertEquals(java.util.List.of(types), java.util.List.copyOf(CommandTree.subcommands().values()));
        assertEquals("help", CommandTree.commandName(CommandLine.HelpCommand.class));
    }

    private static final java.io.PrintWriter NOWHERE = new java.io.PrintWriter(java.io.Writer.nullWriter());

    private static java.util.Map<String, CommandLine> subcommands(String... args) {
        return Cli.create(NOWHERE, NOWHERE, CliRun.PLAIN, args).getSubcommands();
    }
}
