package dev.herrera.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void writesANewFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("out.svg");
        AtomicFile.write(f, "héllo");
        assertEquals("héllo", Files.readString(f));
        assertEquals(List.of(f), files(dir));
    }

    @Test
    void replacesAnExistingFileKeepingItsPermissions(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("out.svg");
        Files.writeString(f, "old");
        boolean posix = Files.getFileStore(f).supportsFileAttributeView("posix");
        if (posix) {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        }
        AtomicFile.write(f, "new");
        assertEquals("new", Files.readString(f));
        assertEquals(List.of(f), files(dir));
        if (posix) {
            assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        }
    }

    @Test
    void aFailureWhileWritingLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("out.svg");
        Files.writeString(f, "old content");
        AtomicFile.WriteException e = assertThrows(AtomicFile.WriteException.class, () -> AtomicFile.write(f, out -> {
            out.write("half of the new cont");
            out.flush();
            throw new IOException("disk full");
        }));
        assertTrue(e.getMessage().startsWith("cannot write " + f + ": "), e.getMessage());
        assertEquals("old content", Files.readString(f));
        assertEquals(List.of(f), files(dir));
    }

    @Test
    void aFolderThatIsNotThereIsOneClearLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("missing").resolve("out.svg");
        AtomicFile.WriteException e = assertThrows(AtomicFile.WriteException.class, () -> AtomicFile.write(f, "x"));
        assertEquals("cannot write " + f + ": no such folder", e.getMessage());
        assertEquals(List.of(), files(dir));
    }

    @Test
    void aFolderAsTargetIsRefused(@TempDir Path dir) throws IOException {
        AtomicFile.WriteException e = assertThrows(AtomicFile.WriteException.class, () -> AtomicFile.write(dir, "x"));
        assertTrue(e.getMessage().endsWith(": it is a folder"), e.getMessage());
    }

    @Test
    void aSymbolicLinkIsRefusedAndItsTargetUntouched(@TempDir Path dir) throws IOException {
        Path real = dir.resolve("real.txt");
        Files.writeString(real, "keep");
        Path link = Files.createSymbolicLink(dir.resolve("link.svg"), real);
        AtomicFile.WriteException e = assertThrows(AtomicFile.WriteException.class, () -> AtomicFile.write(link, "x"));
        assertEquals("cannot write " + link + ": it is a symbolic link", e.getMessage());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("keep", Files.readString(real));
        assertEquals(List.of(link, real), files(dir));
    }

    @Test
    void aFifoIsRefusedWithoutOpeningIt(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        AtomicFile.WriteException e = assertThrows(AtomicFile.WriteException.class, () -> AtomicFile.write(fifo, "x"));
        assertTrue(e.getMessage().endsWith(": it is not a regular file (a FIFO, device or socket)"), e.getMessage());
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo));
        assertEquals(List.of(fifo), files(dir));
    }

    @Test
    void aDeviceIsRefused() {
        Path devNull = Path.of("/dev/null");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devNull));
        AtomicFile.WriteException e = assertThrows(AtomicFile.WriteException.class, () -> AtomicFile.write(devNull, "x"));
        assertTrue(e.getMessage().endsWith("not a regular file (a FIFO, device or socket)"), e.getMessage());
    }

    @Test
    void theFileBeingReadIsRefused(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("d.json");
        Files.writeString(data, "{}");
        Path sameByAnotherName = dir.resolve(".").resolve("d.json");
        AtomicFile.WriteException e = assertThrows(AtomicFile.WriteException.class,
                () -> AtomicFile.write(sameByAnotherName, "<svg/>", data));
        assertTrue(e.getMessage().endsWith(": it is the dataset being read"), e.getMessage());
        assertEquals("{}", Files.readString(data));
        assertEquals(List.of(data), files(dir));
    }

    @Test
    void anotherRegularFileIsStillReplacedWhileADatasetIsRead(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("d.json");
        Files.writeString(data, "{}");
        Path out = dir.resolve("out.svg");
        Files.writeString(out, "old");
        AtomicFile.write(out, "new", data);
        assertEquals("new", Files.readString(out));
    }

    /**
     * A process killed while it writes (SIGTERM, as Ctrl-C's SIGINT) leaves neither the temporary file
     * nor a half-written target: the shutdown hook deletes the temporary file.
     */
    @Test
    void anInterruptedWriteLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out.svg");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SlowWrite.class.getName(), target.toString()).redirectErrorStream(true).start();
        // SlowWrite prints a line once the temporary file exists and it is writing.
        String line = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream())).readLine();
        assertEquals("writing", line);
        assertTrue(files(dir).size() == 1 && files(dir).get(0).getFileName().toString().endsWith(".tmp"), files(dir).toString());
        p.destroy(); // SIGTERM
        p.waitFor();
        assertEquals(List.of(), files(dir));
    }
}
