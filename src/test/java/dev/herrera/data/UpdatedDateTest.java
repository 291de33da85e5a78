package dev.herrera.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UpdatedDateTest {
    private static String updated(String json) {
        return UpdatedDate.of(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void findsTheTopLevelUpdatedKeyAfterNestedOnes() {
        assertEquals("2026-01-02", updated(
                "{\"person\": {\"updated\": \"nested\", \"x\": [1, {\"updated\": 2}]}, \"updated\": \"2026-01-02\"}"));
    }

    @Test
    void stopsAtTheKeyWithoutReadingTheRest() {
        // Everything after the key is malformed: a full parse would fail.
        assertEquals("2026-01-02", updated("{\"updated\": \"2026-01-02\", \"sources\": [nonsense"));
    }

    @Test
    void saysUnknownWhenTheKeyIsMissingOrNotAString() {
        assertEquals("unknown", updated("{\"person\": {}}"));
        assertEquals("unknown", updated("{\"updated\": 20260102}"));
        assertEquals("unknown", updated("[]"));
    }
}
