package dev.herrera.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a large, valid dataset of the bundled file's shape for the scale benchmark: a fixed number
 * of matches, the same output for the same size and seed. About one match in a hundred is a final,
 * as in a real career most matches are not.
 *
 * <p>Test code only (it is not in the jar). Run after {@code ./mvnw -DskipTests package}:
 * <pre>java -cp target/test-classes dev.herrera.bench.SyntheticDataset MATCHES FILE [SEED]</pre>
 */
public final class SyntheticDataset {
    static final int TEAMS = 40;
    static final int STINTS = 20;
    static final LocalDate FIRST = LocalDate.of(1901, 1, 1);
    static final int DAYS = 100 * 365;
    private static final String[] STAGES = {"league", "cup", "group", "round-of-16", "quarter-final", "semi-final",
        "play-off"};

    private SyntheticDataset() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: SyntheticDataset MATCHES FILE [SEED]");
            System.exit(2);
        }
        int matches = Integer.parseInt(args[0]);
        long seed = args.length == 3 ? Long.parseLong(args[2]) : 6L;
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8),
                1 << 16)) {
            write(w, matches, seed);
        }
    }

    /** Writes a dataset with {@code matches} matches, in date order, all from one seeded generator. */
    public static void write(Writer w, int matches, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        w.write("{\n  \"person\": {\"name\": \"Synthetic Manager\", \"born\": \"1890-03-04\", \"sources\": [\"s1\"]},\n");
        w.write("  \"updated\": \"2025-01-01\",\n  \"sources\": [\n");
        w.write("    {\"id\": \"s1\", \"title\": \"Generated source one\", \"language\": \"en\", \"kind\": \"news\"},\n");
        w.write("    {\"id\": \"s2\", \"title\": \"Generated source two\", \"language\": \"es\", \"kind\": \"news\"}\n");
        w.write("  ],\n  \"teams\": [\n");
        for (int t = 0; t < TEAMS; t++) {
            w.write("    {\"id\": \"team-" + t + "\", \"name\": \"Team " + t + "\", \"kind\": \""
                    + (t % 10 == 0 ? "national" : "club") + "\", \"country\": \"Mexico\", \"aliases\": [\"T" + t
                    + "\"]}" + (t < TEAMS - 1 ? ",\n" : "\n"));
        }
        w.write("  ],\n  \"stints\": [\n");
        int stintDays = DAYS / STINTS;
        for (int s = 0; s < STINTS; s++) {
            LocalDate start = FIRST.plusDays((long) s * stintDays);
            // Each stint runs to the day before the next one starts, so every match day falls inside one.
            LocalDate end = start.plusDays(stintDays - 1);
            w.write("    {\"id\": \"stint-" + s + "\", \"team\": \"team-" + s + "\", \"role\": \"head-coach\", \"start\": \""
                    + start + "\", \"end\": \"" + end + "\", \"ended\": \"sacked\", \"sources\": [\"s1\"]}"
                    + (s < STINTS - 1 ? ",\n" : "\n"));
        }
        w.write("  ],\n  \"matches\": [\n");
        StringBuilder sb = new StringBuilder(256);
        for (int i = 0; i < matches; i++) {
            sb.setLength(0);
            long day = (long) i * DAYS / Math.max(1, matches);
            int team = (int) (day / stintDays);
            int opponent = STINTS + random.nextInt(TEAMS - STINTS);
            boolean fin = random.nextInt(100) == 0;
            String stage = fin ? "final" : STAGES[random.nextInt(STAGES.length)];
            int f = random.nextInt(5);
            int a = random.nextInt(5);
            sb.append("    {\"id\": \"m-").append(i).append("\", \"date\": \"").append(FIRST.plusDays(day))
                    .append("\", \"team\": \"team-").append(team).append("\", \"competition\": \"League ")
                    .append(team % 3).append("\", \"season\": \"Season ").append(1901 + day / 365)
                    .append("\", \"stage\": \"").append(stage).append("\", \"opponent\": \"team-").append(opponent)
                    .append("\", \"score\": {\"for\": ").append(f).append(", \"against\": ").append(a);
            String outcome;
            if (f != a) {
                outcome = f > a ? "won" : "lost";
            } else if (fin) {
                boolean won = random.nextBoolean();
                sb.append(", \"penalties\": {\"for\": ").append(won ? 5 : 3).append(", \"against\": ")
                        .append(won ? 4 : 4).append('}');
                outcome = won ? "won" : "lost";
            } else {
                outcome = "drawn";
            }
            sb.append("}, \"outcome\": \"").append(outcome).append("\", \"sources\": [\"s")
                    .append(1 + random.nextInt(2)).append("\"]}").append(i < matches - 1 ? ",\n" : "\n");
            w.append(sb);
        }
        w.write("  ],\n  \"incidents\": [\n");
        w.write("    {\"id\": \"i1\", \"date\": \"1950-06\", \"title\": \"A row\", \"people\": [\"Someone\"], "
                + "\"summary\": \"Words were said.\", \"sources\": [\"s2\"]}\n");
        w.write("  ]\n}\n");
    }
}
