package dev.herrera.render;

import dev.herrera.model.Career;
import dev.herrera.model.MediaRole;
import dev.herrera.model.Stint;
import dev.herrera.model.Team;
import dev.herrera.query.OnDate;
import java.util.ArrayList;
import java.util.List;

/** The job(s) held on a date; between jobs, the one before and the one after: what {@code on} prints. */
public final class OnDateListing {
    private OnDateListing() {
    }

    public static Listing of(Career career, OnDate answer) {
        Listing.Builder b = Listing.builder("STATUS", "TEAM", "KIND", "ROLE", "FROM", "TO");
        for (Stint s : answer.held()) {
            row(b, career, "held", s);
        }
        if (answer.previous() != null) {
            row(b, career, "previous", answer.previous());
        }
        if (answer.next() != null) {
            row(b, career, "next", answer.next());
        }
        for (MediaRole m : answer.media()) {
            b.row("media", m.employer(), "media", m.role(), m.start().toString(),
                    m.isOngoing() ? "present" : m.end().toString());
        }
        b.footer(sentence(career, answer));
        return b.build(answer);
    }

    private static void row(Listing.Builder b, Career career, String status, Stint s) {
        Team team = career.teamOf(s.team());
        b.row(status, team.name(), team.kind().label(), s.role().label(), s.start().toString(),
                s.isOngoing() ? "present" : s.end().toString());
    }

    /** The answer as a sentence, the line under the table, and what he did in the media then. */
    static String sentence(Career career, OnDate answer) {
        String jobs = jobs(career, answer);
        if (answer.media().isEmpty()) {
            return jobs;
        }
        List<String> roles = new ArrayList<>();
        for (MediaRole m : answer.media()) {
            roles.add(m.role() + " for " + m.employer() + " (" + m.start() + " to "
                    + (m.isOngoing() ? "present" : m.end().toString()) + ")");
        }
        return jobs + " In the media: " + String.join("; ", roles) + ".";
    }

    private static String jobs(Career career, OnDate answer) {
        String date = answer.date().toString();
        if (!answer.betweenJobs()) {
            List<String> jobs = new ArrayList<>();
            for (Stint s : answer.held()) {
                jobs.add(job(career, s));
            }
            return jobs.size() == 1 ? "On " + date + " he was " + jobs.get(0) + "."
                    : "On " + date + " he held " + jobs.size() + " jobs at once: " + String.join("; ", jobs) + ".";
        }
        // Never both null: a career has at least one job, and a date that job does not cover falls
        // surely before its start or surely after its end (OnDate.of).
        Stint previous = answer.previous();
        Stint next = answer.next();
        if (previous == null) {
            return date + " is before his first job: " + job(career, next) + " from " + next.start() + ".";
        }
        if (next == null) {
            return date + " is after his last job: no managerial job since " + job(career, previous) + " ended on "
                    + previous.end() + ".";
        }
        return date + " falls between jobs: " + job(career, previous) + " until " + previous.end()
                + ", then " + job(career, next) + " from " + next.start() + ".";
    }

    private static String job(Career career, Stint s) {
        return s.role().label() + " of " + career.teamOf(s.team()).name();
    }
}
