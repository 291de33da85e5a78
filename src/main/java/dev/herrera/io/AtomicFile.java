package dev.herrera.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;

/**
 * Writes a file all at once or not at all, and only where writing is safe.
 *
 * <p>Only a regular file or a new path is written: a symbolic link (even to a regular file), a
 * folder, a FIFO, a device or socket, and any file the run is reading (the dataset given with
 * {@code --data}) are refused with one line, and nothing is touched. The content goes to a temporary
 * file in the target's folder, which is then moved over the target in one step. On any failure the
 * temporary file is deleted and the target is left as it was; if the run is interrupted (Ctrl-C,
 * {@code kill}), a shutdown hook deletes the temporary file, so neither it nor half a file remains.
 */
public final class AtomicFile {
    /** Writes content to a {@link Writer}; may fail with an {@link IOException}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** A file that could not be written; the message is one line naming the file and why. */
    public static final class WriteException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WriteException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFile() {
    }

    public static void write(Path target, String text, Path... reading) {
        write(target, out -> out.write(text), reading);
    }

    /**
     * Writes {@code content} to {@code target} as UTF-8, replacing a regular file there.
     *
     * @param reading files the run reads, which must not be written over
     */
    public static void write(Path target, Content content, Path... reading) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Temporary temp = null;
        try {
            refuseUnsafe(target, absolute, reading);
            temp = new Temporary(createTemp(folder, absolute));
            try (Writer out = Files.newBufferedWriter(temp.path, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
            // Checked again just before the move: the path may have changed while the content was written.
            refuseUnsafe(target, absolute, reading);
            try {
                Files.move(temp.path, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp.path, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temp.moved();
            temp = null;
        } catch (IOException e) {
            throw new WriteException("cannot write " + target + ": " + reason(e), e);
        } finally {
            if (temp != null) {
                temp.delete();
            }
        }
    }

    /** Throws unless {@code absolute} is a new path or a regular file that is not being read. */
    private static void refuseUnsafe(Path target, Path absolute, Path... reading) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(absolute, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return;
        }
        String why = attributes.isSymbolicLink() ? "it is a symbolic link"
                : attributes.isDirectory() ? "it is a folder"
                : !attributes.isRegularFile() ? "it is not a regular file (a FIFO, device or socket)"
                : null;
        if (why == null) {
            for (Path r : reading) {
                if (r != null && Files.exists(r) && Files.isSameFile(absolute, r)) {
                    why = "it is the dataset being read";
                }
            }
        }
        if (why != null) {
            throw new WriteException("cannot write " + target + ": " + why, null);
        }
    }

    /**
     * The temporary file, deleted by a shutdown hook if the process is interrupted before it is moved
     * into place or deleted.
     */
    private static final class Temporary {
        final Path path;
        private final Thread hook;

        Temporary(Path path) {
            this.path = path;
            this.hook = new Thread(this::deleteQuietly, "herrera-temporary-file");
            Runtime.getRuntime().addShutdownHook(hook);
        }

        /** It is the target now: nothing to delete. */
        void moved() {
            removeHook();
        }

        void delete() {
            deleteQuietly();
            removeHook();
        }

        private void deleteQuietly() {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // Nothing more can be done; the failure being reported matters more.
            }
        }

        private void removeHook() {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running or about to: it deletes the file itself.
            }
        }
    }

    /**
     * A new empty file next to the target. Created like any new file (so the umask applies, unlike
     * {@link Files#createTempFile}, which makes it private); when the target exists, it takes the
     * target's permissions, so replacing a file keeps who may read it.
     */
    private static Path createTemp(Path folder, Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
            try {
                Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt < 10) {
                    continue;
                }
                throw e;
            }
            try {
                if (Files.exists(target) && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                    Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
                }
            } catch (IOException | UnsupportedOperationException e) {
                // Keeping the old permissions is a courtesy; the new file's defaults will do.
            }
            return temp;
        }
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
