package dev.herrera.render.timeline;

import dev.herrera.model.Role;
import dev.herrera.model.TeamKind;
import java.util.List;

/**
 * A career laid out in time, independent of how it is drawn: the axis, then one row per team with a
 * bar per stint and a mark per final or incident. Positions are fractions of the axis (see
 * {@link Scale}), so the terminal and SVG pictures of one timeline agree. {@code updated} is the
 * date the data is current to, as the data gives it, for the picture's source line.
 */
public record Timeline(String title, String description, String updated, Scale scale, List<Row> rows) {
    public Timeline {
        rows = List.copyOf(rows);
    }

    /** How a bar's end is drawn. */
    public enum End {
        /** The day is known. */
        EXACT,
        /** Only the year or month is known: the bar reaches the outer edge of that span, drawn faded. */
        PARTIAL,
        /** The job goes on past the edge of the picture (still held, or cut off by the period shown). */
        OPEN
    }

    /** What a mark stands for. */
    public enum MarkKind {
        FINAL_WON("final won"),
        FINAL_LOST("final lost"),
        FINAL_DRAWN("final, no winner recorded"),
        INCIDENT("incident");

        private final String label;

        MarkKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A team's row: its bars in date order and the marks on them. The last row may have no team
     * ({@code kind} null): it holds the marks that fall outside every job shown.
     */
    public record Row(String label, TeamKind kind, List<Bar> bars, List<Mark> marks) {
        public Row {
            bars = List.copyOf(bars);
            marks = List.copyOf(marks);
        }
    }

    /**
     * One stint, from {@code start} to {@code end}. Between {@code solidStart} and {@code solidEnd}
     * the job was surely held; outside, up to a partial end, it may have been.
     */
    public record Bar(String stintId, String team, TeamKind kind, Role role, double start, double end,
            double solidStart, double solidEnd, End head, End tail, String text) {
        public Bar {
            if (!(start <= solidStart && solidStart <= solidEnd && solidEnd <= end)) {
                throw new IllegalArgumentException("bar " + stintId + " is out of order: "
                        + start + " " + solidStart + " " + solidEnd + " " + end);
            }
        }
    }

    /**
     * A final or an incident at position {@code at}; {@code date} is the date as the data gives it,
     * {@code text} a one-line description that stands alone (date, team, and for a final:
     * competition, opponent, score and result), {@code label} the same without the date and the
     * team, for a key that gives those beside it.
     */
    public record Mark(MarkKind kind, double at, String date, String text, String label) {
    }
}
