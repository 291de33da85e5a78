package dev.herrera.data;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/** Reads strings as Databind does, sharing repeated values through a {@link StringCache}. */
final class SharedStrings extends StringDeserializer {
    private final StringCache cache = new StringCache();

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
        return cache.share(super.deserialize(p, ctxt));
    }
}
