package dev.herrera.query;

import dev.herrera.model.Career;
import dev.herrera.model.Cited;
import dev.herrera.model.Claim;
import dev.herrera.model.Honour;
import dev.herrera.model.Incident;
import dev.herrera.model.JobRecord;
import dev.herrera.model.Match;
import dev.herrera.model.Note;
import dev.herrera.model.Source;
import dev.herrera.model.Stint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where facts come from: how often each source is cited, and every recorded disagreement. */
public final class Citations {
    private Citations() {
    }

    /** A source with the number of records (person, stints, matches, incidents, job records, honours, media) citing it. */
    public record Usage(Source source, int records) {
    }

    /** One recorded disagreement, with the record it belongs to. */
    public record Conflict(String kind, String record, String about, List<Claim> claims, String holds, String why) {
        static Conflict of(String kind, String record, Note note) {
            return new Conflict(kind, record, note.about(), note.claims(), note.holds(), note.why());
        }
    }

    /** Every source in registry order, with how many records cite it in their sources or notes. */
    public static List<Usage> usage(Career career) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Source s : career.sources()) {
            counts.put(s.id(), 0);
        }
        for (String id : career.person().sources()) {
            increment(counts, id);
        }
        for (Cited record : records(career)) {
            for (String id : cited(record)) {
                increment(counts, id);
            }
        }
        List<Usage> usage = new ArrayList<>();
        for (Source s : career.sources()) {
            usage.add(new Usage(s, counts.get(s.id())));
        }
        return List.copyOf(usage);
    }

    /** Every disagreement recorded in the dataset, in the order stints, matches, incidents, job records, honours, media. */
    public static List<Conflict> conflicts(Career career) {
        List<Conflict> conflicts = new ArrayList<>();
        for (Cited record : records(career)) {
            String kind = kind(record);
            for (Note n : record.notes()) {
                conflicts.add(Conflict.of(kind, record.id(), n));
            }
        }
        return conflicts;
    }

    /** The source ids a record cites, in its sources list or in its notes, each once. */
    public static Set<String> cited(Cited record) {
        Set<String> ids = new HashSet<>(record.sources());
        for (Note n : record.notes()) {
            for (Claim c : n.claims()) {
                ids.add(c.source());
            }
        }
        return ids;
    }

    /** {@code id} is in {@code counts}: the career refuses a citation of a source it does not list. */
    private static void increment(Map<String, Integer> counts, String id) {
        counts.put(id, counts.get(id) + 1);
    }

    private static List<Cited> records(Career career) {
        List<Cited> all = new ArrayList<>(career.stints());
        all.addAll(career.matches());
        all.addAll(career.incidents());
        all.addAll(career.records());
        all.addAll(career.honours());
        all.addAll(career.media());
        return all;
    }

    private static String kind(Cited record) {
        if (record instanceof Stint) {
            return "stint";
        }
        if (record instanceof Match) {
            return "match";
        }
        if (record instanceof Incident) {
            return "incident";
        }
        if (record instanceof JobRecord) {
            return "record";
        }
        return record instanceof Honour ? "honour" : "media";
    }
}
