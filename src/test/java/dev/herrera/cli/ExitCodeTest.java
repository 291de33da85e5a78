package dev.herrera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one list of exit codes is what the help prints and what the README's table says. */
class ExitCodeTest {
    private static List<String> expected() {
        List<String> rows = new ArrayList<>();
        for (ExitCode e : ExitCode.values()) {
            rows.add(e.code() + " " + e.meaning());
        }
        return rows;
    }

    @Test
    void theReadmeTableIsTheList() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("## Exit codes and errors");
        assertTrue(start >= 0, "the README has an exit codes section");
        List<String> rows = new ArrayList<>();
        for (String line : readme.substring(start).split("\n")) {
            if (line.matches("\\| \\d+ \\| .* \\|")) {
                String[] cells = line.split("\\|");
                rows.add(cells[1].trim() + " " + cells[2].trim());
            } else if (!rows.isEmpty()) {
                break;
            }
        }
        assertEquals(expected(), rows);
    }

    @Test
    void theHelpEndsWithTheList() {
        String help = CliRun.run("--help").out();
        String list = help.substring(help.indexOf("Exit status:"));
        List<String> rows = new ArrayList<>();
        for (String line : list.split("\n")) {
            if (line.startsWith("Environment:")) {
                break;
            }
            if (line.matches("\\s*\\d+\\s+.*")) {
                rows.add(line.trim().replaceFirst("\\s+", " "));
            }
        }
        assertEquals(expected(), rows);
    }

    @Test
    void theHandlersReturnCodesFromTheList() {
        assertEquals(ExitCode.USAGE.code(), CliRun.run("stints", "--bogus").code());
        assertEquals(ExitCode.USAGE.code(), CliRun.run("stints", "--team", "nowhere").code());
        assertEquals(ExitCode.NO_INPUT.code(), CliRun.run("--data", "no/such.json", "stints").code());
        assertEquals(ExitCode.OK.code(), CliRun.run("stints").code());
    }
}
