package dev.herrera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every command's output, in every format, pinned by a golden file under src/test/resources/golden. */
class GoldenOutputTest {
    @ParameterizedTest(name = "herrera {0}")
    @CsvSource(delimiter = '|', value = {
        "stints --format table                                        | stints.txt",
        "stints --format json                                         | stints.json",
        "stints --format csv                                          | stints.csv",
        "stints --format tsv                                          | stints.tsv",
        "stints --format md                                           | stints.md",
        "finals --format table                                        | finals.txt",
        "finals --format json                                         | finals.json",
        "finals --format csv                                          | finals.csv",
        "finals --format tsv                                          | finals.tsv",
        "finals --format md                                           | finals.md",
        "incidents --format table                                     | incidents.txt",
        "incidents --format json                                      | incidents.json",
        "incidents --format csv                                       | incidents.csv",
        "incidents --format tsv                                       | incidents.tsv",
        "incidents --format md                                        | incidents.md",
        "sources --format table                                       | sources.txt",
        "sources --format json                                        | sources.json",
        "sources --format csv                                         | sources.csv",
        "sources --format tsv                                         | sources.tsv",
        "sources --format md                                          | sources.md",
        "sources --conflicts --format table                           | conflicts.txt",
        "sources --conflicts --format json                            | conflicts.json",
        "sources --conflicts --format csv                             | conflicts.csv",
        "sources --conflicts --format tsv                             | conflicts.tsv",
        "sources --conflicts --format md                              | conflicts.md",
        "stints --team america --format table                         | stints-america.txt",
        "stints --kind national --format table                        | stints-national.txt",
        "finals --won --format table                                  | finals-won.txt",
        "finals --lost --team monterrey --format table                | finals-lost-monterrey.txt",
        "finals --format table --color always                         | finals-color.txt",
        "stints --sources --format table                              | stints-sources.txt",
        "finals --sources --format table                              | finals-sources.txt",
        "incidents --sources --format table                           | incidents-sources.txt",
        "matches --sources --team tigres --format table               | matches-sources-tigres.txt",
        "timeline                                                     | timeline.txt",
        "timeline --width 60                                          | timeline-60.txt",
        "timeline --width 100                                         | timeline-100.txt",
        "timeline --width 160                                         | timeline-160.txt",
        "timeline --ascii                                             | timeline-ascii.txt",
        "timeline --team america --from 2013 --to 2015-06             | timeline-america-2013.txt",
        "completion bash                                              | completion.bash",
        "matches --format table                                       | matches.txt",
        "matches --format json                                        | matches.json",
        "matches --format csv                                         | matches.csv",
        "matches --format tsv                                         | matches.tsv",
        "matches --format md                                          | matches.md",
        "on 2013-11 --format table                                    | on-2013-11.txt",
        "on 2013-11 --format json                                     | on-2013-11.json",
        "on 2013-11 --format csv                                      | on-2013-11.csv",
        "on 2013-11 --format tsv                                      | on-2013-11.tsv",
        "on 2013-11 --format md                                       | on-2013-11.md",
        "team xolos --format table                                    | team-xolos.txt",
        "team xolos --format json                                     | team-xolos.json",
        "team xolos --format csv                                      | team-xolos.csv",
        "team xolos --format tsv                                      | team-xolos.tsv",
        "team xolos --format md                                       | team-xolos.md",
        "teams --format table                                         | teams.txt",
        "teams --format json                                          | teams.json",
        "teams --format csv                                           | teams.csv",
        "teams --format tsv                                           | teams.tsv",
        "teams --format md                                            | teams.md",
        "team el tri --format table                                   | team-el-tri.txt",
        "record --format table                                        | record.txt",
        "record --format json                                         | record.json",
        "record --format csv                                          | record.csv",
        "record --format tsv                                          | record.tsv",
        "record --format md                                           | record.md",
        "honours --format table                                       | honours.txt",
        "honours --format json                                        | honours.json",
        "honours --format csv                                         | honours.csv",
        "honours --format tsv                                         | honours.tsv",
        "honours --format md                                          | honours.md",
        "gaps --format table                                          | gaps.txt",
        "gaps --format json                                           | gaps.json",
        "gaps --format csv                                            | gaps.csv",
        "gaps --format tsv                                            | gaps.tsv",
        "gaps --format md                                             | gaps.md",
        "record --team tijuana --sources --format table               | record-tijuana-sources.txt",
        "on 2026-06 --format table                                    | on-2026-06.txt",
        "on 2022-12 --format table                                    | on-2022-12.txt",
        "summary --format table                                       | summary.txt",
        "summary --format json                                        | summary.json",
        "summary --format csv                                         | summary.csv",
        "summary --format tsv                                         | summary.tsv",
        "summary --format md                                          | summary.md",
        "stints --year 2013 --format table                            | stints-2013.txt",
        "finals --from 2015 --format table                            | finals-from-2015.txt",
        "incidents --from 2020 --to 2023-01 --format table            | incidents-2020-2023-01.txt",
        "matches --team mexico --competition world-cup --format table | matches-mexico-world-cup.txt",
        "matches --opponent la-maquina --won --format table           | matches-won-v-cruz-azul.txt",
        "matches --stage semi-final --year 2018 --format table        | matches-semi-finals-2018.txt",
        "matches --drawn --format table                               | matches-drawn.txt",
        "on 2014-06-15 --format table                                 | on-2014-06-15.txt",
        "on 2015-09 --format table                                    | on-2015-09.txt",
        "on 2015-09 --format json                                     | on-2015-09.json",
        "on 1990 --format table                                       | on-1990.txt",
        "team cruz-azul --format table                                | team-cruz-azul.txt",
        "validate src/test/resources/data/minimal.json                | validate-ok.txt",
        "--help                                                       | help.txt",
        "stints --help                                                | stints-help.txt",
        "finals --help                                                | finals-help.txt",
        "incidents --help                                             | incidents-help.txt",
        "sources --help                                               | sources-help.txt",
        "timeline --help                                              | timeline-help.txt",
        "completion --help                                            | completion-help.txt",
        "matches --help                                               | matches-help.txt",
        "on --help                                                    | on-help.txt",
        "team --help                                                  | team-help.txt",
        "teams --help                                                 | teams-help.txt",
        "record --help                                                | record-help.txt",
        "honours --help                                               | honours-help.txt",
        "gaps --help                                                  | gaps-help.txt",
        "summary --help                                               | summary-help.txt",
        "validate --help                                              | validate-help.txt",
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

    @Test
    void validateListsEveryProblemInABrokenFile() {
        CliRun.Result r = CliRun.run("validate", "src/test/resources/data/broken.json");
        assertEquals(65, r.code());
        assertEquals("herrera: src/test/resources/data/broken.json: 6 problems\n", r.err().replace('\\', '/'));
        CliRun.assertGolden("validate-broken.txt", r.out().replace('\\', '/'));
    }
}
