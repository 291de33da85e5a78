package dev.herrera.render.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herrera.data.CareerLoader;
import dev.herrera.model.Career;
import dev.herrera.model.Incident;
import dev.herrera.model.Match;
import dev.herrera.model.Stint;
import dev.herrera.query.TimelineSelection;
import dev.herrera.render.Scores;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class SvgTimelineTest {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<Element> elements(Document d, String name) {
        NodeList nodes = d.getElementsByTagNameNS(SVG_NS, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static Set<String> titles(Document d) {
        Set<String> titles = new HashSet<>();
        elements(d, "title").forEach(t -> titles.add(t.getTextContent()));
        return titles;
    }

    private static String bundledSvg(Career c) {
        return SvgTimeline.render(Layout.of(c, TimelineSelection.select(c, null, null, null, c.updated().lastDay())));
    }

    @Test
    void itIsAnAccessibleSvgDocumentWithEveryStintAndFinal() throws Exception {
        Career c = new CareerLoader().loadBundled();
        Document d = parse(bundledSvg(c));
        Element root = d.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals(SVG_NS, root.getNamespaceURI());
        List<Element> children = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.add(e);
            }
        }
        assertEquals("title", children.get(0).getLocalName());
        assertEquals("desc", children.get(1).getLocalName());
        assertTrue(root.getAttribute("aria-labelledby").contains(children.get(0).getAttribute("id")));

        Set<String> ids = new HashSet<>();
        elements(d, "g").forEach(g -> ids.add(g.getAttribute("id")));
        for (Stint s : c.stints()) {
            assertTrue(ids.contains("stint-" + s.id()), s.id());
        }
        Set<String> titles = titles(d);
        for (Match m : c.matches().stream().filter(Match::isFinal).toList()) {
            String opponent = c.teamOf(m.opponent()).name();
            assertTrue(titles.stream().anyMatch(t -> t.startsWith(m.date() + ": " + m.competition())
                    && t.contains(" v " + opponent) && t.contains(Scores.format(m.score()))),
                    "no tooltip for the final " + m.id());
        }
        for (Incident i : c.incidents()) {
            assertTrue(titles.contains(i.date() + ": " + i.title()), i.id());
        }
        // Nothing outside the document itself.
        assertTrue(elements(d, "script").isEmpty() && elements(d, "style").isEmpty());
        elements(d, "image").forEach(e -> { throw new AssertionError("external image"); });
    }

    @Test
    void textIsEscaped() throws Exception {
        Career c = Fixtures.career(List.of(Fixtures.stint("a", Fixtures.CLUB, "2002", "2004")), List.of(),
                List.of(Fixtures.incident("x", Fixtures.CLUB, "2003")));
        Document d = parse(bundledSvg(c));
        assertTrue(titles(d).contains("2003: Row <x>"));
        assertTrue(elements(d, "text").stream().anyMatch(t -> t.getTextContent().equals(Fixtures.CLUB.name())));
    }

    /** The words of each key entry, its wrapped lines joined back together. */
    private static List<String> keyEntries(Document d) {
        List<String> entries = new ArrayList<>();
        for (Element g : elements(d, "g")) {
            if (g.getAttribute("class").equals("key-entry")) {
                List<String> words = new ArrayList<>();
                NodeList texts = g.getElementsByTagNameNS(SVG_NS, "text");
                for (int i = 0; i < texts.getLength(); i++) {
                    // Not the "!" drawn inside an incident's mark.
                    if (!((Element) texts.item(i)).getAttribute("text-anchor").equals("middle")) {
                        words.add(texts.item(i).getTextContent());
                    }
                }
                entries.add(String.join(" ", words));
            }
        }
        return entries;
    }

    private static Element byId(Document d, String id) {
        for (Element e : elements(d, "g")) {
            if (e.getAttribute("id").equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no element " + id);
    }

    /** Without tooltips (an image, a PNG) the key still says what each mark is: number, date, description. */
    @Test
    void theKeyListsEveryFinalAndIncidentUnderTheNumberItHasOnTheChart() throws Exception {
        Career c = new CareerLoader().loadBundled();
        for (String svg : List.of(bundledSvg(c), SvgTimeline.render(Layout.of(c,
                TimelineSelection.select(c, null, null, null, c.updated().lastDay())), 480))) {
            Document d = parse(svg);
            List<String> entries = keyEntries(d);
            long finals = c.matches().stream().filter(Match::isFinal).count();
            assertEquals(finals + c.incidents().size(), entries.size());
            for (Match m : c.matches().stream().filter(Match::isFinal).toList()) {
                String opponent = c.teamOf(m.opponent()).name();
                String team = c.teamOf(m.team()).name();
                assertEquals(1, entries.stream().filter(e -> e.matches("\\d+ " + java.util.regex.Pattern.quote(
                        m.date() + " " + team + ": " + m.competition()) + ".*")
                        && e.contains(" final v " + opponent + ", " + Scores.format(m.score()) + ", "
                                + m.outcome().label())).count(), "no key entry for the final " + m.id() + ": " + entries);
            }
            for (Incident i : c.incidents()) {
                assertEquals(1, entries.stream().filter(e -> e.matches("\\d+ " + java.util.regex.Pattern.quote(i.date().toString())
                        + " .*") && e.endsWith(i.title())).count(), "no key entry for the incident " + i.id());
            }
            // The key numbers 1, 2, 3 … and each number stands under a mark on the chart.
            List<String> onChart = new ArrayList<>();
            for (Element g : elements(d, "g")) {
                if (g.getAttribute("class").startsWith("mark ")) {
                    NodeList texts = g.getElementsByTagNameNS(SVG_NS, "text");
                    onChart.add(texts.item(texts.getLength() - 1).getTextContent());
                }
            }
            for (int n = 1; n <= entries.size(); n++) {
                assertTrue(entries.get(n - 1).startsWith(n + " "), entries.get(n - 1));
                assertEquals(String.valueOf(n), onChart.get(n - 1));
            }
            // The legend too is on the page, not in a tooltip.
            String legend = byId(d, "legend").getTextContent();
            for (String words : List.of("club", "national team", "final won", "final lost", "incident")) {
                assertTrue(legend.contains(words), words);
            }
        }
    }

    @Test
    void itEndsWithTheSourceLine() throws Exception {
        Career c = new CareerLoader().loadBundled();
        Element root = parse(bundledSvg(c)).getDocumentElement();
        Node last = root.getLastChild();
        while (!(last instanceof Element)) {
            last = last.getPreviousSibling();
        }
        assertEquals("text", last.getLocalName());
        assertEquals("Source: herrera dataset, updated " + c.updated() + "; every fact cited", last.getTextContent());
        int height = Integer.parseInt(root.getAttribute("height"));
        assertTrue(Double.parseDouble(((Element) last).getAttribute("y")) < height);
    }

    /** The width asked for is the width drawn, and the text is broken to stay inside it. */
    @Test
    void theWidthIsTheOneAskedForAndTheTextFitsIt() throws Exception {
        Career c = new CareerLoader().loadBundled();
        Timeline t = Layout.of(c, TimelineSelection.select(c, null, null, null, c.updated().lastDay()));
        for (int width : new int[] {480, 960, 1200, 4000}) {
            Document d = parse(SvgTimeline.render(t, width));
            Element root = d.getDocumentElement();
            assertEquals(String.valueOf(width), root.getAttribute("width"));
            assertTrue(root.getAttribute("viewBox").startsWith("0 0 " + width + " "));
            for (Element text : elements(d, "text")) {
                if (text.getAttribute("text-anchor").isEmpty()) {
                    // Text of 12 pixels, DejaVu Sans, averages under 6.6 pixels a character.
                    double right = Double.parseDouble(text.getAttribute("x")) + 6.6 * text.getTextContent().length();
                    assertTrue(right <= width, width + ": " + text.getTextContent());
                }
            }
        }
        assertTrue(Integer.parseInt(parse(bundledSvg(c)).getDocumentElement().getAttribute("width")) >= 900);
        assertThrows(IllegalArgumentException.class, () -> SvgTimeline.render(t, 479));
    }

    @Test
    void aRealSvgRendererDrawsIt() throws Exception {
        Career c = new CareerLoader().loadBundled();
        String svg = bundledSvg(c);
        Element root = parse(svg).getDocumentElement();
        int width = Integer.parseInt(root.getAttribute("width"));
        int height = Integer.parseInt(root.getAttribute("height"));

        ByteArrayOutputStream png = new ByteArrayOutputStream();
        TranscoderInput in = new TranscoderInput(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        in.setURI("file:/timeline.svg");
        new PNGTranscoder().transcode(in, new TranscoderOutput(png));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));

        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
        // The club bars' blue covers a fair part of the picture, and more than one colour is drawn.
        int club = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (rgb == 0x2563a8) {
                    club++;
                }
            }
        }
        assertTrue(club > 1000, "club-blue pixels: " + club);
        assertTrue(colours.size() > 10, "colours: " + colours.size());
    }
}
