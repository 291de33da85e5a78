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
}
