package dev.herrera.cli;

import dev.herrera.data.CareerLoader;
import dev.herrera.data.Diagnostic;
import dev.herrera.render.Escape;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", description = {
            "Checks a dataset file and prints every problem in it, with its location.",
            "Checks the shape (the fields, types, labels and dates that data/herrera.schema.json describes) and the "
                    + "model's rules (ids, references, chronological order, overlapping jobs). Each problem is one "
                    + "line on stdout, FILE:LINE:COLUMN: $.path: message, in file order, and a count goes to stderr; "
                    + "a valid file prints one OK line. A file that is not JSON at all stops at its first syntax "
                    + "error, and the rules between records are checked once every record reads cleanly.",
            "",
            "Examples:",
            "",
            "  herrera validate other-manager.json",
            "  herrera validate other-manager.json | head -1",
            "  curl -s https://example.org/d.json | herrera validate -",
            ""
        },
        exitCodeListHeading = "%nExit status:%n")
final class ValidateCommand extends BaseCommand {
    @Parameters(paramLabel = "FILE", description = "The dataset file to check; - reads standard input.")
    Path file;

    @Override
    public Integer call() {
        boolean stdin = file.toString().equals("-");
        List<Diagnostic> problems = stdin
                ? new CareerLoader().validate(CareerLoader.STDIN_NAME, CareerLoader.readStdin(root.environment().stdin()))
                : new CareerLoader().validate(file);
        // The file's name and the problems quote what was typed and what the file holds: each is one
        // escaped line, so nothing in them can act on the terminal or forge a line of its own.
        String name = Escape.terminal(stdin ? CareerLoader.STDIN_NAME : file.toString());
        if (problems.isEmpty()) {
            return print(name + ": OK, a valid dataset\n");
        }
        StringBuilder sb = new StringBuilder();
        for (Diagnostic p : problems) {
            sb.append(Escape.terminal(p.toString())).append('\n');
        }
        print(sb.toString());
        var err = spec.commandLine().getErr();
        err.println("herrera: " + name + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        err.flush();
        return ExitCode.DATA_ERR.code();
    }
}
