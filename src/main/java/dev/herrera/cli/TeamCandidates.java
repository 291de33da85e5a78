package dev.herrera.cli;

import dev.herrera.data.CareerLoader;
import dev.herrera.model.Team;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The team names shell completion offers for {@code --team}, {@code --opponent} and {@code team NAME}:
 * every id, and every name and alias of one word, in lower case. The build writes them from the
 * bundled dataset ({@link #main}), so that printing a completion script reads no dataset; without the
 * list, completion offers no names.
 */
final class TeamCandidates implements Iterable<String> {
    /** Where the build puts the list, on the class path. */
    static final String RESOURCE = "/dev/herrera/team-names.txt";

    @Override
    public Iterator<String> iterator() {
        List<String> names = new ArrayList<>();
        try (InputStream in = TeamCandidates.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        names.add(line.strip());
                    }
                }
            }
        } catch (IOException e) {
            // No list: no names offered.
        }
        return names.iterator();
    }

    /** Writes the list for the bundled dataset to the file named by the one argument: run by the build. */
    public static void main(String[] args) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        for (Team t : new CareerLoader().loadBundled().teams()) {
            names.add(t.id());
            List<String> words = new ArrayList<>(t.aliases());
            words.add(0, t.name());
            for (String w : words) {
                if (!w.contains(" ")) {
                    names.add(w.toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        Path file = Path.of(args[0]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, String.join("\n", names) + "\n", StandardCharsets.UTF_8);
    }
}
