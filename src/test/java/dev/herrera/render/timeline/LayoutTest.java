package dev.herrera.render.timeline;

import static dev.herrera.render.timeline.Fixtures.CLUB;
import static dev.herrera.render.timeline.Fixtures.NATION;
import static dev.herrera.render.timeline.Fixtures.RIVAL;
import static dev.herrera.render.timeline.Fixtures.career;
import static dev.herrera.render.timeline.Fixtures.finalMatch;
import static dev.herrera.render.timeline.Fixtures.incident;
import static dev.herrera.render.timeline.Fixtures.stint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herrera.data.CareerLoader;
import dev.herrera.model.Career;
import dev.herrera.model.Match;
import dev.herrera.model.Stint;
import dev.herrera.query.TimelineSelection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LayoutTest {
    private static final double EPS = 1e-9;

    private static Timeline layout(Career c) {
        return Layout.of(c, TimelineSelection.select(c, null, null, null, c.updated().lastDay()));
    }

    private static Map<String, Timeline.Bar> bars(Timeline t) {
        return t.rows().stream().flatMap(r -> r.bars().stream())
                .collect(Collectors.toMap(Timeline.Bar::stintId, Function.identity()));
    }

    @Test
    void theAxisRunsOverWholeYearsFromFirstToLastRecord() {
        Career c = career(List.of(stint("a", CLUB, "2002-03-10", "2004-08-01")), List.of(), List.of());
        Timeline t = layout(c);
        assertEquals(new Scale(2002, 2004), t.scale());
        Timeline.Bar bar = bars(t).get("a");
        assertEquals(t.scale().at(LocalDate.of(2002, 3, 10)), bar.start(), EPS);
        assertEquals(t.scale().after(LocalDate.of(2004, 8, 1)), bar.end(), EPS);
        assertEquals(Timeline.End.EXACT, bar.head());
        assertEquals(Timeline.End.EXACT, bar.tail());
        assertEquals(bar.start(), bar.solidStart(), EPS);
        assertEquals(bar.end(), bar.solidEnd(), EPS);
    }

    @Test
    void partialEndsReachTheOuterEdgeOfTheirSpanAndAreSureOnlyBeyondIt() {
        Career c = career(List.of(stint("a", CLUB, "2002", "2007-09")), List.of(), List.of());
        Timeline t = layout(c);
        Timeline.Bar bar = bars(t).get("a");
        Scale s = t.scale();
        assertEquals(Timeline.End.PARTIAL, bar.head());
        assertEquals(Timeline.End.PARTIAL, bar.tail());
        assertEquals(s.year(2002), bar.start(), EPS);
        assertEquals(s.year(2003), bar.solidStart(), EPS);
        assertEquals(s.at(LocalDate.of(2007, 9, 1)), bar.solidEnd(), EPS);
        assertEquals(s.at(LocalDate.of(2007, 10, 1)), bar.end(), EPS);
    }

    @Test
    void endsSoVagueThatNoDayIsSureLeaveNoSolidPart() {
        // Started some time in 2008, left in May 2008.
        Career c = career(List.of(stint("a", CLUB, "2008", "2008-05")), List.of(), List.of());
        Timeline.Bar bar = bars(layout(c)).get("a");
        assertEquals(bar.solidStart(), bar.solidEnd(), EPS);
        assertTrue(bar.start() < bar.solidStart() && bar.solidEnd() < bar.end());
    }

    @Test
    void aJobStillHeldRunsToTheDateOfTheDataAndIsOpen() {
        Career c = career(List.of(stint("a", CLUB, "2020-01-01", null)), List.of(), List.of());
        Timeline t = layout(c);
        Timeline.Bar bar = bars(t).get("a");
        assertEquals(Timeline.End.OPEN, bar.tail());
        assertEquals(t.scale().after(c.updated().lastDay()), bar.end(), EPS);
    }

    @Test
    void aPeriodCutsBarsAndMarksTheCutEndsOpen() {
        Career c = career(List.of(stint("a", CLUB, "2002", "2010-06-30")), List.of(), List.of());
        TimelineSelection.Selection sel = TimelineSelection.select(c, null, parse("2005"), parse("2006-06"), c.updated().lastDay());
        Timeline t = Layout.of(c, sel);
        assertEquals(new Scale(2005, 2006), t.scale());
        Timeline.Bar bar = bars(t).get("a");
        assertEquals(Timeline.End.OPEN, bar.head());
        assertEquals(Timeline.End.OPEN, bar.tail());
        assertEquals(0, bar.start(), EPS);
        assertEquals(t.scale().at(LocalDate.of(2006, 7, 1)), bar.end(), EPS);
    }

    @Test
    void returnsToATeamShareItsRowAndRowsFollowFirstAppearance() {
        Career c = career(List.of(
                stint("club-1", CLUB, "2002", "2004"),
                stint("nation-1", NATION, "2005-01-01", "2006-01-01"),
                stint("club-2", CLUB, "2008-01-01", "2009-01-01")), List.of(), List.of());
        Timeline t = layout(c);
        assertEquals(List.of(CLUB.name(), NATION.name()), t.rows().stream().map(Timeline.Row::label).toList());
        assertEquals(List.of("club-1", "club-2"), t.rows().get(0).bars().stream().map(Timeline.Bar::stintId).toList());
    }

    @Test
    void aMarkSitsInTheMiddleOfWhatItsDateAndItsJobShare() {
        // A final known only to the year, in a job that began in June of that year.
        Career c = career(List.of(stint("a", CLUB, "2010-06-01", "2012-06-01")),
                List.of(finalMatch("f", CLUB, "2010", 1, 0)), List.of());
        Timeline t = layout(c);
        Scale s = t.scale();
        Timeline.Mark m = t.rows().get(0).marks().get(0);
        assertEquals(Timeline.MarkKind.FINAL_WON, m.kind());
        assertEquals((s.at(LocalDate.of(2010, 6, 1)) + s.year(2011)) / 2, m.at(), EPS);
        assertEquals("2010", m.date());
        assertTrue(m.text().contains("1-0"), m.text());
    }

    @Test
    void marksOutsideEveryJobGoOnTheirOwnRow() {
        // Incidents without a team: one inside the job's span, two outside every job.
        Career c = career(List.of(stint("a", CLUB, "2010-01-01", "2011-01-01")),
                List.of(),
                List.of(incident("j", null, "2009-03-01"), incident("i", null, "2010-06"), incident("k", null, "2015-05-05")));
        Timeline t = layout(c);
        assertEquals(2, t.rows().size());
        assertEquals(List.of(Timeline.MarkKind.INCIDENT), t.rows().get(0).marks().stream().map(Timeline.Mark::kind).toList());
        Timeline.Row other = t.rows().get(1);
        assertEquals(Layout.OTHER, other.label());
        assertEquals(2, other.marks().size());
        assertTrue(other.marks().get(0).at() < other.marks().get(1).at());
    }

    /** In the real data: every stint has a bar, every final and incident a mark, and concurrent jobs overlap. */
    @Test
    void theBundledCareerIsLaidOutWhole() {
        Career c = new CareerLoader().loadBundled();
        Timeline t = layout(c);
        Map<String, Timeline.Bar> bars = bars(t);
        assertEquals(c.stints().size(), bars.size());
        long finals = c.matches().stream().filter(Match::isFinal).count();
        List<Timeline.Mark> marks = t.rows().stream().flatMap(r -> r.marks().stream()).toList();
        assertEquals(finals, marks.stream().filter(m -> m.kind() != Timeline.MarkKind.INCIDENT).count());
        assertEquals(c.incidents().size(), marks.stream().filter(m -> m.kind() == Timeline.MarkKind.INCIDENT).count());
        int declared = 0;
        for (Stint s : c.stints()) {
            for (String other : s.concurrent()) {
                Timeline.Bar a = bars.get(s.id());
                Timeline.Bar b = bars.get(other);
                assertNotNull(b, other);
                if (!c.stints().stream().filter(x -> x.id().equals(other)).findFirst().orElseThrow().team().equals(s.team())) {
                    assertTrue(a.start() < b.end() && b.start() < a.end(), s.id() + " and " + other + " should overlap");
                    declared++;
                }
            }
        }
        assertTrue(declared > 0, "the data declares concurrent jobs at different teams (America and Mexico, 2013)");
        for (Timeline.Bar b : bars.values()) {
            assertTrue(0 <= b.start() && b.end() <= 1, b.stintId());
        }
    }

    private static dev.herrera.model.PartialDate parse(String s) {
        return dev.herrera.model.PartialDate.parse(s);
    }

    @Test
    void theDescriptionCountsWhatIsDrawnKindByKind() {
        Career c = career(List.of(stint("a", CLUB, "2002-03-10", "2004-08-01"), stint("r", RIVAL, "2005", "2006"),
                stint("n", NATION, "2007", "2008")),
                List.of(finalMatch("f1", CLUB, "2003", 2, 1), finalMatch("f2", NATION, "2008-06", 0, 1)),
                List.of(incident("i1", CLUB, "2003")));
        Timeline t = layout(c);
        assertEquals("Test Manager: managerial career, 2002\u20132008", t.title());
        assertEquals("A timeline of Test Manager's jobs as a manager, 2002\u20132008: 3 stints at 3 teams (2 clubs,"
                + " 1 national team), 2 finals (1 won, 1 lost) and 1 incident. Each bar is a stint; a faded end is"
                + " a date known only to the month or year.", t.description());
    }

    @Test
    void aCareerOfOneYearIsNamedByThatYear() {
        Timeline t = layout(career(List.of(stint("a", CLUB, "2002-03", "2002-09")), List.of(), List.of()));
        assertEquals("Test Manager: managerial career, 2002", t.title());
        assertTrue(t.description().startsWith("A timeline of Test Manager's jobs as a manager, 2002: 1 stint at 1 team"
                + " (1 club, 0 national teams), 0 finals (0 won, 0 lost) and 0 incidents."), t.description());
    }
}
