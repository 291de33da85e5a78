package dev.herrera;

import dev.herrera.cli.Run;
import dev.herrera.cli.Environment;
import dev.herrera.cli.ExitCode;
import dev.herrera.render.Escape;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Entry point: the process's streams, what a failing stdout means, and the one call to System.exit.
 * Everything else happens in {@link Run#run}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        WriteFailures stdout = new WriteFailures(new FileOutputStream(FileDescriptor.out));
        PrintWriter out = utf8(stdout);
        PrintWriter err = utf8(new FileOutputStream(FileDescriptor.err));
        int code = Run.run(out, stdout, err, Environment.system(), args);
        out.flush();
        code = exitCode(code, stdout.failure, err);
        err.flush();
        System.exit(code);
    }

    /**
     * A reader that stops early ({@code herrera stints | head -1}) closes the pipe: that is not a
     * failure, so it ends quietly with the command's own code. Any other write failure is one line.
     */
    static int exitCode(int code, IOException failure, PrintWriter err) {
        if (failure == null || isBrokenPipe(failure)) {
            return code;
        }
        err.println("herrera: cannot write the output: " + Escape.terminal(String.valueOf(failure.getMessage())));
        return ExitCode.IO_ERR.code();
    }

    static boolean isBrokenPipe(IOException e) {
        String m = e.getMessage();
        return m != null && (m.contains("Broken pipe") || m.contains("pipe is being closed") || m.contains("pipe has been ended"));
    }

    /** UTF-8 whatever the locale says: the data holds accented names. */
    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
    }

    /** Remembers the first write failure, which PrintWriter would otherwise swallow. */
    static final class WriteFailures extends FilterOutputStream {
        IOException failure;

        WriteFailures(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                remember(e);
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                remember(e);
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                remember(e);
                throw e;
            }
        }

        private void remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }
}
