package dev.herrera.io;

import java.nio.file.Path;

/** A process that writes a file through {@link AtomicFile} and never finishes, for the interrupt test. */
public final class SlowWrite {
    private SlowWrite() {
    }

    public static void main(String[] args) {
        AtomicFile.write(Path.of(args[0]), out -> {
            out.write("<svg>");
            out.flush();
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
