package dev.herrera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
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
        "--help                          | help.txt",
        "stints --help                   | stints-help.txt",
        "finals --help                   | finals-help.txt",
        "incidents --help                | incidents-help.txt",
        "stints --year 2013              | stints-2013.txt",
        "finals --from 2015              | finals-from-2015.txt",
        "incidents --from 2020 --to 2023-01 | incidents-2020-2023-01.txt",
        "matches                         | matches.txt",
        "matches --format json           | matches.json",
        "matches --team mexico --competition world-cup | matches-mexico-world-cup.txt",
        "matches --opponent la-maquina --won | matches-won-v-cruz-azul.txt",
        "matches --stage semi-final --year 2018 | matches-semi-finals-2018.txt",
        "matches --drawn                 | matches-drawn.txt",
        "on 2013-11                      | on-2013-11.txt",
        "on 2013-11 --format json        | on-2013-11.json",
        "on 2014-06-15                   | on-2014-06-15.txt",
        "on 2015-09                      | on-2015-09.txt",
        "on 2015-09 --format json        | on-2015-09.json",
        "on 1990                         | on-1990.txt",
        "team xolos                      | team-xolos.txt",
        "team xolos --format json        | team-xolos.json",
        "team cruz-azul                  | team-cruz-azul.txt",
        "summary                         | summary.txt",
        "summary --format json           | summary.json",
        "validate src/test/resources/data/minimal.json | validate-ok.txt",
        "matches --help                  | matches-help.txt",
        "on --help                       | on-help.txt",
        "team --help                     | team-help.txt",
        "summary --help                  | summary-help.txt",
        "validate --help                 | validate-help.txt",
    })
    void outputMatchesItsGoldenFile(String args, String golden) {
        CliRun.Result r = CliRun.run(args.trim().split("\\s+"));
        assertEquals("", r.err());
        assertEquals(0, r.code());
        CliRun.assertGolden(golden, r.out());
    }

    @Test
    void validateListsEveryProblemInABrokenFile() {
        CliRun.Result r = CliRun.run("validate", "src/test/resources/data/broken.json");
        assertEquals(65, r.code());
        assertEquals("herrera: src/test/resources/data/broken.json: 6 problems\n", r.err().replace('\\', '/'));
        CliRun.assertGolden("validate-broken.txt", r.out().replace('\\', '/'));
    }
}
