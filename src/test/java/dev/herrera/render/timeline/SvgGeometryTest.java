package dev.herrera.render.timeline;

import static dev.herrera.render.timeline.Fixtures.bar;
import static dev.herrera.render.timeline.Fixtures.mark;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herrera.model.Career;
import dev.herrera.model.TeamKind;
import dev.herrera.query.TimelineSelection;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Where the SVG timeline puts things, on a timeline built by hand: 2000 to 2009 drawn 1000 pixels
 * wide, so the plot runs from x = 110 (the narrowest label column) to x = 970 and a tenth of the
 * axis is 86 pixels; rows are 40 pixels from y = 84, each bar 16 pixels high and centred at 15
 * pixels down its row.
 */
class SvgGeometryTest {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String CLUB_BLUE = "#2563a8";
    private static final String NATIONAL_ORANGE = "#c2410c";

    /** A club row with a won final, a national row with a drawn and a lost one, and the "other" row with an incident. */
    private static Timeline sample() {
        return Fixtures.handBuilt("Title T", "row");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<Element> elements(Node parent, String name) {
        NodeList nodes = parent instanceof Document d ? d.getElementsByTagNameNS(SVG_NS, name)
                : ((Element) parent).getElementsByTagNameNS(SVG_NS, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static Element byId(Document d, String id) {
        for (Element g : elements(d, "g")) {
            if (id.equals(g.getAttribute("id"))) {
                return g;
            }
        }
        throw new AssertionError("no element " + id);
    }

    private static Element byClass(Document d, String cls) {
        for (Element g : elements(d, "g")) {
            if (cls.equals(g.getAttribute("class"))) {
                return g;
            }
        }
        throw new AssertionError("no element of class " + cls);
    }

    /** x, y, width, height, fill and stroke of a rect, and whether it is drawn faded. */
    private static String rect(Element r) {
        return r.getAttribute("x") + " " + r.getAttribute("y") + " " + r.getAttribute("width") + " "
                + r.getAttribute("height") + " " + r.getAttribute("fill") + " " + r.getAttribute("stroke")
                + (r.getAttribute("fill-opacity").isEmpty() ? "" : " faded");
    }

    private static List<String> rects(Element g) {
        return elements(g, "rect").stream().map(SvgGeometryTest::rect).toList();
    }

    private static String text(Element t) {
        return t.getAttribute("x") + "," + t.getAttribute("y") + " " + t.getTextContent();
    }

    @Test
    void aClubBarIsOneSolidRectangleAcrossItsDays() throws Exception {
        Element a = byId(parse(SvgTimeline.render(sample(), 1000)), "stint-a");
        assertEquals("bar club", a.getAttribute("class"));
        assertEquals("bar a", elements(a, "title").get(0).getTextContent());
        assertEquals(List.of("196 91 344 16 " + CLUB_BLUE + " " + CLUB_BLUE), rects(a));
        assertTrue(elements(a, "path").isEmpty());
    }

    @Test
    void aNationalBarIsHatchedFadedWherePartialAndArrowedWhereOpen() throws Exception {
        Element b = byId(parse(SvgTimeline.render(sample(), 1000)), "stint-b");
        assertEquals("bar national", b.getAttribute("class"));
        assertEquals(List.of("540 131 86 16 url(#hatch) " + NATIONAL_ORANGE + " faded",
                "626 131 172 16 url(#hatch) " + NATIONAL_ORANGE), rects(b));
        List<Element> arrows = elements(b, "path");
        assertEquals(1, arrows.size());
        assertEquals("M798,131 l7,8 l-7,8 z", arrows.get(0).getAttribute("d"));
        assertEquals(NATIONAL_ORANGE, arrows.get(0).getAttribute("fill"));
    }

    @Test
    void aPartialEndAlwaysShowsAndAnOpenHeadPointsLeft() throws Exception {
        Timeline t = new Timeline("T", "D", "2025", new Scale(2000, 2009), List.of(new Timeline.Row("Club",
                TeamKind.CLUB, List.of(
                        bar("c", TeamKind.CLUB, 0.2, 0.4, 0.2, 0.4, Timeline.End.PARTIAL, Timeline.End.PARTIAL),
                        bar("d", TeamKind.CLUB, 0.5, 0.5 + 8 / 860.0, 0.5, 0.5 + 8 / 860.0, Timeline.End.PARTIAL,
                                Timeline.End.PARTIAL),
                        bar("e", TeamKind.CLUB, 0.6, 0.7, 0.6, 0.7, Timeline.End.OPEN, Timeline.End.EXACT)),
                List.of())));
        Document d = parse(SvgTimeline.render(t, 1000));
        // Five pixels of fade at each partial end, taken from the solid part.
        assertEquals(List.of("282 91 5 16 " + CLUB_BLUE + " " + CLUB_BLUE + " faded",
                "287 91 162 16 " + CLUB_BLUE + " " + CLUB_BLUE,
                "449 91 5 16 " + CLUB_BLUE + " " + CLUB_BLUE + " faded"), rects(byId(d, "stint-c")));
        // Too short for both fades and a solid part: the fades meet in the middle.
        assertEquals(List.of("540 91 4 16 " + CLUB_BLUE + " " + CLUB_BLUE + " faded",
                "544 91 4 16 " + CLUB_BLUE + " " + CLUB_BLUE + " faded"), rects(byId(d, "stint-d")));
        Element e = byId(d, "stint-e");
        assertEquals(List.of("626 91 86 16 " + CLUB_BLUE + " " + CLUB_BLUE), rects(e));
        assertEquals("M626,91 l-7,8 l7,8 z", elements(e, "path").get(0).getAttribute("d"));
    }

    @Test
    void eachMarkHasItsShapeAndItsNumberUnderIt() throws Exception {
        Document d = parse(SvgTimeline.render(sample(), 1000));
        Element won = byClass(d, "mark final-won");
        assertEquals("M325,92 L332,105 L318,105 Z", elements(won, "path").get(0).getAttribute("d"));
        assertEquals("#15803d", elements(won, "path").get(0).getAttribute("fill"));
        assertEquals("text won", elements(won, "title").get(0).getTextContent());
        assertEquals("325,119 1", text(elements(won, "text").get(0)));
        Element drawn = byClass(d, "mark final-drawn");
        assertEquals("M583,133 L589,139 L583,145 L577,139 Z", elements(drawn, "path").get(0).getAttribute("d"));
        assertEquals("583,159 2", text(elements(drawn, "text").get(0)));
        Element lost = byClass(d, "mark final-lost");
        assertEquals("M755,146 L762,133 L748,133 Z", elements(lost, "path").get(0).getAttribute("d"));
        assertEquals("#b91c1c", elements(lost, "path").get(0).getAttribute("fill"));
        assertEquals("755,159 3", text(elements(lost, "text").get(0)));
        Element incident = byClass(d, "mark incident");
        Element circle = elements(incident, "circle").get(0);
        assertEquals("927 179 6.5 #d97706", circle.getAttribute("cx") + " " + circle.getAttribute("cy") + " "
                + circle.getAttribute("r") + " " + circle.getAttribute("fill"));
        assertEquals(List.of("927,183 !", "927,199 4"), elements(incident, "text").stream().map(SvgGeometryTest::text)
                .toList());
    }

    @Test
    void rowLabelsEndAtTheLabelColumnAndTheOtherRowIsItalic() throws Exception {
        Document d = parse(SvgTimeline.render(sample(), 1000));
        List<Element> labels = new ArrayList<>();
        for (Element g : elements(d, "g")) {
            if ("row".equals(g.getAttribute("class"))) {
                labels.add(elements(g, "text").get(0));
            }
        }
        assertEquals(List.of("96,103.5 Club", "96,143.5 Nation", "96,183.5 Other"),
                labels.stream().map(SvgGeometryTest::text).toList());
        assertEquals(List.of("", "", "italic"), labels.stream().map(l -> l.getAttribute("font-style")).toList());
        assertEquals(List.of("end", "end", "end"), labels.stream().map(l -> l.getAttribute("text-anchor")).toList());
        // Every other row is shaded, the first included.
        List<String> shades = new ArrayList<>();
        for (Element r : elements(d, "rect")) {
            if ("#f4f6f8".equals(r.getAttribute("fill"))) {
                shades.add(r.getAttribute("y") + " " + r.getAttribute("width") + " " + r.getAttribute("height"));
            }
        }
        assertEquals(List.of("84 1000 40", "164 1000 40"), shades);
    }

    @Test
    void theAxisHasAGridLinePerYearAndALabelPerYearThatFits() throws Exception {
        Element axis = byId(parse(SvgTimeline.render(sample(), 1000)), "axis");
        List<Element> lines = elements(axis, "line");
        assertEquals("110 70 970 70", lines.get(0).getAttribute("x1") + " " + lines.get(0).getAttribute("y1") + " "
                + lines.get(0).getAttribute("x2") + " " + lines.get(0).getAttribute("y2"));
        assertEquals(12, lines.size());
        assertEquals("110 66 204", lines.get(1).getAttribute("x1") + " " + lines.get(1).getAttribute("y1") + " "
                + lines.get(1).getAttribute("y2"));
        assertEquals("970", lines.get(11).getAttribute("x1"));
        List<String> years = elements(axis, "text").stream().map(SvgGeometryTest::text).toList();
        assertEquals(10, years.size());
        assertEquals("153,60 2000", years.get(0));
        assertEquals("2009", years.get(9).substring(years.get(9).indexOf(' ') + 1));

        Timeline wide = new Timeline("T", "D", "2025", new Scale(1900, 2099), List.of());
        List<String> decades = elements(byId(parse(SvgTimeline.render(wide, 1000)), "axis"), "text").stream()
                .map(Element::getTextContent).toList();
        assertEquals(20, decades.size());
        assertEquals("1900", decades.get(0));
        assertEquals("1910", decades.get(1));
        Timeline some = new Timeline("T", "D", "2025", new Scale(2000, 2079), List.of());
        List<String> fives = elements(byId(parse(SvgTimeline.render(some, 1000)), "axis"), "text").stream()
                .map(Element::getTextContent).toList();
        assertEquals(16, fives.size());
        assertEquals("2005", fives.get(1));
        assertEquals("2075", fives.get(15));
    }

    @Test
    void theLegendNamesWhatIsDrawnAndWrapsAtTheRightEdge() throws Exception {
        Element legend = byId(parse(SvgTimeline.render(sample(), 1000)), "legend");
        List<String> words = elements(legend, "text").stream().map(SvgGeometryTest::text).toList();
        assertEquals(List.of("44,234 club", "121.6,234 national team",
                "261.3,234 date known to the month or year only", "561.7,234 goes on past the edge",
                "746.6,234 final won", "848.7,234 final lost", "34,256 final, no winner recorded", "235.5,256 !",
                "246.5,256 incident"),
                words);
        List<String> swatches = rects(legend);
        assertEquals("16 224 22 12 " + CLUB_BLUE + " ", swatches.get(0));
        assertEquals("93.6 224 22 12 url(#hatch) " + NATIONAL_ORANGE, swatches.get(1));
        assertEquals("233.3 224 22 12 " + CLUB_BLUE + " " + CLUB_BLUE + " faded", swatches.get(2));
        assertEquals("531.7 224 16 12 " + CLUB_BLUE + " ", swatches.get(3));
        assertEquals("M547.7,224 l7,6 l-7,6 z", elements(legend, "path").get(0).getAttribute("d"));

        Timeline clubOnly = new Timeline("T", "D", "2025", new Scale(2000, 2009), List.of(new Timeline.Row("Club",
                TeamKind.CLUB, List.of(bar("a", TeamKind.CLUB, 0.1, 0.5, 0.1, 0.5, Timeline.End.EXACT,
                        Timeline.End.EXACT)), List.of())));
        Element only = byId(parse(SvgTimeline.render(clubOnly, 1000)), "legend");
        assertEquals(List.of("club"), elements(only, "text").stream().map(Element::getTextContent).toList());
    }

    @Test
    void theKeyListsEachMarkByNumberWithItsRowsTeam() throws Exception {
        Document d = parse(SvgTimeline.render(sample(), 1000));
        Element key = byId(d, "key");
        List<Element> texts = elements(key, "text");
        assertEquals("16,284 Finals and incidents, by their numbers on the chart", text(texts.get(0)));
        List<String> entries = new ArrayList<>();
        for (Element g : elements(key, "g")) {
            entries.add(String.join(" | ", elements(g, "text").stream().map(SvgGeometryTest::text).toList()));
        }
        assertEquals(List.of("34,307 1 | 62,307 2005 | 146,307 Club: won",
                "34,324 2 | 62,324 2005 | 146,324 Nation: drawn",
                "34,341 3 | 62,341 2005 | 146,341 Nation: lost",
                "34,358 4 | 47,358 ! | 62,358 2005 | 146,358 row"), entries);
        assertEquals("M47,296 L54,309 L40,309 Z", elements(elements(key, "g").get(0), "path").get(0).getAttribute("d"));
        Element source = elements(d, "text").stream().filter(t -> "source".equals(t.getAttribute("id"))).findFirst()
                .orElseThrow();
        assertEquals("16,380 Source: herrera dataset, updated 2025-06-30; every fact cited", text(source));
        Element root = d.getDocumentElement();
        assertEquals("394", root.getAttribute("height"));
        assertEquals("0 0 1000 394", root.getAttribute("viewBox"));
    }

    @Test
    void theTitleAndDescriptionComeFirstAndTheTitleShrinksToFit() throws Exception {
        Document d = parse(SvgTimeline.render(sample(), 1000));
        assertEquals("Title T", elements(d, "title").get(0).getTextContent());
        assertEquals("Desc D", elements(d, "desc").get(0).getTextContent());
        Element heading = elements(d, "text").get(0);
        assertEquals("16,30 Title T", text(heading));
        assertEquals("18", heading.getAttribute("font-size"));
        Timeline longTitle = new Timeline("x".repeat(200), "D", "2025", new Scale(2000, 2009), List.of());
        Element shrunk = elements(parse(SvgTimeline.render(longTitle, 1000)), "text").get(0);
        // 968 pixels for 200 characters of 0.62 em each.
        assertEquals("7.8", shrunk.getAttribute("font-size"));
    }

    @Test
    void anEmptyTimelineSaysSoInItsPlotAndHasNoKey() throws Exception {
        Timeline empty = new Timeline("T", "D", "2025", new Scale(2000, 2009), List.of());
        Document d = parse(SvgTimeline.render(empty, 1000));
        List<Element> italic = elements(d, "text").stream().filter(t -> "italic".equals(t.getAttribute("font-style")))
                .toList();
        assertEquals(1, italic.size());
        assertEquals("110,104 " + TerminalTimeline.NOTHING, text(italic.get(0)));
        assertTrue(elements(d, "g").stream().noneMatch(g -> "key".equals(g.getAttribute("id"))));
        assertTrue(elements(byId(d, "legend"), "text").isEmpty());
        assertFalse(SvgTimeline.render(sample(), 1000).contains(TerminalTimeline.NOTHING));
    }

    @Test
    void theAccessibleDescriptionOfARealTimelineIsNotEmpty() throws Exception {
        Career c = Fixtures.career(List.of(Fixtures.stint("a", Fixtures.CLUB, "2001", "2003")), List.of(), List.of());
        Timeline t = Layout.of(c, TimelineSelection.select(c, null, null, null, c.updated().lastDay()));
        Document d = parse(SvgTimeline.render(t));
        String desc = elements(d, "desc").get(0).getTextContent();
        assertFalse(desc.isBlank());
        assertEquals(t.description(), desc);
        assertEquals("timeline-desc", elements(d, "desc").get(0).getAttribute("id"));
        assertEquals("900", d.getDocumentElement().getAttribute("width"));
    }

    @Test
    void aWideKeyFillsThreeColumnsAndWrapsALongDescription() throws Exception {
        Timeline t = new Timeline("Title T", "Desc D", "2025-06-30", new Scale(2000, 2009), List.of(
                new Timeline.Row("Club", TeamKind.CLUB, List.of(), List.of(mark(Timeline.MarkKind.FINAL_WON, 0.25, "won"))),
                new Timeline.Row("Nation", TeamKind.NATIONAL, List.of(), List.of(
                        mark(Timeline.MarkKind.FINAL_DRAWN, 0.55, "drawn"), mark(Timeline.MarkKind.FINAL_LOST, 0.75, "lost"))),
                new Timeline.Row("Other", null, List.of(), List.of(
                        mark(Timeline.MarkKind.INCIDENT, 0.95, "word ".repeat(20).trim())))));
        Document d = parse(SvgTimeline.render(t, 1800));
        List<String> entries = new ArrayList<>();
        for (Element g : elements(byId(d, "key"), "g")) {
            entries.add(String.join(" | ", elements(g, "text").stream().map(SvgGeometryTest::text).toList()));
        }
        // 1768 usable pixels make three columns of 573.3; five lines in all, so two to a column.
        assertEquals(List.of("34,285 1 | 62,285 2005 | 146,285 Club: won",
                "34,302 2 | 62,302 2005 | 146,302 Nation: drawn",
                "631.3,285 3 | 659.3,285 2005 | 743.3,285 Nation: lost",
                "1228.7,285 4 | 1241.7,285 ! | 1256.7,285 2005 | 1340.7,285 " + "word ".repeat(13).trim()
                        + " | 1340.7,302 " + "word ".repeat(7).trim()), entries);
        Element source = elements(d, "text").stream().filter(e -> "source".equals(e.getAttribute("id"))).findFirst()
                .orElseThrow();
        assertEquals("324", source.getAttribute("y"));
    }
}
