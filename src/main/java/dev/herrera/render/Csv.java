package dev.herrera.render;

import java.util.List;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/** A listing as comma-separated values (RFC 4180 quoting by Jackson), with a header line. */
final class Csv {
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
            .build();

    private Csv() {
    }

    static String render(Listing listing) {
        CsvSchema.Builder schema = CsvSchema.builder();
        listing.headers().forEach(schema::addColumn);
        List<List<String>> rows = listing.rows().stream()
                .map(r -> r.stream().map(Cell::text).toList())
                .toList();
        return MAPPER.writer(schema.build().withHeader()).writeValueAsString(rows);
    }
}
