package dev.herrera.render;

/** Turns a {@link Listing} into the text of one output format. */
public final class Renderer {
    private Renderer() {
    }

    public static String render(Listing listing, Format format) {
        return switch (format) {
            case JSON -> Json.write(listing.records());
            case TABLE -> Table.render(listing);
        };
    }
}
