import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Build step: writes the start-up archive {@code herrera.jsa} next to the launcher, for the JDK that
 * runs the build; the launcher hands it to the JVM with {@code -XX:SharedArchiveFile}, which every JDK
 * from 17 on reads (one from another JDK, or for another jar, it ignores without a word).
 *
 * <p>Where the JDK has one (25 on), it is an AOT cache (JEPs 483, 514 and 515): the JVM runs the first
 * training command and stores the classes it loaded, already linked. Elsewhere it is a static archive
 * (AppCDS): the launcher's jar runs over all the training commands, each recording the classes it
 * loads, and one archive of them all is dumped (JDK classes included), with the classes linked where
 * the JDK can ({@code -XX:+AOTClassLinking}, JDK 24). On JDK 25, with the start-up benchmark, the AOT
 * cache started the commands that print tables and help fastest (stints about 2.4 times a
 * hello-world, --help 1.4 times, against 2.5 and 1.6 for the static archive with linked classes, and
 * 2.9 and 1.5 without): a linked archive loads all its classes at start, and a run needs but a part of
 * them. What it does not hold, JSON output above all, loads from the jar (stints --format json: 5.4
 * times against 3.8).
 *
 * <p>The archive only saves time, so this step never fails the build: on any problem it removes any
 * partial archive, says so in one line on stderr (which a quiet build shows too) and exits 0; the
 * launcher then runs without one.
 *
 * <pre>java src/build/CdsArchive.java JAVA LAUNCHER WORKDIR [auto|appcds|aot-cache]</pre>
 * {@code auto} (the default) is the AOT cache where the JDK has one, else the static archive;
 * {@code appcds} and {@code aot-cache} ask for one of them, to compare them.
 */
public final class CdsArchive {
    /**
     * Commands whose classes go in the archive: the commands that read the dataset, JSON output, help.
     * {@code --help} and {@code --version} print pages stored by the build; {@code finals --won --help}
     * has none, so picocli lays its help out as it does for any help request without a page.
     */
    private static final List<List<String>> TRAINING = List.of(
            List.of("stints"),
            List.of("finals"),
            List.of("incidents"),
            List.of("stints", "--team", "america", "--format", "json"),
            List.of("finals", "--won", "--format", "json"),
            List.of("incidents", "--format", "json"),
            List.of("matches"),
            List.of("on", "2013-11"),
            List.of("team", "xolos"),
            List.of("summary"),
            List.of("sources"),
            List.of("timeline"),
            List.of("--help"),
            List.of("--version"),
            List.of("finals", "--won", "--help"));
    /**
     * The launcher's options that shape the archive: the heap size and collector (G1, the default)
     * decide whether and where its pre-built heap objects can be mapped.
     */
    private static final List<String> VM = List.of("-XX:TieredStopAtLevel=1", "-Xmx1g");

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: java CdsArchive.java JAVA LAUNCHER WORKDIR [auto|appcds|aot-cache]");
            System.exit(2);
        }
        Path java = Path.of(args[0]);
        Path launcher = Path.of(args[1]).toAbsolutePath();
        Path work = Path.of(args[2]).toAbsolutePath();
        String kind = args.length == 4 ? args[3] : "auto";
        Path archive = launcher.resolveSibling("herrera.jsa");
        try {
            Files.deleteIfExists(archive);
            Files.createDirectories(work);
            Set<String> flags = flags(java, work);
            if (kind.equals("auto")) {
                kind = flags.contains("AOTCacheOutput") ? "aot-cache" : "appcds";
            }
            String made;
            switch (kind) {
                case "appcds" -> {
                    boolean linked = flags.contains("AOTClassLinking");
                    int classes = staticArchive(java, launcher, work, archive, linked);
                    made = classes + " classes" + (linked ? ", linked" : "");
                }
                case "aot-cache" -> {
                    if (!flags.contains("AOTCacheOutput")) {
                        throw new IOException("this JDK has no AOT cache (-XX:AOTCacheOutput, JDK 25 on)");
                    }
                    List<String> cmd = new ArrayList<>(List.of(java.toString(), "-XX:AOTCacheOutput=" + archive));
                    cmd.addAll(VM);
                    cmd.addAll(List.of("-jar", launcher.toString()));
                    cmd.addAll(TRAINING.get(0));
                    run(cmd, work.resolve("aot-cache.log"));
                    made = "AOT cache from herrera " + String.join(" ", TRAINING.get(0));
                }
                default -> throw new IOException("unknown kind of archive " + kind);
            }
            if (!Files.isRegularFile(archive)) {
                throw new IOException("the JVM wrote no archive");
            }
            System.out.println("Start-up archive: " + archive + " (" + Files.size(archive) / 1024 + " KiB, "
                    + made + ")");
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(archive);
            } catch (IOException ignored) {
                // nothing more to do
            }
            warn("herrera: no start-up archive for this JDK (" + e.getMessage()
                    + "); the launcher works without one, only slower to start");
        }
    }

    /**
     * One line where a quiet build ({@code mvn -q}) shows it too: Maven's log then shows errors only,
     * and this is none, so the line goes to the stderr of the build's JVM, this process's parent,
     * where the system lets us open it; else to this process's stderr, which Maven logs as a warning.
     */
    private static void warn(String line) {
        byte[] bytes = (line + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        if (parent.isPresent()) {
            Path stderr = Path.of("/proc", Long.toString(parent.get().pid()), "fd", "2");
            try (OutputStream out = Files.newOutputStream(stderr, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                out.write(bytes);
                return;
            } catch (IOException | RuntimeException e) {
                // not Linux, or a stderr that cannot be opened again (a socket): say it here
            }
        }
        System.err.print(line + System.lineSeparator());
        System.err.flush();
    }

    /**
     * Writes a static archive of the classes the training runs load; returns how many. With
     * {@code linked}, the classes go in linked, and should the JDK refuse that, unlinked.
     */
    private static int staticArchive(Path java, Path launcher, Path work, Path archive, boolean linked)
            throws IOException, InterruptedException {
        ClassList classes = new ClassList();
        for (int i = 0; i < TRAINING.size(); i++) {
            Path list = work.resolve("run" + i + ".classlist");
            List<String> cmd = new ArrayList<>(List.of(java.toString(), "-XX:DumpLoadedClassList=" + list));
            cmd.addAll(VM);
            cmd.addAll(List.of("-jar", launcher.toString()));
            cmd.addAll(TRAINING.get(i));
            run(cmd, work.resolve("run" + i + ".log"));
            classes.add(Files.readAllLines(list));
        }
        Path merged = work.resolve("herrera.classlist");
        Files.write(merged, classes.lines());
        List<String> dump = new ArrayList<>(List.of(java.toString(), "-Xshare:dump",
                "-XX:SharedClassListFile=" + merged, "-XX:SharedArchiveFile=" + archive,
                "-XX:ErrorFile=" + work.resolve("hs_err_pid%p.log")));
        dump.addAll(VM);
        dump.addAll(List.of("-cp", launcher.toString()));
        if (linked) {
            List<String> linking = new ArrayList<>(dump);
            linking.add(2, "-XX:+AOTClassLinking");
            try {
                run(linking, work.resolve("dump-linked.log"));
                return classes.size();
            } catch (IOException e) {
                Files.deleteIfExists(archive);
            }
        }
        run(dump, work.resolve("dump.log"));
        return classes.size();
    }

    /** The names of the JVM's -XX flags, to learn what this JDK can do without knowing its version. */
    private static Set<String> flags(Path java, Path work) throws IOException, InterruptedException {
        Path log = work.resolve("flags.log");
        run(List.of(java.toString(), "-XX:+UnlockDiagnosticVMOptions", "-XX:+UnlockExperimentalVMOptions",
                "-XX:+PrintFlagsFinal", "-version"), log);
        Set<String> names = new HashSet<>();
        for (String line : Files.readAllLines(log)) {
            String[] words = line.trim().split("\\s+");
            if (words.length >= 2 && !line.startsWith("[")) {
                names.add(words[1]);
            }
        }
        return names;
    }

    /**
     * The training runs' class lists merged into one that the dump accepts: each class once, in the
     * order first loaded. After JDK 17 a list numbers its classes ({@code java/lang/Object id: 0}),
     * each run its own way, and the dump rejects a number given twice; so the classes are numbered
     * anew, and the numbers that lines for classes of other loaders give for their super class and
     * interfaces ({@code super: 0 interfaces: 5}) are translated. The constant-pool entries a class
     * had resolved ({@code @cp NAME INDEX...}, also after 17) are the union over the runs, written last,
     * when every class they may name is listed; any other {@code @} line is kept once, in place.
     */
    static final class ClassList {
        private final List<String> lines = new ArrayList<>();
        private final Map<String, Integer> ids = new HashMap<>();
        private final Set<String> seen = new HashSet<>();
        private final Map<String, Set<Integer>> resolved = new LinkedHashMap<>();
        private int classes;

        void add(List<String> run) throws IOException {
            Map<String, String> renumber = new HashMap<>();
            for (String line : run) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("@cp ")) {
                    String[] words = line.trim().split("\\s+");
                    Set<Integer> indices = resolved.computeIfAbsent(words[1], k -> new TreeSet<>());
                    for (int i = 2; i < words.length; i++) {
                        indices.add(Integer.valueOf(words[i]));
                    }
                } else if (line.startsWith("@")) {
                    if (seen.add(line)) {
                        lines.add(line);
                    }
                } else {
                    addClass(line.trim().split("\\s+"), renumber);
                }
            }
        }

        private void addClass(String[] words, Map<String, String> renumber) throws IOException {
            // NAME [id: N [super: N] [interfaces: N...] [source: PATH]]
            String oldId = null;
            String source = "";
            for (int i = 1; i < words.length; i++) {
                if (words[i].equals("id:") && i + 1 < words.length) {
                    oldId = words[i + 1];
                } else if (words[i].equals("source:") && i + 1 < words.length) {
                    source = words[i + 1];
                }
            }
            String key = words[0] + " " + source;
            Integer id = ids.get(key);
            if (id == null) {
                id = ids.size();
                ids.put(key, id);
                StringBuilder out = new StringBuilder(words[0]);
                String field = "";
                for (int i = 1; i < words.length; i++) {
                    String word = words[i];
                    if (word.endsWith(":")) {
                        field = word;
                    } else if (field.equals("id:")) {
                        word = id.toString();
                    } else if (field.equals("super:") || field.equals("interfaces:")) {
                        String mapped = renumber.get(word);
                        if (mapped == null) {
                            throw new IOException("class list: " + words[0] + " names class id " + word
                                    + " before it is listed");
                        }
                        word = mapped;
                    }
                    out.append(' ').append(word);
                }
                lines.add(out.toString());
                classes++;
            }
            if (oldId != null) {
                renumber.put(oldId, id.toString());
            }
        }

        List<String> lines() {
            List<String> all = new ArrayList<>(lines);
            resolved.forEach((name, indices) -> {
                StringBuilder out = new StringBuilder("@cp ").append(name);
                indices.forEach(i -> out.append(' ').append(i));
                all.add(out.toString());
            });
            return all;
        }

        int size() {
            return classes;
        }
    }

    private static void run(List<String> cmd, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("a step timed out, see " + log);
        }
        if (p.exitValue() != 0) {
            throw new IOException("a step ended with exit code " + p.exitValue() + ", see " + log);
        }
    }
}
