package dev.herrera.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point: runs the command line and exits with its code. The only place that calls System.exit. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = utf8(FileDescriptor.out);
        PrintWriter err = utf8(FileDescriptor.err);
        int code;
        try {
            code = Cli.create(out, err).execute(args);
        } catch (OutOfMemoryError e) {
            // Only a very large --data file gets here; nothing has been written to stdout yet.
            err.println("herrera: out of memory: the dataset does not fit in the Java heap "
                    + "(raise it with HERRERA_JAVA_OPTS=-Xmx4g, or java -Xmx4g -jar)");
            code = FailureHandler.SOFTWARE;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** UTF-8 whatever the locale says: the data holds accented names. */
    private static PrintWriter utf8(FileDescriptor fd) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), false);
    }
}
