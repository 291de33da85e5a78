package dev.herrera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every command's output, in every format, pinned by a golden file under src/test/resources/golden. */
class GoldenOutputTest {
    @ParameterizedTest(name = "herrera {0}")
    @CsvSource(delimiter = '|', value = {
        "stints --format table                            | stints.txt",
        "stints --format json                             | stints.json",
        "stints --format csv                              | stints.csv",
        "stints --format tsv                              | stints.tsv",
        "stints --format md                               | stints.md",
        "finals --format table                            | finals.txt",
        "finals --format json                             | finals.json",
        "finals --format csv                              | finals.csv",
        "finals --format tsv                              | finals.tsv",
        "finals --format md                               | finals.md",
        "incidents --format table                         | incidents.txt",
        "incidents --format json                          | incidents.json",
        "incidents --format csv                           | incidents.csv",
        "incidents --format tsv                           | incidents.tsv",
        "incidents --format md                            | incidents.md",
        "sources --format table                           | sources.txt",
        "sources --format json                            | sources.json",
        "sources --format csv                             | sources.csv",
        "sources --format tsv                             | sources.tsv",
        "sources --format md                              | sources.md",
        "sources --conflicts --format table               | conflicts.txt",
        "sources --conflicts --format json                | conflicts.json",
        "sources --conflicts --format csv                 | conflicts.csv",
        "sources --conflicts --format tsv                 | conflicts.tsv",
        "sources --conflicts --format md                  | conflicts.md",
        "stints --team america --format table             | stints-america.txt",
        "stints --kind national --format table            | stints-national.txt",
        "finals --won --format table                      | finals-won.txt",
        "finals --lost --team monterrey --format table    | finals-lost-monterrey.txt",
        "finals --format table --color always             | finals-color.txt",
        "stints --sources --format table                  | stints-sources.txt",
        "finals --sources --format table                  | finals-sources.txt",
        "incidents --sources --format table               | incidents-sources.txt",
        "timeline                                         | timeline.txt",
        "timeline --width 60                              | timeline-60.txt",
        "timeline --width 100                             | timeline-100.txt",
        "timeline --width 160                             | timeline-160.txt",
        "timeline --ascii                                 | timeline-ascii.txt",
        "timeline --team america --from 2013 --to 2015-06 | timeline-america-2013.txt",
        "completion bash                                  | completion.bash",
        "--help                                           | help.txt",
        "stints --help                                    | stints-help.txt",
        "finals --help                                    | finals-help.txt",
        "incidents --help                                 | incidents-help.txt",
        "sources --help                                   | sources-help.txt",
        "timeline --help                                  | timeline-help.txt",
        "completion --help                                | completion-help.txt",
    })
    void outputMatchesItsGoldenFile(String args, String golden) {
        CliRun.Result r = CliRun.run(args.trim().split("\\s+"));
        assertEquals("", r.err());
        assertEquals(0, r.code());
        CliRun.assertGolden(golden, r.out());
    }

    /** On a terminal, with nothing said about format or colour: a coloured table. */
    @ParameterizedTest(name = "herrera {0} on a terminal")
    @CsvSource(delimiter = '|', value = {
        "stints     | stints-terminal.txt",
        "finals     | finals-terminal.txt",
        "incidents  | incidents-terminal.txt",
    })
    void aTerminalGetsAColouredTable(String args, String golden) {
        CliRun.Result r = CliRun.runOnTerminal(Map.of("TERM", "xterm-256color"), args.trim().split("\\s+"));
        assertEquals("", r.err());
        assertEquals(0, r.code());
        CliRun.assertGolden(golden, r.out());
    }
}
