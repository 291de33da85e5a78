import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Runs commands side by side and reports median wall time and peak memory (RSS), and the median of
 * the pair-by-pair ratios. Each case is run alternately with its baseline, so that whatever else the
 * machine is doing weighs on both alike.
 *
 * <pre>
 * java Bench.java [--pairs N] [--warmup N] BASE_LABEL BASE_CMD [LABEL CMD]...
 * </pre>
 * A command is one argument whose words are separated by the unit separator (\u001f), so that words
 * may hold spaces; the shell scripts next to this file build them.
 *
 * <p>Peak RSS comes from GNU time ({@code /usr/bin/time -f %M}) when it is installed, else from
 * polling {@code VmHWM} in {@code /proc/PID/status} until the process ends (a close lower bound).
 */
public final class Bench {
    static final String SEP = "\u001f";
    static final Path GNU_TIME = Path.of("/usr/bin/time");

    record Run(double millis, long rssKb) {
    }

    public static void main(String[] args) throws Exception {
        int pairs = 20;
        int warmup = 3;
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        while (!rest.isEmpty() && rest.get(0).startsWith("--")) {
            String opt = rest.remove(0);
            int value = Integer.parseInt(rest.remove(0));
            if (opt.equals("--pairs")) {
                pairs = value;
            } else if (opt.equals("--warmup")) {
                warmup = value;
            } else {
                throw new IllegalArgumentException("unknown option " + opt);
            }
        }
        if (rest.size() < 4 || rest.size() % 2 != 0) {
            System.err.println("usage: java Bench.java [--pairs N] [--warmup N] BASE_LABEL BASE_CMD LABEL CMD...");
            System.exit(2);
        }
        boolean gnuTime = gnuTime();
        String baseLabel = rest.get(0);
        List<String> base = List.of(rest.get(1).split(SEP));
        System.out.printf(Locale.ROOT, "%d pairs after %d warm-up pairs; peak RSS from %s%n", pairs, warmup,
                gnuTime ? "GNU time" : "/proc/PID/status VmHWM (polled)");
        System.out.printf(Locale.ROOT, "%-34s %10s %10s %12s %10s %10s %9s%n", "case", "wall ms", baseLabel + " ms",
                "wall ratio", "RSS MB", baseLabel + " MB", "RSS ratio");
        for (int c = 2; c < rest.size(); c += 2) {
            String label = rest.get(c);
            List<String> cmd = List.of(rest.get(c + 1).split(SEP));
            for (int i = 0; i < warmup; i++) {
                run(base, gnuTime);
                run(cmd, gnuTime);
            }
            double[] t = new double[pairs];
            double[] tb = new double[pairs];
            double[] tr = new double[pairs];
            double[] m = new double[pairs];
            double[] mb = new double[pairs];
            double[] mr = new double[pairs];
            for (int i = 0; i < pairs; i++) {
                // Alternate which of the two goes first, so neither always follows the other.
                Run b;
                Run r;
                if (i % 2 == 0) {
                    b = run(base, gnuTime);
                    r = run(cmd, gnuTime);
                } else {
                    r = run(cmd, gnuTime);
                    b = run(base, gnuTime);
                }
                t[i] = r.millis;
                tb[i] = b.millis;
                tr[i] = r.millis / b.millis;
                m[i] = r.rssKb / 1024.0;
                mb[i] = b.rssKb / 1024.0;
                mr[i] = (double) r.rssKb / b.rssKb;
            }
            System.out.printf(Locale.ROOT, "%-34s %10.1f %10.1f %11.2fx %10.1f %10.1f %8.2fx%n", label, median(t),
                    median(tb), median(tr), median(m), median(mb), median(mr));
        }
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    static boolean gnuTime() {
        if (!Files.isExecutable(GNU_TIME)) {
            return false;
        }
        try {
            Process p = new ProcessBuilder(GNU_TIME.toString(), "-f", "%M", "true")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getErrorStream().readAllBytes()).trim();
            return p.waitFor() == 0 && out.matches("\\d+");
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static Run run(List<String> cmd, boolean gnuTime) throws IOException, InterruptedException {
        Path report = gnuTime ? Files.createTempFile("bench", ".rss") : null;
        List<String> full = new ArrayList<>();
        if (gnuTime) {
            full.addAll(List.of(GNU_TIME.toString(), "-f", "%M", "-o", report.toString()));
        }
        full.addAll(cmd);
        Path err = Files.createTempFile("bench", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(full)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile());
            long start = System.nanoTime();
            Process p = pb.start();
            long hwm = 0;
            if (!gnuTime) {
                Path status = Path.of("/proc", Long.toString(p.pid()), "status");
                while (p.isAlive()) {
                    hwm = Math.max(hwm, vmHwm(status));
                    Thread.sleep(1);
                }
            }
            int code = p.waitFor();
            long end = System.nanoTime();
            if (code != 0) {
                throw new IllegalStateException("exit " + code + " from " + String.join(" ", cmd) + ":\n"
                        + Files.readString(err));
            }
            if (Files.size(err) > 0) {
                throw new IllegalStateException("unexpected stderr from " + String.join(" ", cmd) + ":\n"
                        + Files.readString(err));
            }
            long rss = gnuTime ? Long.parseLong(Files.readString(report).trim()) : hwm;
            return new Run((end - start) / 1e6, rss);
        } finally {
            Files.deleteIfExists(err);
            if (report != null) {
                Files.deleteIfExists(report);
            }
        }
    }

    /** VmHWM in kB, or 0 when the process has gone or not yet exec'd. */
    static long vmHwm(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return 0;
    }
}
