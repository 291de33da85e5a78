package dev.herrera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which pager, when, and what happens to output shorter or longer than the screen. */
class PagerTest {
    private static Environment terminal(Map<String, String> variables) {
        return new Environment(true, variables);
    }

    @Test
    void thePagerIsChosenByHerreraPagerThenPagerThenLess(@TempDir Path bin) throws IOException {
        assertEquals("most", Pager.command(terminal(Map.of("HERRERA_PAGER", "most", "PAGER", "more"))));
        assertEquals("more", Pager.command(terminal(Map.of("PAGER", "more"))));
        assertNull(Pager.command(terminal(Map.of("PAGER", ""))));
        assertNull(Pager.command(terminal(Map.of("PAGER", "cat"))));
        assertNull(Pager.command(terminal(Map.of("PATH", bin.toString()))));
        Path less = Files.createFile(bin.resolve("less"));
        less.toFile().setExecutable(true);
        assertEquals("less -FRX", Pager.command(terminal(Map.of("PATH", bin.toString()))));
    }

    @Test
    void onlyATerminalWithoutNoPagerIsPaged() {
        Map<String, String> pager = Map.of("PAGER", "more");
        assertTrue(Pager.wanted(terminal(pager), "matches"));
        assertFalse(Pager.wanted(terminal(pager), "matches", "--no-pager"));
        assertTrue(Pager.wanted(terminal(pager), "team", "--", "--no-pager"));
        assertFalse(Pager.wanted(new Environment(false, pager), "matches"));
        assertFalse(Pager.wanted(terminal(Map.of("PAGER", "")), "matches"));
    }

    @Test
    void outputShorterThanTheScreenIsNotPaged(@TempDir Path dir) throws IOException {
        Path paged = dir.resolve("paged");
        Environment env = terminal(Map.of("PAGER", "cat > '" + paged + "'", "LINES", "5"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream short4 = new ByteArrayOutputStream();
        short4.writeBytes("1\n2\n3\n4\n".getBytes(StandardCharsets.UTF_8));
        Pager.show(short4, out, env);
        assertEquals("1\n2\n3\n4\n", out.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(paged));
        ByteArrayOutputStream long6 = new ByteArrayOutputStream();
        long6.writeBytes("1\n2\n3\n4\n5\n6\n".getBytes(StandardCharsets.UTF_8));
        out.reset();
        Pager.show(long6, out, env);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals("1\n2\n3\n4\n5\n6\n", Files.readString(paged));
    }

    @Test
    void aPagerThatQuitsAtOnceIsNoError() throws IOException {
        Environment env = terminal(Map.of("PAGER", "true", "LINES", "2"));
        ByteArrayOutputStream big = new ByteArrayOutputStream();
        big.writeBytes("line\n".repeat(100_000).getBytes(StandardCharsets.UTF_8));
        Pager.show(big, new ByteArrayOutputStream(), env);
    }
}
