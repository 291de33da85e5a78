package dev.herrera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herrera.render.Escape;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * The bundled dataset with every free-text field made hostile — terminal escapes, bidi overrides,
 * line breaks, spreadsheet formulas, HTML and Markdown links, characters XML forbids, a lone
 * surrogate — run through every command in every format. Whatever the destination, the output must
 * not act: no raw control, DEL, bidi or separator character (the format's own line breaks and tabs
 * aside), no CSV or TSV cell that starts like a formula, no raw {@code <} or live link in Markdown,
 * an SVG that parses, and JSON that gives back the exact values.
 */
class HostileOutputTest {
    /** Text from the data that tries to act somewhere. */
    static final List<String> HOSTILE = List.of(
            "\u001b]8;;http://evil.example\u0007click\u001b]8;;\u0007",
            "\u001b[31mred\u001b[0m\u001b[2J",
            "\u009b31m C1 CSI\u007f",
            "\u202eevil.exe\u2066iso\u2069\u200f",
            "line\nbreak\r\nOK, a valid dataset\u2028sep\u2029",
            "=HYPERLINK(\"http://evil.example\",\"x\")",
            "+1+1",
            "-2+3",
            "@SUM(A1:A2)",
            "\tTab first",
            "<script>alert(1)</script> & <b>",
            "[link](javascript:alert(1)) ![img](http://evil.example/i.png)",
            "bad \uFFFE xml \uFFFF",
            "lone \ud800 surrogate",
            "\u0000nul and \u0008 bs");

    /** The fields that hold free text: everything else is an id, a reference, a date or a label. */
    static final Set<String> TEXT = Set.of("name", "fullName", "nickname", "title", "about", "publisher", "country",
            "aliases", "predecessor", "successor", "note", "competition", "season", "place", "people", "summary",
            "consequence", "says", "holds", "why", "employer", "role", "awardedBy", "result");

    /** A stint's role is a label, not text: only a media role's is poisoned. */
    static final Set<String> LABELS = Set.of("head-coach", "interim");

    static final String[] COMMANDS = {"stints", "finals", "incidents", "matches", "on 2013-11", "on 2016",
        "team america", "summary", "sources", "sources --conflicts", "teams", "record", "honours", "gaps",
        "on 2026-06"};
    static final String[] FORMATS = {"table", "json", "csv", "tsv", "md"};

    static Path data;
    static JsonNode dataset;

    @BeforeAll
    static void makeHostileDataset(@TempDir Path dir) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        JsonNode tree = json.readTree(Files.readString(Path.of("data", "herrera.json")));
        int[] next = {0};
        poison(tree, null, next);
        // Non-ASCII as \\uXXXX escapes: a lone surrogate has no UTF-8 form of its own.
        JsonMapper writer = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
        data = dir.resolve("hostile.json");
        Files.writeString(data, writer.writeValueAsString(tree));
        dataset = tree;
    }

    /** Prefixes or suffixes every free-text string with the next hostile string, in turn. */
    private static void poison(JsonNode node, String field, int[] next) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isString() && TEXT.contains(e.getKey()) && !LABELS.contains(e.getValue().asString())) {
                    o.put(e.getKey(), hostile(e.getValue().asString(), next));
                } else {
                    poison(e.getValue(), e.getKey(), next);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).isString() && TEXT.contains(field)) {
                    a.set(i, StringNode.valueOf(hostile(a.get(i).asString(), next)));
                } else {
                    poison(a.get(i), field, next);
                }
            }
        }
    }

    private static String hostile(String value, int[] next) {
        int k = next[0]++;
        String h = HOSTILE.get(k % HOSTILE.size());
        // Half first, so that cells start with the attack; half last.
        return (k / HOSTILE.size()) % 2 == 0 ? h + value : value + h;
    }

    static Stream<Arguments> commandsAndFormats() {
        List<Arguments> all = new ArrayList<>();
        for (String command : COMMANDS) {
            for (String format : FORMATS) {
                all.add(Arguments.of(command, format));
            }
        }
        return all.stream();
    }

    private static CliRun.Result run(String command, String... more) {
        List<String> args = new ArrayList<>(List.of("--data", data.toString()));
        args.addAll(List.of(command.split(" ")));
        args.addAll(List.of(more));
        return CliRun.run(args.toArray(new String[0]));
    }

    @Test
    void theHostileDatasetIsValid() {
        CliRun.Result r = CliRun.run("validate", data.toString());
        assertEquals(0, r.code(), r.out() + r.err());
    }

    @ParameterizedTest(name = "{0} --format {1}")
    @MethodSource("commandsAndFormats")
    void nothingActsWhereTheOutputLands(String command, String format) throws Exception {
        CliRun.Result r = run(command, "--format", format);
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertHarmless(r.out(), format.equals("tsv"));
        switch (format) {
            case "csv" -> assertNoFormulas(csvCells(r.out()));
            case "tsv" -> assertNoFormulas(tsvCells(r.out()));
            case "md" -> assertInertMarkdown(r.out());
            case "json" -> assertExactJson(command, r.out());
            default -> { }
        }
    }

    @Test
    void theTimelineIsHarmlessOnATerminalAndAsSvg() throws Exception {
        for (String[] extra : new String[][] {{}, {"--ascii"}, {"--width", "60"}, {"--team", "america"}}) {
            CliRun.Result r = run("timeline", extra);
            assertEquals(0, r.code(), r.err());
            assertHarmless(r.out(), false);
        }
        CliRun.Result svg = run("timeline", "--format", "svg");
        assertEquals(0, svg.code(), svg.err());
        assertHarmless(svg.out(), false);
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.out().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSvgFileParses(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("t.svg");
        CliRun.Result r = run("timeline", "--svg", out.toString());
        assertEquals(0, r.code(), r.err());
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
    }

    @Test
    void validateCannotBeMadeToPrintAForgedLine(@TempDir Path dir) throws IOException {
        Path forged = dir.resolve("x.json\nx.json: OK, a valid dataset");
        Files.writeString(forged, Files.readString(data).replace("\"updated\"", "\"updatedd\""));
        CliRun.Result r = CliRun.run("validate", forged.toString());
        assertEquals(65, r.code());
        assertFalse(r.out().contains("\nx.json: OK"), r.out());
        assertHarmless(r.out(), false);
        assertHarmless(r.err(), false);
    }

    /** No character a terminal acts on: only the line breaks between lines, and tabs between TSV cells. */
    static void assertHarmless(String text, boolean tabs) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int at = i;
            boolean allowed = c == '\n' || (tabs && c == '\t');
            boolean lone = Character.isHighSurrogate(c) ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            assertFalse(!allowed && (Escape.isControl(c) || lone),
                    () -> String.format("U+%04X at %d in:%n%s", (int) c, at, text.substring(Math.max(0, at - 80),
                            Math.min(text.length(), at + 80))));
        }
    }

    private static List<String> csvCells(String csv) {
        List<String> cells = new ArrayList<>();
        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        try (var it = mapper.readerForArrayOf(String.class).readValues(csv)) {
            while (it.hasNext()) {
                for (Object cell : (Object[]) it.next()) {
                    cells.add((String) cell);
                }
            }
        }
        return cells;
    }

    private static List<String> tsvCells(String tsv) {
        List<String> cells = new ArrayList<>();
        for (String line : tsv.split("\n")) {
            cells.addAll(List.of(line.split("\t", -1)));
        }
        return cells;
    }

    private static void assertNoFormulas(List<String> cells) {
        assertFalse(cells.isEmpty());
        for (String cell : cells) {
            assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, () -> "formula cell: " + cell);
        }
    }

    private static void assertInertMarkdown(String md) {
        assertFalse(md.contains("<"), md);
        for (int i = 0; i < md.length(); i++) {
            char c = md.charAt(i);
            if (c == '[' || c == ']') {
                int at = i;
                assertTrue(i > 0 && md.charAt(i - 1) == '\\' && (i < 2 || md.charAt(i - 2) != '\\'),
                        () -> "unescaped bracket at " + at + ": " + md.substring(Math.max(0, at - 40), Math.min(md.length(), at + 40)));
            }
        }
    }

    /** The listings of records print the records: every text value comes back exactly. */
    private static void assertExactJson(String command, String out) {
        String list = switch (command) {
            case "stints" -> "stints";
            case "incidents" -> "incidents";
            case "matches" -> "matches";
            case "teams" -> "teams";
            default -> null;
        };
        if (list == null) {
            // Not a list of records (summary's titles are property names, which Jackson's parser
            // refuses to hold a lone surrogate); harmlessness is checked above.
            return;
        }
        JsonNode printed = JsonMapper.builder().build().readTree(out.getBytes(StandardCharsets.UTF_8));
        JsonNode expected = dataset.get(list);
        assertEquals(expected.size(), printed.size());
        for (int i = 0; i < expected.size(); i++) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.get(i).properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (TEXT.contains(e.getKey())) {
                    assertEquals(e.getValue(), printed.get(i).get(e.getKey()), list + "[" + i + "]." + e.getKey());
                }
            }
        }
    }
}
