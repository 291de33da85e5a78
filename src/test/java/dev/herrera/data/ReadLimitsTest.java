package dev.herrera.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import org.junit.jupiter.api.Test;

/** The parser limits are set on purpose, and breaking one reads as one plain sentence. */
class ReadLimitsTest {
    @Test
    void theStrictMapperUsesTheChosenLimits() {
        StreamReadConstraints c = CareerLoader.strictMapper().tokenStreamFactory().streamReadConstraints();
        assertEquals(CareerLoader.MAX_NESTING_DEPTH, c.getMaxNestingDepth());
        assertEquals(CareerLoader.MAX_STRING_LENGTH, c.getMaxStringLength());
        assertEquals(CareerLoader.MAX_NUMBER_LENGTH, c.getMaxNumberLength());
        assertEquals(CareerLoader.MAX_NAME_LENGTH, c.getMaxNameLength());
        assertEquals(CareerLoader.MAX_FILE_BYTES, c.getMaxDocumentLength());
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedByTheParser() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        StreamConstraintsException e = assertThrows(StreamConstraintsException.class,
                () -> CareerLoader.strictMapper().readTree(deep));
        assertEquals("document nesting depth 65 exceeds the limit of 64 for a dataset",
                JacksonMessages.describe(e));
    }

    @Test
    void aLongNumberIsRefusedAsOneSentence() {
        DataException e = assertThrows(DataException.class, () -> new CareerLoader().parse("n.json",
                ("{\"person\": " + "7".repeat(500) + "}").getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        // Jackson checks a number's length before it knows where the number sits: no finer location.
        assertEquals("n.json:1:1: $: number value length 500 exceeds the limit of 100 for a dataset",
                e.getMessage());
    }

    @Test
    void aFileThatGrowsOrShrinksWhileReadIsReadAsItIs() throws java.io.IOException {
        byte[] ten = "0123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals("0123456789", new String(CareerLoader.readSized(new java.io.ByteArrayInputStream(ten), 4, "f"),
                java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals("0123456789", new String(CareerLoader.readSized(new java.io.ByteArrayInputStream(ten), 20, "f"),
                java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(10, CareerLoader.readSized(new java.io.ByteArrayInputStream(ten), 10, "f").length);
    }
}
