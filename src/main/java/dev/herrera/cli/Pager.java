package dev.herrera.cli;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Output longer than the screen goes through a pager, as git and gh do: {@code HERRERA_PAGER}, else
 * {@code PAGER}, else {@code less -FRX} when it is installed ({@code LESS=FRX} is set for a plain
 * {@code less}: quit if one screen, keep colour, leave the text on screen). Only on a terminal, never
 * with {@code --no-pager}, never in a pipe; an empty pager or {@code cat} means none. A pager that is
 * quit before the end is not an error.
 */
final class Pager {
    static final String NO_PAGER = "--no-pager";

    private Pager() {
    }

    /** Whether this run's output may be paged: stdout is a terminal and --no-pager was not given. */
    static boolean wanted(Environment env, String... args) {
        if (!env.stdoutIsTerminal()) {
            return false;
        }
        for (String a : args) {
            if (a.equals("--")) {
                break;
            }
            if (a.equals(NO_PAGER)) {
                return false;
            }
        }
        return command(env) != null;
    }

    /** The pager's shell command, or null for none. */
    static String command(Environment env) {
        String pager = env.get("HERRERA_PAGER");
        if (pager == null) {
            pager = env.get("PAGER");
        }
        if (pager == null) {
            return onPath(env, "less") ? "less -FRX" : null;
        }
        pager = pager.trim();
        return pager.isEmpty() || pager.equals("cat") ? null : pager;
    }

    /**
     * Shows the whole output: through the pager when it is longer than the screen, else straight to
     * {@code stdout}. Anything the pager cannot do is not a failure: the text goes to stdout instead.
     */
    static void show(ByteArrayOutputStream output, OutputStream stdout, Environment env) throws IOException {
        byte[] bytes = output.toByteArray();
        if (lines(bytes) < env.rows(24)) {
            stdout.write(bytes);
            stdout.flush();
            return;
        }
        Process pager;
        try {
            ProcessBuilder builder = new ProcessBuilder("sh", "-c", command(env))
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            Map<String, String> variables = builder.environment();
            variables.putIfAbsent("LESS", "FRX");
            variables.putIfAbsent("LV", "-c");
            pager = builder.start();
        } catch (IOException e) {
            stdout.write(bytes);
            stdout.flush();
            return;
        }
        try (OutputStream in = pager.getOutputStream()) {
            in.write(bytes);
        } catch (IOException quitEarly) {
            // The reader quit before the end: that is what a pager is for.
        }
        try {
            pager.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int lines(byte[] bytes) {
        int n = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }

    private static boolean onPath(Environment env, String program) {
        String path = env.get("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && new File(dir, program).canExecute()) {
                return true;
            }
        }
        return false;
    }

    /** A writer over the buffer, UTF-8 as Main's stdout. */
    static PrintWriter writer(ByteArrayOutputStream buffer) {
        return new PrintWriter(new java.io.OutputStreamWriter(buffer, StandardCharsets.UTF_8), false);
    }
}
