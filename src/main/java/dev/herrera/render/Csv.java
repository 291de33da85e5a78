package dev.herrera.render;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * A listing as comma-separated values (RFC 4180 quoting by Jackson), with a header line. Cells are
 * terminal-safe ({@link Cell}) and never read as formulas ({@link Escape#spreadsheet}).
 */
final class Csv {
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
            .build();

    private Csv() {
    }

    static String render(Listing listing) {
        CsvSchema.Builder schema = CsvSchema.builder();
        for (String h : listing.headers()) {
            schema.addColumn(h);
        }
        List<List<String>> rows = new ArrayList<>(listing.rows().size());
        for (List<Cell> r : listing.rows()) {
            List<String> row = new ArrayList<>(r.size());
            for (Cell c : r) {
                row.add(Escape.spreadsheet(c.text()));
            }
            rows.add(row);
        }
        return MAPPER.writer(schema.build().withHeader()).writeValueAsString(rows);
    }
}
