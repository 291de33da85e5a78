import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step: turns the help's headings in the man pages' AsciiDoc into the sections a man page has.
 * picocli's generator makes a section of each heading as the help prints it ("Exit status:",
 * "Environment:"); a man page wants EXIT STATUS, ENVIRONMENT and SEE ALSO without colons, and the
 * footer's "See also:" line is a section of its own.
 *
 * <pre>java src/build/ManSections.java FOLDER</pre>
 */
public final class ManSections {
    private ManSections() {
    }

    public static void main(String[] args) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".adoc")).toList()) {
                List<String> out = new ArrayList<>();
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.startsWith("==  ") && line.endsWith(":")) {
                        out.add("== " + line.substring(4, line.length() - 1));
                    } else if (line.equals("See also:") && !out.isEmpty() && out.get(out.size() - 1).equals("[%hardbreaks]")) {
                        out.set(out.size() - 1, "== See also");
                    } else {
                        out.add(line);
                    }
                }
                Files.write(f, out, StandardCharsets.UTF_8);
            }
        }
    }
}
