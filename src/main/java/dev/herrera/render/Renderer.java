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
        return switch (format) {
            case TABLE -> Table.render(listing, styler);
            case JSON -> Json.write(listing.records());
            case CSV -> Csv.render(listing);
            case TSV -> Tsv.render(listing);
            case MD -> Markdown.render(listing);
        };
    }
}
