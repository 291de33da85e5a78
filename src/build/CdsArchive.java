import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Build step: writes the class-data-sharing archive {@code herrera.jsa} next to the launcher.
 *
 * <p>It runs the launcher's jar over typical commands, each recording the classes it loads, merges
 * those lists and dumps one static archive of them (JDK classes included).
 *
 * <p>The archive only saves time, so this step never fails the build: on any problem it says why,
 * removes any partial archive and exits 0; the launcher then runs without one.
 *
 * <pre>java src/build/CdsArchive.java JAVA LAUNCHER WORKDIR</pre>
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
        if (args.length != 3) {
            System.err.println("usage: java CdsArchive.java JAVA LAUNCHER WORKDIR");
            System.exit(2);
        }
        Path java = Path.of(args[0]);
        Path launcher = Path.of(args[1]).toAbsolutePath();
        Path work = Path.of(args[2]).toAbsolutePath();
        Path archive = launcher.resolveSibling("herrera.jsa");
        try {
            Files.deleteIfExists(archive);
            Files.createDirectories(work);
            Set<String> classes = new LinkedHashSet<>();
            for (int i = 0; i < TRAINING.size(); i++) {
                Path list = work.resolve("run" + i + ".classlist");
                List<String> cmd = new ArrayList<>(List.of(java.toString(), "-XX:DumpLoadedClassList=" + list));
                cmd.addAll(VM);
                cmd.addAll(List.of("-jar", launcher.toString()));
                cmd.addAll(TRAINING.get(i));
                run(cmd, work.resolve("run" + i + ".log"));
                // Each class once, in first-loaded order: the dump cannot take a line twice.
                classes.addAll(Files.readAllLines(list));
            }
            Path merged = work.resolve("herrera.classlist");
            Files.write(merged, classes);
            List<String> dump = new ArrayList<>(List.of(java.toString(), "-Xshare:dump",
                    "-XX:SharedClassListFile=" + merged, "-XX:SharedArchiveFile=" + archive,
                    "-XX:ErrorFile=" + work.resolve("hs_err_pid%p.log")));
            dump.addAll(VM);
            dump.addAll(List.of("-cp", launcher.toString()));
            run(dump, work.resolve("dump.log"));
            if (!Files.isRegularFile(archive)) {
                throw new IOException("the JVM wrote no archive");
            }
            System.out.println("CDS archive: " + archive + " (" + Files.size(archive) / 1024 + " KiB, "
                    + classes.size() + " classes)");
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(archive);
            } catch (IOException ignored) {
                // nothing more to do
            }
            System.out.println("CDS archive not written, herrera will start without one: " + e.getMessage());
        }
    }

    private static void run(List<String> cmd, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + String.join(" ", cmd));
        }
        if (p.exitValue() != 0) {
            throw new IOException("exit " + p.exitValue() + " from " + String.join(" ", cmd) + " (see " + log + ")");
        }
    }
}
