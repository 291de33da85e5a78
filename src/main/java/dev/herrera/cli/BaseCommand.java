package dev.herrera.cli;

import dev.herrera.model.Career;
import dev.herrera.model.Team;
import dev.herrera.query.TeamFinder;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the dataset, team lookup and the output stream. */
@CommandLine.Command
abstract class BaseCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @ParentCommand
    HerreraCommand root;

    @CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    private Career career;

    Career career() {
        if (career == null) {
            career = root.career();
        }
        return career;
    }

    /** The environment variables and terminal state the command runs in. */
    Environment environment() {
        return root.environment();
    }

    /** The team a --team value names, or null when none was given. */
    Team team(String name) {
        return name == null ? null : TeamFinder.find(career(), name);
    }

    /** Writes a whole result at once, so a failure never leaves half of it on stdout. */
    int print(String text) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
        return 0;
    }
}
