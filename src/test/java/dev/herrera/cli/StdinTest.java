package dev.herrera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "-" is standard input, for validate and --data, under the limits a file has. */
class StdinTest {
    private static CliRun.Result run(byte[] stdin, String... args) {
        return CliRun.run(new Environment(false, Map.of(), new ByteArrayInputStream(stdin)), args);
    }

    private static byte[] bundled() throws IOException {
        return Files.readAllBytes(Path.of("data", "herrera.json"));
    }

    @Test
    void validateReadsStandardInput() throws IOException {
        CliRun.Result ok = run(bundled(), "validate", "-");
        assertEquals(0, ok.code(), ok.err());
        assertEquals("<stdin>: OK, a valid dataset\n", ok.out());
        CliRun.Result bad = run("{}".getBytes(StandardCharsets.UTF_8), "validate", "-");
        assertEquals(65, bad.code());
        assertTrue(bad.out().startsWith("<stdin>:1:1: $.person: missing required field"), bad.out());
    }

    @Test
    void dataReadsStandardInput() throws IOException {
        CliRun.Result r = run(bundled(), "--data", "-", "on", "2014");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("held\tMexico"), r.out());
    }

    @Test
    void standardInputIsHeldToUtf8() {
        CliRun.Result r = run(new byte[] {(byte) 0xC3, 0x28}, "--data", "-", "stints");
        assertEquals(65, r.code());
        assertTrue(r.err().startsWith("herrera: <stdin>:1:1: $: not valid UTF-8"), r.err());
    }
}
