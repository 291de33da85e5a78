package dev.herrera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Runs the real command line in-process, and compares output with golden files. */
final class CliRun {
    /** Set -Dgolden.update=true to rewrite the golden files from the current output (then read the diff). */
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    record Result(int code, String out, String err) {
    }

    private CliRun() {
    }

    /** No variables set and stdout not a terminal, whatever the machine running the tests has. */
    static final Environment PLAIN = Environment.of(Map.of(), false);

    static Result run(String... args) {
        return run(PLAIN, args);
    }

    /** Runs the command line as {@link Main} builds it: only the subcommand the arguments name in full. */
    static Result run(Environment env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.create(new PrintWriter(out), new PrintWriter(err), env, args).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs the command line with every subcommand built in full. */
    static Result runWholeTree(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.create(new PrintWriter(out), new PrintWriter(err), PLAIN).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs as if stdout were a terminal, with exactly the given environment variables. */
    static Result runOnTerminal(Map<String, String> variables, String... args) {
        return run(new Environment(true, variables), args);
    }

    /** A bad command line: exit 2, nothing on stdout, one "herrera: " message with these words, a hint, no trace. */
    static void assertUsageError(Result r, String words) {
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("herrera: "), r.err());
        assertTrue(r.err().contains(words), r.err());
        assertTrue(r.err().contains("--help' for more information"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    static void assertGolden(String name, String actual) {
        Path file = GOLDEN.resolve(name);
        try {
            if (UPDATE) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            assertEquals(expected, actual, "output differs from golden file " + file);
        } catch (IOException e) {
            throw new AssertionError("cannot use golden file " + file + " (run with -Dgolden.update=true to create it)", e);
        }
    }
}
