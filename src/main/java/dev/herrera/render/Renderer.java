package dev.herrera.render;

/** Turns a {@link Listing} into the text of one output format. */
public final class Renderer {
    private Renderer() {
    }

    /** The listing in {@code format}, without colour. */
    public static String render(Listing listing, Format format) {
        return render(listing, format, Styler.PLAIN);
    }

    /**
     * The listing in {@code format}. Only the table uses the styler and prints the footer; the
     * formats meant for programs (JSON, CSV, TSV, Markdown) are never styled.
     */
    public static String render(Listing listing, Format format, Styler styler) {
        return render(listing, format, styler, 0);
    }

    /**
     * The listing in {@code format}; a table is at most {@code width} columns wide (0: its values
     * whole). The other formats are for programs and always whole.
     */
    public static String render(Listing listing, Format format, Styler styler, int width) {
        return switch (format) {
            case TABLE -> Table.render(listing, styler, width);
            case JSON -> Json.write(listing.records());
            case CSV -> Csv.render(listing);
            case TSV -> Tsv.render(listing);
            case MD -> Markdown.render(listing);
        };
    }
}
