package dev.herrera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed or hostile dataset gets one clear line on stderr and the right exit code, through
 * the real command line. The small cases are files under {@code src/test/resources/corpus/}, listed
 * with their expectations in {@code manifest.tsv}; the huge ones are generated here at run time.
 */
class BadInputCorpusTest {
    private static final Path CORPUS = Path.of("src", "test", "resources", "corpus");

    static Stream<Arguments> corpus() throws IOException {
        List<String> lines = Files.readAllLines(CORPUS.resolve("manifest.tsv"), StandardCharsets.UTF_8);
        return lines.stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t", -1))
                .map(f -> Arguments.of(f[0], Integer.parseInt(f[1]), f[2].equals("yes"), f[3]));
    }

    @Test
    void theCorpusHasEveryFileItLists() throws IOException {
        long listed = corpus().count();
        long files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.filter(p -> !p.getFileName().toString().equals("manifest.tsv")).count();
        }
        assertEquals(files, listed, "every corpus file has one manifest line");
        assertTrue(listed >= 40, "at least 40 cases");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachCaseGetsOneClearLine(String file, int exit, boolean located, String words) {
        Path path = CORPUS.resolve(file);
        assertTrue(Files.isRegularFile(path), "corpus file " + path);
        CliRun.Result r = CliRun.run("--data", path.toString(), "stints");
        if (exit == 0) {
            assertEquals("", r.err());
            assertEquals(0, r.code());
            return;
        }
        assertOneLine(r, path, exit, located, words);
    }

    /** One line {@code herrera: FILE[:LINE:COLUMN]: ...} with the key words, the exit code, nothing on stdout. */
    static void assertOneLine(CliRun.Result r, Path file, int exit, boolean located, String words) {
        String err = r.err();
        assertEquals(exit, r.code(), err);
        assertEquals("", r.out());
        assertEquals(1, err.lines().count(), () -> "one line: " + err);
        assertTrue(err.endsWith("\n"), err);
        String prefix = Pattern.quote("herrera: " + file) + (located ? ":\\d+:\\d+: " : ": ");
        assertTrue(Pattern.compile("^" + prefix).matcher(err).find(), () -> "location: " + err);
        assertTrue(err.contains(words), () -> "words \"" + words + "\": " + err);
        assertFalse(err.contains("\tat ") || err.contains("Exception") || err.contains("tools.jackson")
                || err.contains("dev.herrera"), () -> "no trace or class names: " + err);
        assertFalse(err.chars().anyMatch(c -> c < 0x20 && c != '\n'), () -> "no control characters: " + err);
    }

    @Test
    void aBomIsAcceptedAndReadsLikeTheSameFileWithout(@TempDir Path dir) throws IOException {
        // RFC 8259 lets a parser ignore a UTF-8 BOM; editors on Windows still write one, and it
        // carries no meaning, so the loader accepts it rather than refusing a file that looks right.
        Path plain = dir.resolve("plain.json");
        String withBom = Files.readString(CORPUS.resolve("bom.json"), StandardCharsets.UTF_8);
        assertTrue(withBom.startsWith("\ufeff"));
        Files.writeString(plain, withBom.substring(1), StandardCharsets.UTF_8);
        CliRun.Result bom = CliRun.run("--data", CORPUS.resolve("bom.json").toString(), "stints");
        assertEquals(0, bom.code(), bom.err());
        assertEquals(CliRun.run("--data", plain.toString(), "stints").out(), bom.out());
    }

    @Test
    void nestingTenThousandDeep(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("deep.json");
        Files.writeString(f, "{\"person\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}");
        // The strict mapper stops at the first value of the wrong shape, long before the parser's
        // nesting limit; either way the answer is one line and bounded work.
        assertOneLine(CliRun.run("--data", f.toString(), "stints"), f, 65, true, "$.person: expected an object");
    }

    @Test
    void aHundredMegabyteString(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("long-string.json");
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write("{\"person\": {\"name\": \"".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 100; i++) {
                out.write(chunk);
            }
            out.write("\"}}".getBytes(StandardCharsets.US_ASCII));
        }
        assertOneLine(CliRun.run("--data", f.toString(), "stints"), f, 65, true,
                "$.person.name: string value length");
        assertTrue(CliRun.run("--data", f.toString(), "stints").err().contains("exceeds the limit of 1000000 for a dataset"));
    }

    @Test
    void aFileLargerThanTheCapIsRefusedUnread(@TempDir Path dir) throws IOException {
        // Sparse: the file claims 1 GiB but takes no disk; it is refused by its size, before any read.
        Path f = dir.resolve("huge.json");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(1L << 30);
        }
        assertOneLine(CliRun.run("--data", f.toString(), "stints"), f, 65, false,
                "larger than 256 MiB, the most a dataset may hold");
    }

    @Test
    void aDirectory(@TempDir Path dir) {
        assertOneLine(CliRun.run("--data", dir.toString(), "stints"), dir, 66, false, "is a directory");
    }

    @Test
    void aMissingFile(@TempDir Path dir) {
        Path f = dir.resolve("nope.json");
        assertOneLine(CliRun.run("--data", f.toString(), "stints"), f, 66, false, "no such file");
    }

    @Test
    void aFileWithoutReadPermission(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("secret.json");
        Files.copy(CORPUS.resolve("bom.json"), f);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("-w-------"));
        // Root reads any file whatever its mode, so there the case cannot happen.
        Assumptions.assumeFalse(Files.isReadable(f), "permissions are not enforced for this user (root?)");
        assertOneLine(CliRun.run("--data", f.toString(), "stints"), f, 66, false, "permission denied");
    }

    @Test
    void aFifoIsRefusedWithoutBlocking(@TempDir Path dir) throws IOException, InterruptedException {
        Path f = dir.resolve("pipe.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", f.toString()).start();
        } catch (IOException e) {
            Assumptions.abort("mkfifo is not available: " + e.getMessage());
            return;
        }
        Assumptions.assumeTrue(mkfifo.waitFor() == 0 && Files.exists(f), "mkfifo failed");
        // No writer ever opens the FIFO: reading it would block forever.
        assertOneLine(CliRun.run("--data", f.toString(), "stints"), f, 66, false, "not a regular file");
    }

    @Test
    void everyCommandReportsTheSameWay() {
        // Every command, not only stints, goes through the same loader and the same handler.
        for (String command : new String[] {"finals", "incidents"}) {
            Path f = CORPUS.resolve("truncated.json");
            assertOneLine(CliRun.run("--data", f.toString(), command), f, 65, true, "end-of-input");
        }
    }

}
