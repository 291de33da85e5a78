package dev.herrera.cli;

import dev.herrera.io.AtomicFile;
import dev.herrera.model.Label;
import dev.herrera.model.PartialDate;
import dev.herrera.query.TimelineSelection;
import dev.herrera.render.timeline.Layout;
import dev.herrera.render.timeline.SvgTimeline;
import dev.herrera.render.timeline.TerminalTimeline;
import dev.herrera.render.timeline.Timeline;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "timeline", description = {
            "The career as a picture: a row per team, a bar per job, marks for finals won and lost and for "
                    + "incidents, years along the top.",
            "In the terminal it fits the terminal's width (asked of the terminal, else COLUMNS, else 80 columns; "
                    + "--width overrides). "
                    + "Club bars are solid, national-team bars double lines; a faded end is a date known only "
                    + "to the month or year, drawn to the edge of that span. Marks for finals and incidents go on a "
                    + "line under their team's bars, and a key below lists each one's date and what it was.",
            "--svg writes the same picture as an SVG chart: numbered marks, a key of those numbers, and "
                    + "details as tooltips. It is as wide as its years need; --width N makes it N x "
                    + SvgTimeline.PX_PER_COLUMN + " pixels wide.",
            "",
            "Examples:",
            "",
            "  herrera timeline",
            "  herrera timeline --from 2010 --to 2016 --ascii",
            "  herrera timeline --team america --width 100",
            "  herrera timeline --svg career.svg",
            ""
        })
final class TimelineCommand extends BaseCommand {
    /** The width when neither --width nor the terminal gives one. */
    static final int DEFAULT_WIDTH = 80;

    /** How the timeline is written to stdout. */
    enum Style implements Label {
        TEXT, SVG;
    }

    @Option(names = "--from", paramLabel = "DATE", description = "Start at this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    PartialDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "End at this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    PartialDate to;

    @Mixin
    TeamOption team;

    @Option(names = "--width", paramLabel = "N",
            description = "Draw N columns wide (" + TerminalTimeline.MIN_WIDTH + "-" + TerminalTimeline.MAX_WIDTH
                    + "). Default: the terminal's width, else COLUMNS, else " + DEFAULT_WIDTH + ". For SVG: N x "
                    + SvgTimeline.PX_PER_COLUMN + " pixels; default: as wide as the years need.")
    Integer width;

    @Option(names = "--ascii", description = "Draw with plain ASCII characters only.")
    boolean ascii;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text (for the terminal) or svg (an SVG document). Default: ${DEFAULT-VALUE}.")
    Style format;

    @Mixin
    ColorOption color;

    @Option(names = "--svg", paramLabel = "FILE",
            description = "Write the SVG chart to FILE (replaced all at once) instead of drawing in the terminal.")
    Path svg;

    @Override
    public Integer call() {
        if (width != null && (width < TerminalTimeline.MIN_WIDTH || width > TerminalTimeline.MAX_WIDTH)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--width " + width
                    + " is out of range: the timeline needs " + TerminalTimeline.MIN_WIDTH + " to "
                    + TerminalTimeline.MAX_WIDTH + " columns");
        }
        if (from != null && to != null && from.firstDay().isAfter(to.lastDay())) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--from " + from + " is after --to " + to);
        }
        TimelineSelection.Selection selection = TimelineSelection.select(career(), team(team.name), from, to, career().updated().lastDay());
        Timeline timeline = Layout.of(career(), selection);
        if (svg != null) {
            AtomicFile.write(svg, svg(timeline), root.dataFile());
            return 0;
        }
        if (format == Style.SVG) {
            return print(svg(timeline));
        }
        return print(TerminalTimeline.render(timeline, columns(), ascii, color.styler(environment())));
    }

    /** The SVG chart: --width columns of {@link SvgTimeline#PX_PER_COLUMN} pixels, else as wide as it needs. */
    private static String svgOf(Timeline timeline, Integer width) {
        return width == null ? SvgTimeline.render(timeline)
                : SvgTimeline.render(timeline, width * SvgTimeline.PX_PER_COLUMN);
    }

    private String svg(Timeline timeline) {
        return svgOf(timeline, width);
    }

    /** --width, else the terminal's width or COLUMNS (raised to the narrowest width that still draws), else 80. */
    private int columns() {
        if (width != null) {
            return width;
        }
        int fromEnv = environment().columns(DEFAULT_WIDTH);
        return Math.max(TerminalTimeline.MIN_WIDTH, Math.min(TerminalTimeline.MAX_WIDTH, fromEnv));
    }
}
