package dev.herrera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every command's output, in every format, pinned by a golden file under src/test/resources/golden. */
class GoldenOutputTest {
    @ParameterizedTest(name = "herrera {0}")
    @CsvSource(delimiter = '|', value = {
        "stints                          | stints.txt",
        "stints --format json            | stints.json",
        "stints --team america           | stints-america.txt",
        "stints --kind national          | stints-national.txt",
        "finals                          | finals.txt",
        "finals --format json            | finals.json",
        "finals --won                    | finals-won.txt",
        "finals --lost --team monterrey  | finals-lost-monterrey.txt",
        "incidents                       | incidents.txt",
        "incidents --format json         | incidents.json",
        "stints --sources                | stints-sources.txt",
        "finals --sources                | finals-sources.txt",
        "incidents --sources             | incidents-sources.txt",
        "sources                         | sources.txt",
        "sources --format json           | sources.json",
        "sources --conflicts             | conflicts.txt",
        "sources --conflicts --format json | conflicts.json",
        "--help                          | help.txt",
        "stints --help                   | stints-help.txt",
        "finals --help                   | finals-help.txt",
        "incidents --help                | incidents-help.txt",
        "sources --help                  | sources-help.txt",
        "timeline                        | timeline.txt",
        "timeline --width 60             | timeline-60.txt",
        "timeline --width 100            | timeline-100.txt",
        "timeline --width 160            | timeline-160.txt",
        "timeline --ascii                | timeline-ascii.txt",
        "timeline --team america --from 2013 --to 2015-06 | timeline-america-2013.txt",
        "timeline --help                 | timeline-help.txt",
    })
    void outputMatchesItsGoldenFile(String args, String golden) {
        CliRun.Result r = CliRun.run(args.trim().split("\\s+"));
        assertEquals("", r.err());
        assertEquals(0, r.code());
        CliRun.assertGolden(golden, r.out());
    }
}
