package dev.herrera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which subcommand a command line names, before picocli parses it. */
class CommandTreeInvocationTest {
    private static final Set<String> COMMANDS = Set.of("stints", "finals", "incidents", "on", "team", "help", "completion");

    @ParameterizedTest(name = "herrera {0}")
    @CsvSource(delimiter = '|', value = {
        "stints                           | stints",
        "finals --won --format json       | finals",
        "--data other.json finals         | finals",
        "--data=other.json incidents      | incidents",
        "--debug on 2013                  | on",
        "-h stints                        | stints",
        "stintz                           | stintz",
        "@args.txt                        | @args.txt",
        "team stints                      | team",
    })
    void namesTheFirstWordAfterTheRootOptions(String line, String expected) {
        assertEquals(expected, CommandTree.wanted(COMMANDS, line.split(" ")));
    }

    @ParameterizedTest(name = "herrera {0}")
    @ValueSource(strings = {"--help", "-h", "--version", "-V", "--debug", "--data", "--data x.json", "--data=x.json --help"})
    void namesNoneForTheRootsOwnOptions(String line) {
        assertEquals("", CommandTree.wanted(COMMANDS, line.split(" ")));
    }

    @ParameterizedTest(name = "herrera {0}")
    @ValueSource(strings = {"help stints", "help", "completion bash", "--bogus stints", "-hV", "-- stints",
        "--data x.json --format json stints", "-", "--data stints finals", "--data finals"})
    void buildsEverythingWhenThatIsNotPlain(String line) {
        assertNull(CommandTree.wanted(COMMANDS, line.split(" ")));
    }

    @org.junit.jupiter.api.Test
    void namesNoneForNoArguments() {
        assertEquals("", CommandTree.wanted(COMMANDS));
    }

    @ParameterizedTest(name = "herrera {0}")
    @ValueSource(strings = {"--version", "-V", "--debug --version", "--data x.json -V"})
    void asksForTheVersionOnly(String line) {
        org.junit.jupiter.api.Assertions.assertTrue(CommandTree.asksVersionOnly(line.split(" ")));
    }

    @ParameterizedTest(name = "herrera {0}")
    @ValueSource(strings = {"--version --help", "-h -V", "stints", "--debug"})
    void asksForMoreThanTheVersion(String line) {
        org.junit.jupiter.api.Assertions.assertFalse(CommandTree.asksVersionOnly(line.split(" ")));
    }
}
