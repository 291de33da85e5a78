package dev.herrera.cli;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Help pages and the version, rendered once by the build and printed as they are at run time.
 *
 * <p>What {@code herrera --help}, {@code herrera COMMAND --help}, {@code herrera help COMMAND} and
 * {@code herrera --version} print is fixed by the build: the command model, the version and the
 * bundled dataset's date, and whether help is coloured. Building picocli's model from the annotations
 * is most of what such a run costs, so the build runs the real command line over each of these
 * command lines, plain and coloured ({@link #main}), and stores what it printed in the jar. A run
 * whose arguments are exactly one of them prints the stored page and starts no picocli at all.
 *
 * <p>A stored page is used only where a live run would print the same bytes: the same arguments, the
 * same colour decision, the line separator the build had, and no {@code picocli.*} system property
 * (width, colours, tracing) other than the two {@link Cli} sets itself. Anything else, and any
 * trouble reading the pages, goes to the command line as usual.
 */
final class HelpPages {
    /** Where the build puts the pages, on the class path. */
    static final String RESOURCE = "/dev/herrera/help-pages.bin";
    /** Changes whenever the layout below does; pages of another layout are not read. */
    private static final int LAYOUT = 1;

    private HelpPages() {
    }

    /**
     * Writes the pages of every stored command line to the file named by the one argument: run by the
     * build before the jar is made.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java dev.herrera.cli.HelpPages FILE");
            System.exit(2);
        }
        ByteArrayOutputStream pages = new ByteArrayOutputStream();
        write(pages);
        Path file = Path.of(args[0]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        // Quietly, as the rest of a quiet build: this JVM's output reaches the console even under -q.
        Files.write(file, pages.toByteArray());
    }

    /**
     * The command lines whose output is stored: the root's help, usage and version, and for every
     * subcommand its {@code --help}, {@code -h} and {@code help COMMAND}.
     */
    static List<List<String>> commandLines() {
        List<List<String>> lines = new ArrayList<>(List.of(List.of(), List.of("--help"), List.of("-h"),
                List.of("help"), List.of("--version"), List.of("-V")));
        for (String name : CommandTree.subcommands().keySet()) {
            lines.add(List.of(name, "--help"));
            lines.add(List.of(name, "-h"));
            lines.add(List.of("help", name));
        }
        return lines;
    }

    /**
     * Runs the command line over each of {@link #commandLines()}, plain and coloured, and writes what it
     * printed: an index of the command lines, then each distinct page once. A command line that fails
     * or prints anything on stderr is left out. Returns how many command lines were stored.
     *
     * <pre>
     * int LAYOUT, UTF lineSeparator,
     * int keys, { boolean colour, int argc, UTF arg * argc, int page } * keys,
     * int pages, { int length, byte * length } * pages
     * </pre>
     */
    static int write(OutputStream target) throws IOException {
        Map<String, Integer> pageNumbers = new LinkedHashMap<>();
        ByteArrayOutputStream index = new ByteArrayOutputStream();
        DataOutputStream keys = new DataOutputStream(index);
        int count = 0;
        for (boolean colour : new boolean[] {false, true}) {
            for (List<String> line : commandLines()) {
                String[] args = line.toArray(new String[0]);
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                Environment environment = Environment.of(Map.of(), colour);
                int code = Cli.create(new PrintWriter(out), new PrintWriter(err), environment, args).execute(args);
                if (code != 0 || !err.toString().isEmpty()) {
                    continue;
                }
                Integer page = pageNumbers.computeIfAbsent(out.toString(), k -> pageNumbers.size());
                keys.writeBoolean(colour);
                keys.writeInt(args.length);
                for (String a : args) {
                    keys.writeUTF(a);
                }
                keys.writeInt(page);
                count++;
            }
        }
        DataOutputStream data = new DataOutputStream(target);
        data.writeInt(LAYOUT);
        data.writeUTF(System.lineSeparator());
        data.writeInt(count);
        index.writeTo(data);
        data.writeInt(pageNumbers.size());
        for (String page : pageNumbers.keySet()) {
            byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
            data.writeInt(bytes.length);
            data.write(bytes);
        }
        data.flush();
        return count;
    }

    /**
     * The stored output of this command line from the pages in the jar, or null when a live run must
     * answer: no page for it, settings a page does not cover, or no pages to read.
     *
     * @param colour whether help is coloured ({@link Environment#colourWelcome()})
     */
    static byte[] bundled(String[] args, boolean colour) {
        if (!mayBeStored(args) || !covers(System.getProperties())) {
            return null;
        }
        try (InputStream in = HelpPages.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : lookup(in, args, colour);
        } catch (IOException | RuntimeException e) {
            // Pages that cannot be read, or are not what this class wrote: picocli answers instead.
            return null;
        }
    }

    /**
     * Whether {@link #commandLines()} may hold these arguments, told without reading the pages, so that
     * other runs do not: none at all, or at most two with a help or version word among them.
     */
    static boolean mayBeStored(String[] args) {
        if (args.length > 2) {
            return false;
        }
        for (String a : args) {
            if (CommandTree.HELP.contains(a) || a.equals("help")) {
                return true;
            }
        }
        return args.length == 0;
    }

    /** Whether stored pages can stand for a live run under these system properties. */
    static boolean covers(Properties properties) {
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith("picocli.") && !name.equals(Cli.CLOSURES_PROPERTY)
                    && !name.equals(Cli.CONVERTERS_PROPERTY)) {
                return false;
            }
        }
        return true;
    }

    /** The page stored for exactly these arguments and colour in {@code pages}, or null. */
    static byte[] lookup(InputStream pages, String[] args, boolean colour) throws IOException {
        DataInputStream in = new DataInputStream(pages);
        if (in.readInt() != LAYOUT || !in.readUTF().equals(System.lineSeparator())) {
            return null;
        }
        int page = -1;
        for (int keys = in.readInt(); keys > 0; keys--) {
            boolean keyColour = in.readBoolean();
            String[] key = new String[in.readInt()];
            for (int i = 0; i < key.length; i++) {
                key[i] = in.readUTF();
            }
            int number = in.readInt();
            if (page < 0 && keyColour == colour && Arrays.equals(key, args)) {
                page = number;
            }
        }
        if (page < 0) {
            return null;
        }
        int pageCount = in.readInt();
        for (int i = 0; i < pageCount; i++) {
            int length = in.readInt();
            if (i == page) {
                return in.readNBytes(length);
            }
            in.skipNBytes(length);
        }
        return null;
    }

    /** Prints a stored page: a failure to write is the caller's to report, as for any other output. */
    static int print(byte[] page, OutputStream stdout) {
        try {
            stdout.write(page);
            stdout.flush();
        } catch (IOException e) {
            // Main.WriteFailures has kept it; the exit code says what it was.
        }
        return 0;
    }
}
