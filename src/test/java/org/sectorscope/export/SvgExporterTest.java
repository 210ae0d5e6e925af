package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.FigureCredits;
import org.sectorscope.model.Driver;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Sector;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgExporterTest {
    private static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    private static List<Element> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** All text of the figure, one line per element; card names may wrap over several elements. */
    private static String joined(List<Element> texts) {
        StringBuilder sb = new StringBuilder();
        texts.forEach(t -> sb.append(t.getTextContent()).append(' '));
        return sb.toString().replaceAll("\\s+", " ");
    }

    @Test
    void theSampleIsWellFormedSvgWithRealTextForEveryName() throws Exception {
        Project p = ExportFixtures.sample();
        // The sample carries no source line of its own: the line is composed from who placed what.
        String credits = FigureCredits.sourceLine(p, p.sectors());
        Document doc = parse(ExportFixtures.bytes(p,
                ExportFixtures.request(p, ExportRequest.Format.SVG).withSourceLine(credits)));
        Element svg = doc.getDocumentElement();
        assertEquals("svg", svg.getLocalName());
        assertEquals("1200.0", svg.getAttribute("width"));
        assertEquals("800.0", svg.getAttribute("height"));
        assertEquals("0.0 0.0 1200.0 800.0", svg.getAttribute("viewBox"));
        assertEquals("China's Uneven High-Tech Drive",
                doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent());
        List<Element> texts = texts(doc);
        String all = joined(texts);
        for (Sector s : p.sectors()) {
            assertTrue(all.contains(s.name()), s.name() + " in " + all);
        }
        for (Quadrant q : p.framework().quadrants()) {
            assertTrue(all.contains(q.label()), q.label());
        }
        assertTrue(all.contains("INNOVATION OUTCOMES IN CHINA"));
        assertTrue(all.contains("EFFECT ON THE GLOBAL SECTOR"));
        assertTrue(all.contains(credits), credits + " in " + all);
        assertTrue(all.contains("29 November 2026"));
    }

    @Test
    void textNamesDejaVuSansWithAGenericFallback() throws Exception {
        Project p = ExportFixtures.small();
        List<Element> texts = texts(parse(ExportFixtures.bytes(p, ExportFixtures.request(p, ExportRequest.Format.SVG))));
        Element title = texts.stream().filter(t -> t.getTextContent().equals("Small test project")).findFirst()
                .orElseThrow();
        String style = title.getAttribute("style");
        assertTrue(style.contains("font-family: \"DejaVu Sans\", sans-serif;"), style);
        assertTrue(style.contains("font-size: 22px;"), style);
        assertTrue(style.contains("font-weight: bold;"), style);
        for (Element t : texts) {
            assertTrue(t.getAttribute("style").contains("\"DejaVu Sans\", sans-serif"), t.getTextContent());
        }
    }

    @Test
    void aTransparentBackgroundDrawsNoBackgroundRectangle() throws Exception {
        Project p = ExportFixtures.small();
        ExportRequest r = ExportFixtures.request(p, ExportRequest.Format.SVG);
        Element first = firstShape(parse(ExportFixtures.bytes(p, r)));
        assertEquals("rect", first.getLocalName());
        assertEquals("1200.0", first.getAttribute("width"));
        Element clear = firstShape(parse(ExportFixtures.bytes(p, r.withBackground(ExportRequest.Background.TRANSPARENT))));
        assertEquals("g", clear.getLocalName(), "the title comes first");
    }

    private static Element firstShape(Document doc) {
        NodeList children = doc.getDocumentElement().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && !e.getLocalName().equals("title")
                    && !e.getLocalName().equals("metadata")) {
                return e;
            }
        }
        throw new AssertionError("empty SVG");
    }

    @Test
    void theLegendNamesTheProjectsOwnDrivers() throws Exception {
        Project p = ExportFixtures.sample();
        p = p.withDrivers(p.drivers().stream().map(d -> d.id().equals(Driver.STATE_LED)
                ? new Driver(d.id(), "Government-led", d.shape(), d.color()) : d).toList());
        String svg = new String(ExportFixtures.bytes(p, ExportFixtures.request(p, ExportRequest.Format.SVG)),
                StandardCharsets.UTF_8);
        Assertions.assertTrue(svg.contains(">Government-led<"), "the renamed driver is in the legend");
        Assertions.assertFalse(svg.contains(">State-led<"), "and the old name is not");
    }
}
