package dev.herrera.render;

import java.util.ArrayList;
import java.util.List;

/**
 * What a listing command prints, independent of format: column headers and rows for the tabular
 * formats, the records themselves for JSON, and footer lines (e.g. a count) that only the table
 * shows.
 */
public record Listing(List<String> headers, List<List<Cell>> rows, Object records, List<Line> footer) {
    public Listing {
        headers = List.copyOf(headers);
        List<List<Cell>> copies = new ArrayList<>(rows.size());
        for (List<Cell> r : rows) {
            copies.add(List.copyOf(r));
        }
        rows = List.copyOf(copies);
        footer = List.copyOf(footer);
        for (List<Cell> r : rows) {
            if (r.size() != headers.size()) {
                throw new IllegalArgumentException("row has " + r.size() + " cells, listing has " + headers.size());
            }
        }
    }

    public static Builder builder(String... headers) {
        return new Builder(List.of(headers));
    }

    public static Builder builder(List<String> headers) {
        return new Builder(List.copyOf(headers));
    }

    /** Collects rows one at a time. */
    public static final class Builder {
        private final List<String> headers;
        private final List<List<Cell>> rows = new ArrayList<>();
        private final List<Line> footer = new ArrayList<>();

        private Builder(List<String> headers) {
            this.headers = headers;
        }

        public Builder row(Cell... cells) {
            rows.add(List.of(cells));
            return this;
        }

        public Builder row(List<Cell> cells) {
            rows.add(List.copyOf(cells));
            return this;
        }

        public Builder row(String... cells) {
            List<Cell> row = new ArrayList<>(cells.length);
            for (String c : cells) {
                row.add(Cell.of(c));
            }
            rows.add(row);
            return this;
        }

        /** A footer line; any text from the data in it is escaped for the terminal ({@link Line}). */
        public Builder footer(String line) {
            footer.add(new Line(line));
            return this;
        }

        public Listing build(Object records) {
            return new Listing(headers, rows, records, footer);
        }
    }
}
