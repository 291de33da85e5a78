package dev.herrera.render;

import dev.herrera.model.MediaRole;
import dev.herrera.query.Records;
import dev.herrera.query.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The career in numbers, two columns FIELD and VALUE: what {@code summary} prints. */
public final class SummaryListing {
    private SummaryListing() {
    }

    /** Whether he holds a job on the dataset's date, and what he does in the media. */
    static String status(Summary s) {
        String job = s.to() == null ? "in a managerial job" : "no managerial job since " + s.to();
        if (s.media().isEmpty()) {
            return job;
        }
        List<String> roles = new ArrayList<>();
        for (MediaRole m : s.media()) {
            roles.add(m.role() + " for " + m.employer() + " since " + m.start());
        }
        return job + "; " + String.join("; ", roles);
    }

    /** Titles get one row per competition. */
    public static Listing of(Summary s) {
        Listing.Builder b = Listing.builder("FIELD", "VALUE");
        b.row("stints", String.valueOf(s.stints()));
        b.row("clubs", String.valueOf(s.clubs()));
        b.row("national teams", String.valueOf(s.nationalTeams()));
        b.row("first job", s.from().toString());
        b.row("last job ended", s.to() == null ? "ongoing" : s.to().toString());
        b.row("years from first job to last", (s.approximate() ? "~" : "") + s.years());
        b.row("matches", String.valueOf(s.matches()));
        b.row("finals", String.valueOf(s.finals()));
        b.row("finals won", String.valueOf(s.finalsWon()));
        b.row("finals lost", String.valueOf(s.finalsLost()));
        b.row("titles", String.valueOf(s.titleCount()));
        for (Map.Entry<String, Integer> e : s.titles().entrySet()) {
            b.row("titles: " + e.getKey(), String.valueOf(e.getValue()));
        }
        b.row("incidents", String.valueOf(s.incidents()));
        for (Records.Total t : s.records()) {
            b.row("record: " + t.scope().label(), RecordListing.total(t).substring(t.scope().label().length() + 2));
        }
        b.row("status on " + s.asOf(), status(s));
        return b.build(s);
    }
}
