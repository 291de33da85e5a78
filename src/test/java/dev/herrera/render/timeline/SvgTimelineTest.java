package dev.herrera.render.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
