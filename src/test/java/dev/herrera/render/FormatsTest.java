package dev.herrera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * CSV, TSV and Markdown: values that would break a row or a table come through as one field each;
 * control characters arrive already escaped by {@link Cell}, so every format shows the same text.
 */
class FormatsTest {
    private static final Listing AWKWARD = Listing.builder("NAME", "NOTE")
            .row("Cruz Azul, Mexico City", "said \"no\"")
            .row("tab\there", "line one\nline two")
            .row("a | b", "back\\slash")
            .row("", "\u6771\u4eac")
            .footer("4 rows")
            .build(List.of());

    @Test
    void csvQuotesOnlyWhereRfc4180NeedsItAndReadsBackTheCellText() {
        String csv = Renderer.render(AWKWARD, Format.CSV);
        assertEquals("NAME,NOTE\n"
                + "\"Cruz Azul, Mexico City\",\"said \"\"no\"\"\"\n"
                + "tab\\there,line one\\nline two\n"
                + "a | b,back\\slash\n"
                + ",\u6771\u4eac\n", csv);
        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class).readValues(csv)) {
            List<List<String>> all = rows.readAll();
            assertEquals(List.of("NAME", "NOTE"), all.get(0));
            for (int i = 0; i < AWKWARD.rows().size(); i++) {
                assertEquals(AWKWARD.rows().get(i).stream().map(Cell::text).toList(), all.get(i + 1));
            }
        }
    }

    @Test
    void tsvEscapesWhatWouldBreakARow() {
        assertEquals("NAME\tNOTE\n"
                + "Cruz Azul, Mexico City\tsaid \"no\"\n"
                + "tab\\there\tline one\\nline two\n"
                + "a | b\tback\\slash\n"
                + "\t\u6771\u4eac\n", Renderer.render(AWKWARD, Format.TSV));
    }

    @Test
    void everyTsvLineHasOneFieldPerColumn() {
        Renderer.render(AWKWARD, Format.TSV).lines()
                .forEach(line -> assertEquals(2, line.split("\t", -1).length, line));
    }

    @Test
    void markdownEscapesPipesAndBackslashesAndAlignsByDisplayWidth() {
        assertEquals("| NAME                   | NOTE                |\n"
                + "| ---------------------- | ------------------- |\n"
                + "| Cruz Azul, Mexico City | said \"no\"           |\n"
                + "| tab\\\\there             | line one\\\\nline two |\n"
                + "| a \\| b                 | back\\\\slash         |\n"
                + "|                        | \u6771\u4eac                |\n", Renderer.render(AWKWARD, Format.MD));
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"CSV", "TSV", "MD"})
    void onlyTheTableHasTheFooter(Format format) {
        assertFalse(Renderer.render(AWKWARD, format).contains("4 rows"));
    }

    @Test
    void theTableHasTheFooter() {
        assertEquals("4 rows", Renderer.render(AWKWARD, Format.TABLE).lines().reduce((a, b) -> b).orElse(""));
    }
}
