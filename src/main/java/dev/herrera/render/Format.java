package dev.herrera.render;

import dev.herrera.model.Label;

/** How a listing is written to stdout. */
public enum Format implements Label {
    TABLE("table"), JSON("json");

    private final String label;

    Format(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
