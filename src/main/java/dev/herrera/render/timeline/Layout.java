package dev.herrera.render.timeline;

import dev.herrera.model.Career;
import dev.herrera.model.Incident;
import dev.herrera.model.Match;
import dev.herrera.model.PartialDate;
import dev.herrera.model.Stint;
import dev.herrera.model.Team;
import dev.herrera.model.TeamKind;
import dev.herrera.query.Finals;
import dev.herrera.query.TimelineSelection;
import dev.herrera.render.Scores;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays a selection of the career out as a {@link Timeline}.
 *
 * <ul>
 *   <li>The axis runs over whole years, from the year the period starts to the year it ends.
 *   <li>One row per team, in the order he first took it on; a team he returned to keeps one row
 *       with a bar per spell, so returns show as gaps on the same line.
 *   <li>A bar reaches the outer edges of partial dates (a start of {@code 2002} from 1 January, an
 *       end of {@code 2007-09} to 30 September): the job may have been held on any of those days.
 *       The uncertain part, the span the partial date names, is drawn faded; the rest solid.
 *   <li>A mark (final or incident) goes on its team's row, on the bar of the stint that covers its
 *       date, at the middle of the days both its date and that stint may span. An incident with no
 *       team goes on the first row whose job covers its date. A mark no bar covers goes on a last
 *       row, {@value #OTHER}, at the middle of its date's span.
 * </ul>
 */
public final class Layout {
    /** The label of the row for marks that fall outside every job shown. */
    public static final String OTHER = "other";

    private Layout() {
    }

    public static Timeline of(Career career, TimelineSelection.Selection selection) {
        if (selection.from() == null || selection.to() == null) {
            throw new IllegalArgumentException("nothing to lay out");
        }
        LocalDate from = selection.from();
        LocalDate to = selection.to();
        Scale scale = new Scale(from.getYear(), to.getYear());
        LocalDate asOf = selection.asOf();

        Map<String, List<Stint>> byTeam = new LinkedHashMap<>();
        for (Stint s : selection.stints().stream().sorted(Comparator.comparing(Stint::start)).toList()) {
            byTeam.computeIfAbsent(s.team(), k -> new ArrayList<>()).add(s);
        }
        Map<String, List<Timeline.Mark>> marks = new LinkedHashMap<>();
        byTeam.keySet().forEach(t -> marks.put(t, new ArrayList<>()));
        List<Timeline.Mark> other = new ArrayList<>();

        for (Match m : selection.finals()) {
            place(scale, from, to, asOf, byTeam, m.team(), m.date(), kind(m), text(career, m), label(career, m),
                    marks, other);
        }
        for (Incident i : selection.incidents()) {
            place(scale, from, to, asOf, byTeam, i.team(), i.date(), Timeline.MarkKind.INCIDENT,
                    i.date() + ": " + i.title(), i.title(), marks, other);
        }

        List<Timeline.Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<Stint>> e : byTeam.entrySet()) {
            Team team = career.teamOf(e.getKey());
            List<Timeline.Bar> bars = e.getValue().stream().map(s -> bar(scale, from, to, asOf, team, s)).toList();
            rows.add(new Timeline.Row(team.name(), team.kind(), bars, sorted(marks.get(e.getKey()))));
        }
        if (!other.isEmpty()) {
            rows.add(new Timeline.Row(OTHER, null, List.of(), sorted(other)));
        }
        return new Timeline(title(career, scale), description(career, selection, byTeam, scale),
                career.updated().toString(), scale, rows);
    }

    static Timeline.Bar bar(Scale scale, LocalDate from, LocalDate to, LocalDate asOf, Team team, Stint s) {
        LocalDate first = s.start().firstDay();
        LocalDate last = TimelineSelection.lastDay(s, asOf);
        Timeline.End head = s.start().isExact() ? Timeline.End.EXACT : Timeline.End.PARTIAL;
        Timeline.End tail = s.isOngoing() ? Timeline.End.OPEN
                : s.end().isExact() ? Timeline.End.EXACT : Timeline.End.PARTIAL;
        if (first.isBefore(from)) {
            first = from;
            head = Timeline.End.OPEN;
        }
        if (last.isAfter(to)) {
            last = to;
            tail = Timeline.End.OPEN;
        }
        double start = scale.at(first);
        double end = scale.after(last);
        // Surely held from the day after the start's span until the first day of the end's span.
        double solidStart = head == Timeline.End.PARTIAL ? Math.min(end, scale.after(s.start().lastDay())) : start;
        double solidEnd = tail == Timeline.End.PARTIAL ? Math.max(start, scale.at(s.end().firstDay())) : end;
        if (solidStart > solidEnd) {
            // Both ends are so vague that no day is sure (a start of 2008, an end of 2008-05).
            double middle = (solidStart + solidEnd) / 2;
            solidStart = middle;
            solidEnd = middle;
        }
        String text = team.name() + ", " + s.role().label() + ": " + s.start() + " to "
                + (s.isOngoing() ? "present" : s.end().toString());
        return new Timeline.Bar(s.id(), team.id(), team.kind(), s.role(), start, end, solidStart, solidEnd,
                head, tail, text);
    }

    private static void place(Scale scale, LocalDate from, LocalDate to, LocalDate asOf,
            Map<String, List<Stint>> byTeam, String team, PartialDate date, Timeline.MarkKind kind, String text,
            String label, Map<String, List<Timeline.Mark>> marks, List<Timeline.Mark> other) {
        LocalDate first = max(date.firstDay(), from);
        LocalDate last = min(date.lastDay(), to);
        for (Map.Entry<String, List<Stint>> e : byTeam.entrySet()) {
            if (team != null && !team.equals(e.getKey())) {
                continue;
            }
            for (Stint s : e.getValue()) {
                if (s.covers(date)) {
                    LocalDate a = max(first, s.start().firstDay());
                    LocalDate b = min(last, TimelineSelection.lastDay(s, asOf));
                    if (!a.isAfter(b)) {
                        marks.get(e.getKey()).add(new Timeline.Mark(kind, middle(scale, a, b), date.toString(), text,
                                label));
                        return;
                    }
                }
            }
        }
        other.add(new Timeline.Mark(kind, middle(scale, first, last), date.toString(), text, label));
    }

    /** The middle of the days from {@code a} to {@code b}, both included. */
    static double middle(Scale scale, LocalDate a, LocalDate b) {
        return (scale.at(a) + scale.after(b)) / 2;
    }

    private static Timeline.MarkKind kind(Match m) {
        return switch (m.outcome()) {
            case WON -> Timeline.MarkKind.FINAL_WON;
            case LOST -> Timeline.MarkKind.FINAL_LOST;
            case DRAWN -> Timeline.MarkKind.FINAL_DRAWN;
        };
    }

    private static String text(Career career, Match m) {
        StringBuilder sb = new StringBuilder().append(m.date()).append(": ").append(m.competition());
        if (m.season() != null && !m.season().equals(m.competition())) {
            sb.append(", ").append(m.season());
        }
        sb.append(" final, ").append(career.teamOf(m.team()).name())
                .append(" v ").append(career.teamOf(m.opponent()).name())
                .append(", ").append(Scores.format(m.score()))
                .append(" (").append(m.outcome().label()).append(')');
        return sb.toString();
    }

    /** A final as its team's key lists it: "Liga MX, Clausura 2013 final v Cruz Azul, 2-2 …, won". */
    private static String label(Career career, Match m) {
        StringBuilder sb = new StringBuilder().append(m.competition());
        if (m.season() != null && !m.season().equals(m.competition())) {
            sb.append(", ").append(m.season());
        }
        return sb.append(" final v ").append(career.teamOf(m.opponent()).name())
                .append(", ").append(Scores.format(m.score()))
                .append(", ").append(m.outcome().label()).toString();
    }

    private static List<Timeline.Mark> sorted(List<Timeline.Mark> marks) {
        return marks.stream().sorted(Comparator.comparingDouble(Timeline.Mark::at)).toList();
    }

    private static String title(Career career, Scale scale) {
        return career.person().name() + ": managerial career, " + years(scale);
    }

    private static String years(Scale scale) {
        return scale.firstYear() == scale.lastYear() ? String.valueOf(scale.firstYear())
                : scale.firstYear() + "\u2013" + scale.lastYear();
    }

    private static String description(Career career, TimelineSelection.Selection sel, Map<String, List<Stint>> byTeam,
            Scale scale) {
        long clubs = byTeam.keySet().stream().filter(t -> career.teamOf(t).kind() == TeamKind.CLUB).count();
        long national = byTeam.size() - clubs;
        Finals.Tally tally = Finals.Tally.of(sel.finals());
        return "A timeline of " + career.person().name() + "'s jobs as a manager, " + years(scale) + ": "
                + count(sel.stints().size(), "stint") + " at " + count(byTeam.size(), "team")
                + " (" + count((int) clubs, "club") + ", " + count((int) national, "national team") + "), "
                + count(tally.finals(), "final") + " (" + tally.won() + " won, " + tally.lost() + " lost) and "
                + count(sel.incidents().size(), "incident") + ". Each bar is a stint; a faded end is a date known "
                + "only to the month or year.";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
