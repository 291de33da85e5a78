package dev.herrera.cli;

import dev.herrera.data.CareerLoader;
import dev.herrera.data.Diagnostic;
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
            ""
        },
        exitCodeListHeading = "%nExit codes:%n")
final class ValidateCommand extends BaseCommand {
    @Parameters(paramLabel = "FILE", description = "The dataset file to check.")
    Path file;

    @Override
    public Integer call() {
        List<Diagnostic> problems = new CareerLoader().validate(file);
        if (problems.isEmpty()) {
            return print(file + ": OK, a valid dataset\n");
        }
        StringBuilder sb = new StringBuilder();
        problems.forEach(p -> sb.append(p).append('\n'));
        print(sb.toString());
        var err = spec.commandLine().getErr();
        err.println("herrera: " + file + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        err.flush();
        return ExitCode.DATA_ERR.code();
    }
}
