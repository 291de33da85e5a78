package dev.herrera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herrera.cli.Cli;
import dev.herrera.cli.ExitCode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A closed pipe ends quietly; any other failure to write stdout is one line and its own exit code. */
class MainTest {
    /** Stdout as Main builds it, over a stream that fails like a pipe whose reader has gone. */
    private static Main.WriteFailures failing(String message) {
        return new Main.WriteFailures(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(message);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException(message);
            }
        });
    }

    private static int run(Main.WriteFailures stdout, StringWriter err, String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
        PrintWriter errWriter = new PrintWriter(err);
        int code = Cli.create(out, errWriter).execute(args);
        out.flush();
        code = Main.exitCode(code, stdout.failure, errWriter);
        errWriter.flush();
        return code;
    }

    @Test
    void aClosedPipeEndsQuietly() {
        for (String command : new String[] {"stints", "finals", "incidents"}) {
            Main.WriteFailures stdout = failing("Broken pipe");
            StringWriter err = new StringWriter();
            assertEquals(0, run(stdout, err, command));
            assertTrue(stdout.failure != null, "the write did fail");
            assertEquals("", err.toString());
        }
    }

    @Test
    void anotherWriteFailureIsOneLine() {
        StringWriter err = new StringWriter();
        assertEquals(ExitCode.IO_ERR.code(), run(failing("No space left on device"), err, "stints"));
        assertEquals("herrera: cannot write the output: No space left on device\n", err.toString());
    }
}
