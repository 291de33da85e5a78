package dev.herrera.cli;

import dev.herrera.render.Printable;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point: runs the command line and exits with its code. The only place that calls System.exit. */
public final class Main {
    /** Exit code when the output cannot be written, e.g. a full disk (sysexits EX_IOERR). */
    static final int CANNOT_WRITE = 74;

    private Main() {
    }

    public static void main(String[] args) {
        WriteFailures stdout = new WriteFailures(new FileOutputStream(FileDescriptor.out));
        PrintWriter out = utf8(stdout);
        PrintWriter err = utf8(new FileOutputStream(FileDescriptor.err));
        int code;
        try {
            Environment environment = Environment.system();
            byte[] page = HelpPages.bundled(args, environment.colourWelcome());
            code = page != null ? HelpPages.print(page, stdout)
                    : Cli.create(out, err, environment, args).execute(args);
        } catch (OutOfMemoryError e) {
            // Only a very large --data file gets here; nothing has been written to stdout yet.
            err.println("herrera: out of memory: the dataset does not fit in the Java heap "
                    + "(raise it with HERRERA_JAVA_OPTS=-Xmx4g, or java -Xmx4g -jar)");
            code = FailureHandler.SOFTWARE;
        } catch (RuntimeException | Error e) {
            // Last line of defence: the handlers in Cli should have answered already.
            if (java.util.Arrays.asList(args).contains("--debug")) {
                FailureHandler.printStackTrace(e, err);
            }
            err.println("herrera: internal error: " + Printable.escape(String.valueOf(e)));
            code = FailureHandler.SOFTWARE;
        }
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
        err.println("herrera: cannot write the output: " + Printable.escape(String.valueOf(failure.getMessage())));
        return CANNOT_WRITE;
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
