package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.logic.plot.MarkerStyles;
import org.sectorscope.model.Axis;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Side;
import org.sectorscope.model.Text;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 16, point 4: the Mermaid text rendered by mermaid-cli in Chromium, a reader we did not write (two
 * runs, about 2 s each). The SVG it draws is read with an XML parser: every sector is a point named as in
 * the project, where its position says, in its marker's colour, and each quadrant's name and colour sit in
 * the corner the framework gives it; for the sample (at the request's size) and for a project of hostile names.
 */
class MermaidReadBackTest {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final Pattern TRANSLATE = Pattern.compile("translate\\(([-\\d.]+),\\s*([-\\d.]+)\\)");
    /** How far a point may sit from where its position says, as a share of the plot: Mermaid rounds to 0.1 px. */
    private static final double SLACK = 0.005;

    /** A drawn point: its label and the centre and fill of its circle. */
    private record Point(String label, double x, double y, String fill) {
    }

    /** A drawn quadrant: its rectangle, its fill, its name and where the name is. */
    private record Cell(double x, double y, double w, double h, String fill, String name, double nameX, double nameY) {
    }

    @Test
    void theSampleDrawsEverySectorWhereItIsAndEachQuadrantInItsCorner(@TempDir Path dir) throws Exception {
        Project p = ExportFixtures.sample();
        ExportRequest r = ExportFixtures.request(p, ExportRequest.Format.MERMAID);
        Document svg = render(MermaidQuadrantChart.text(p, r), dir);
        assertEquals(p.info().title(), text(svg, "title").get(0));
        assertEquals("0 0 " + r.width() + " " + r.height(), svg.getDocumentElement().getAttribute("viewBox"),
                "the chart at the request's size");
        assertDrawnAsThePositionsSay(p, r, svg);
    }

    @Test
    void hostileNamesAreDrawnAsTheyReadAndNothingBreaks(@TempDir Path dir) throws Exception {
        Project p = hostile();
        String title = "Title \"<&>\" 100%% #35; `x` " + "\u05E9".repeat(1_990);
        ExportRequest r = ExportFixtures.request(p, ExportRequest.Format.MERMAID).withTitle(title);
        String mermaid = MermaidQuadrantChart.text(p, r);
        Document svg = render(mermaid, dir);
        assertEquals(shown(title), text(svg, "title").get(0));
        assertTrue(shown(title).endsWith("\u05E9\u2026"), "cut with an ellipsis");
        assertDrawnAsThePositionsSay(p, r, svg);
        List<String> labels = points(svg).stream().map(Point::label).toList();
        // Names within the length limit, on one line, with nothing XML forbids, are drawn exactly as typed.
        for (Sector s : p.sectors()) {
            if (s.name().length() <= MermaidQuadrantChart.MAX_TEXT && !s.name().contains("\n") && !s.name().isBlank()) {
                assertTrue(labels.contains(s.name()), s.name() + " in " + labels);
            }
        }
        assertEquals(2, labels.stream().filter("Twin"::equals).count(), "two sectors of one name: two points");
        assertTrue(labels.contains("line break"), labels.toString());
    }

    /** Every included sector a point at its position with its colour; the quadrants by where the framework puts them. */
    private static void assertDrawnAsThePositionsSay(Project p, ExportRequest r, Document svg) {
        List<Cell> cells = cells(svg);
        assertEquals(4, cells.size());
        double left = cells.stream().mapToDouble(Cell::x).min().orElseThrow();
        double top = cells.stream().mapToDouble(Cell::y).min().orElseThrow();
        double right = cells.stream().mapToDouble(c -> c.x() + c.w()).max().orElseThrow();
        double bottom = cells.stream().mapToDouble(c -> c.y() + c.h()).max().orElseThrow();
        double midX = (left + right) / 2;
        double midY = (top + bottom) / 2;
        for (Quadrant q : p.framework().quadrants()) {
            String name = shown(q.label());
            Cell c = cells.stream().filter(cell -> cell.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " not drawn in " + cells));
            assertEquals(q.color().toLowerCase(), c.fill().toLowerCase(), name + "'s colour");
            assertEquals(q.x() == Side.HIGH, c.x() + c.w() / 2 > midX, name + " on its side of x");
            assertEquals(q.y() == Side.HIGH, c.y() + c.h() / 2 < midY, name + " on its side of y (up is high)");
            assertTrue(c.nameX() > c.x() && c.nameX() < c.x() + c.w() && c.nameY() > c.y() && c.nameY() < c.y() + c.h(),
                    name + " drawn inside its own quadrant");
        }
        List<Sector> included = FigureRenderer.included(p, r.sectorIds());
        List<Point> points = new ArrayList<>(points(svg));
        assertEquals(included.size(), points.size(), "a point per sector");
        MarkerStyles styles = MarkerStyles.of(p, included);
        for (Sector s : included) {
            double fx = (s.position().x() + 1) / 2;
            double fy = (s.position().y() + 1) / 2;
            Point found = points.stream().filter(pt -> pt.label().equals(shown(s.name()).strip())
                            && Math.abs((pt.x() - left) / (right - left) - fx) < SLACK
                            && Math.abs((bottom - pt.y()) / (bottom - top) - fy) < SLACK)
                    .findFirst().orElseThrow(() -> new AssertionError(s.name() + " at " + s.position() + " not in " + points));
            assertEquals(String.format("#%06x", styles.rgb(s) & 0xFFFFFF), found.fill(), s.name() + "'s colour");
            points.remove(found);
        }
    }

    /** What Mermaid shows for a text we escaped: the entities decoded, and trimmed as Mermaid trims. */
    private static String shown(String text) {
        return MermaidQuadrantChartTest.decode(MermaidQuadrantChart.escape(text)).strip();
    }

    /** Sectors whose names tried every trick, some on a dividing line or in a corner, in a framework of odd names. */
    private static Project hostile() {
        Project small = ExportFixtures.small();
        Sector template = small.sectors().get(0);
        List<String> names = List.of(
                "A) Win-Win \"quoted\" [brackets] {braces}: colon --> arrow; semi",
                "100%% {init: {\"theme\": \"dark\"}}%% %%{init: {\"theme\": \"forest\"}}%%",
                "<b>bold</b> & <script>alert(1)</script> ]]> &amp; #60; #35; <br/>",
                "style: #fff; classDef x fill:#f00; color: #000000",
                "\u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645 \u05E9\u05DC\u05D5\u05DD"
                        + " \uD83D\uDE80\uD83D\uDC69\u200D\uD83D\uDCBB",
                "\u00B6\u00DF \uFB02\u00B0\u00B0 nb\u00A0sp =1+1 @sum -2 +3",
                "`md` ``code``",
                "Twin", "Twin",
                "line\nbreak",
                "",
                "Long " + "\u00E9".repeat(195));
        List<Position> at = List.of(new Position(0, 0), new Position(0, 0.5), new Position(-0.0001, 0.3),
                new Position(-1, -1), new Position(1, 1), new Position(-0.5, 0), new Position(0.3, -0.7),
                new Position(-0.2, 0.2), new Position(0.6, 0.6), new Position(-0.8, 0.9), new Position(0.9, -0.9),
                new Position(0.05, -0.05));
        List<Sector> sectors = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            sectors.add(new Sector("sector-h" + i, names.get(i), i % 2 == 0 ? template.driver() : small.sectors().get(2)
                    .driver(), null, at.get(i), template.placement(), List.of(), template.extras()));
        }
        Framework f = new Framework("F \"<&>\"", new Axis("X %%", "", "High: \"x\" -->"),
                new Axis("Y", "Low <y>", "#1; &"),
                List.of(new Quadrant(Side.LOW, Side.HIGH, "A", "Win \"win\" & <win>", "#DCEBD5"),
                        new Quadrant(Side.LOW, Side.LOW, "B", "`b` %% x: #fff;", "#F6E3C6"),
                        new Quadrant(Side.HIGH, Side.HIGH, "C", "\u05E9\u05DC\u05D5\u05DD \uD83D\uDE00", "#DCE6F2"),
                        new Quadrant(Side.HIGH, Side.LOW, "D", "d\nd ]]>", "#F2D7D5")));
        return small.withSectors(sectors).withFramework(f);
    }

    /** The Mermaid text rendered to SVG by mmdc in Chromium, parsed; fails on a parse error or a malformed SVG. */
    private static Document render(String mermaid, Path dir) throws Exception {
        Path mmdc = ExternalReaders.mmdc();
        Path chromium = ExternalReaders.require("chromium", "Chromium (Debian: chromium)");
        Path config = Files.writeString(dir.resolve("puppeteer.json"), "{\"executablePath\": \""
                + chromium.toRealPath().toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\", \"args\": ["
                + "\"--no-sandbox\", \"--disable-gpu\", \"--disable-background-networking\","
                + " \"--disable-component-update\", \"--disable-sync\", \"--no-first-run\"]}");
        Path in = Files.writeString(dir.resolve("chart.mmd"), mermaid, StandardCharsets.UTF_8);
        Path out = dir.resolve("chart.svg");
        ExternalReaders.run(dir, Map.of("HOME", dir.toString(), "PUPPETEER_SKIP_DOWNLOAD", "1"), Duration.ofSeconds(120),
                mmdc.toString(), "-p", config.toString(), "-i", in.toString(), "-o", out.toString())
                .orFail("mmdc");
        byte[] bytes = Files.readAllBytes(out);
        assertEquals(-1, Text.firstForbidden(new String(bytes, StandardCharsets.UTF_8)), "nothing XML forbids");
        return parse(bytes);
    }

    private static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    /** The groups of this class ("quadrant", "data-point", "title"). */
    private static List<Element> groups(Document svg, String className) {
        List<Element> out = new ArrayList<>();
        NodeList all = svg.getElementsByTagNameNS(SVG_NS, "g");
        for (int i = 0; i < all.getLength(); i++) {
            Element g = (Element) all.item(i);
            if (g.getAttribute("class").equals(className)) {
                out.add(g);
            }
        }
        return out;
    }

    private static List<String> text(Document svg, String className) {
        return groups(svg, className).stream().map(g -> child(g, "text").getTextContent()).toList();
    }

    private static List<Point> points(Document svg) {
        return groups(svg, "data-point").stream().map(g -> {
            Element circle = child(g, "circle");
            return new Point(child(g, "text").getTextContent(), number(circle, "cx"), number(circle, "cy"),
                    circle.getAttribute("fill"));
        }).toList();
    }

    private static List<Cell> cells(Document svg) {
        return groups(svg, "quadrant").stream().map(g -> {
            Element rect = child(g, "rect");
            Element name = child(g, "text");
            Matcher at = TRANSLATE.matcher(name.getAttribute("transform"));
            assertTrue(at.find(), name.getAttribute("transform"));
            return new Cell(number(rect, "x"), number(rect, "y"), number(rect, "width"), number(rect, "height"),
                    rect.getAttribute("fill"), name.getTextContent(), Double.parseDouble(at.group(1)),
                    Double.parseDouble(at.group(2)));
        }).toList();
    }

    private static Element child(Element parent, String localName) {
        NodeList found = parent.getElementsByTagNameNS(SVG_NS, localName);
        if (found.getLength() == 0) {
            throw new AssertionError("no <" + localName + "> in a " + parent.getAttribute("class"));
        }
        return (Element) found.item(0);
    }

    private static double number(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }}
