package dev.herrera.cli;

import dev.herrera.data.CareerLoader;
import dev.herrera.data.DataException;
import dev.herrera.data.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", description = {
            "Checks a dataset file: its shape (the fields, types, labels and dates of data/herrera.schema.json) and "
                    + "the model's rules (ids, references, chronological order, overlapping jobs). Every problem "
                    + "found is printed on stdout as FILE:LINE:COLUMN: $.path: message, one a line, and a count "
                    + "goes to stderr; a valid file prints one OK line.",
            "",
            "Examples:",
            "  herrera validate other-manager.json",
            "  herrera validate other-manager.json | head -1",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:the file is a valid dataset",
            "65:the file has problems (each one printed)",
            "66:the file cannot be read"
        })
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
        return DataException.BAD_CONTENT;
    }
}
