package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.sl.usermodel.LineDecoration;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSimpleShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.IntendedMoves;
import org.sectorscope.logic.PlotLocation;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Sector;

/**
 * Issue 16, point 1: the PPTX figure is native shapes and text, read back with POI. Each sector is a group
 * of its marker and card whose marker sits in the cell of the quadrant its position gives, each name is
 * one text box holding the whole name, quadrants are rectangles in their colours, arrows are connectors.
 */
class PptxShapesTest {
    private static XMLSlideShow show(Project p, ExportRequest r) throws Exception {
        return new XMLSlideShow(new ByteArrayInputStream(ExportFixtures.bytes(p, r)));
    }

    private static List<XSLFShape> flat(List<XSLFShape> shapes) {
        List<XSLFShape> out = new ArrayList<>();
        for (XSLFShape s : shapes) {
            out.add(s);
            if (s instanceof XSLFGroupShape g) {
                out.addAll(flat(g.getShapes()));
            }
        }
        return out;
    }

    private static String text(XSLFTextBox box) {
        return box.getTextParagraphs().stream().map(XSLFTextParagraph::getText).collect(Collectors.joining(" "));
    }

    private static Map<String, XSLFGroupShape> sectorGroups(XSLFSlide slide) {
        Map<String, XSLFGroupShape> groups = new HashMap<>();
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFGroupShape g && g.getShapeName().startsWith("Sector: ")) {
                groups.put(g.getShapeName().substring("Sector: ".length()), g);
            }
        }
        return groups;
    }

    /** Each quadrant's letter and the rectangle filled with its colour. */
    private static Map<String, Rectangle2D> cells(Project p, XSLFSlide slide) {
        Map<String, Rectangle2D> cells = new HashMap<>();
        for (Quadrant q : p.framework().quadrants()) {
            Color colour = ExportFixtures.rgb(q.color());
            for (XSLFShape s : slide.getShapes()) {
                if (s instanceof XSLFAutoShape a && a.getShapeType() == ShapeType.RECT
                        && colour.equals(a.getFillColor())) {
                    cells.put(q.letter(), a.getAnchor());
                }
            }
        }
        return cells;
    }

    @Test
    void theSampleFigureIsShapesAndTextWithNoPicture() throws Exception {
        Project p = ExportFixtures.sample();
        try (XMLSlideShow show = show(p, ExportFixtures.request(p, ExportRequest.Format.PPTX))) {
            assertEquals(new Dimension(960, 540), show.getPageSize());
            XSLFSlide slide = show.getSlides().get(0);
            assertEquals(p.info().title(), slide.getTitle());
            List<XSLFShape> all = flat(slide.getShapes());
            assertTrue(all.stream().noneMatch(XSLFPictureShape.class::isInstance), "no picture on an editable slide");
            List<String> texts = all.stream().filter(XSLFTextBox.class::isInstance).map(s -> text((XSLFTextBox) s))
                    .toList();
            for (String expected : List.of("INNOVATION OUTCOMES IN CHINA", "EFFECT ON THE GLOBAL SECTOR", "SUCCESS",
                    "FAILURE", "A) Win-Win", "B) Destructive Victory", "C) Harmless Failure", "D) Lose-Lose")) {
                assertTrue(texts.contains(expected), expected + " in " + texts);
            }
            assertTrue(texts.stream().anyMatch(t -> t.startsWith("Sources: placements of")), "the source line: " + texts);
            XSLFTextRun run = all.stream().filter(XSLFTextBox.class::isInstance).map(XSLFTextBox.class::cast)
                    .filter(b -> text(b).equals("A) Win-Win")).findFirst().orElseThrow()
                    .getTextParagraphs().get(0).getTextRuns().get(0);
            assertEquals("DejaVu Sans", run.getFontFamily());
            assertTrue(run.isBold());
            for (XSLFShape s : all) {
                Rectangle2D a = s.getAnchor();
                if (s instanceof XSLFSimpleShape ss && Math.round(ss.getRotation()) % 180 == 90) {
                    // A turned box (the upright axis title) covers its anchor turned about its centre.
                    a = new Rectangle2D.Double(a.getCenterX() - a.getHeight() / 2, a.getCenterY() - a.getWidth() / 2,
                            a.getHeight(), a.getWidth());
                }
                assertTrue(a.getMinX() >= 0 && a.getMinY() >= 0 && a.getMaxX() <= 960 && a.getMaxY() <= 540,
                        s.getShapeName() + " at " + a + " lies on the slide");
            }
        }
    }

    @Test
    void everySectorIsOneGroupWithItsWholeNameAndItsMarkerInItsQuadrantsCell() throws Exception {
        Project p = ExportFixtures.sample();
        try (XMLSlideShow show = show(p, ExportFixtures.request(p, ExportRequest.Format.PPTX))) {
            XSLFSlide slide = show.getSlides().get(0);
            Map<String, Rectangle2D> cells = cells(p, slide);
            assertEquals(4, cells.size(), "four quadrant rectangles in their colours: " + cells);
            Map<String, XSLFGroupShape> groups = sectorGroups(slide);
            List<Sector> placed = p.sectors().stream().filter(Sector::isPlaced).toList();
            assertEquals(placed.size(), groups.size(), groups.keySet().toString());
            for (Sector s : placed) {
                XSLFGroupShape g = groups.get(s.name());
                assertNotNull(g, s.name());
                List<String> names = g.getShapes().stream().filter(XSLFTextBox.class::isInstance)
                        .map(b -> text((XSLFTextBox) b)).toList();
                assertTrue(names.contains(s.name()), "one text box says the whole name " + s.name() + ": " + names);
                // The marker's white halo is the group's first filled shape; its centre is the sector's position.
                Rectangle2D marker = g.getShapes().stream().filter(x -> !(x instanceof XSLFTextBox))
                        .filter(x -> x instanceof XSLFSimpleShape ss && ss.getFillColor() != null)
                        .findFirst().orElseThrow().getAnchor();
                PlotLocation at = PlotLocation.of(p.framework(), s.position());
                boolean inside = false;
                for (Quadrant q : at.quadrants()) {
                    Rectangle2D c = cells.get(q.letter());
                    Rectangle2D grown = new Rectangle2D.Double(c.getX() - 0.01, c.getY() - 0.01, c.getWidth() + 0.02,
                            c.getHeight() + 0.02);
                    inside |= grown.contains(marker.getCenterX(), marker.getCenterY());
                }
                assertTrue(inside, s.name() + "'s marker at " + marker + " lies in " + at.letters());
                if (!at.onLine()) {
                    Rectangle2D c = cells.get(at.quadrant().letter());
                    assertTrue(c.contains(marker.getCenterX(), marker.getCenterY()), s.name() + " strictly inside");
                }
            }
        }
    }

    @Test
    void intendedMovesAreConnectorsWithArrowHeads() throws Exception {
        Project p = ExportFixtures.sample();
        PolicyOption option = p.options().stream().filter(o -> IntendedMoves.arrows(p, o).size() >= 1).findFirst()
                .orElseThrow(() -> new AssertionError("the sample has an option with intended moves"));
        ExportRequest r = ExportFixtures.request(p, ExportRequest.Format.PPTX).withArrowsOptionId(option.id());
        try (XMLSlideShow show = show(p, r)) {
            List<XSLFConnectorShape> arrows = flat(show.getSlides().get(0).getShapes()).stream()
                    .filter(XSLFConnectorShape.class::isInstance).map(XSLFConnectorShape.class::cast)
                    .filter(c -> c.getLineTailDecoration() == LineDecoration.DecorationShape.TRIANGLE).toList();
            // One per intended move, and one in the legend's key.
            assertEquals(IntendedMoves.arrows(p, option).size() + 1, arrows.size());
            assertTrue(arrows.stream().allMatch(a -> a.getLineWidth() > 1), "arrows keep their weight");
        }
    }

    @Test
    void theSlide4x3PresetGivesA4x3SlideAndThePictureStaysAnOption() throws Exception {
        Project p = ExportFixtures.sample();
        ExportRequest r = SizePreset.SLIDE_4_3.apply(ExportFixtures.request(p, ExportRequest.Format.PPTX),
                ExportRequest.DEFAULT_DPI);
        try (XMLSlideShow show = show(p, r)) {
            assertEquals(new Dimension(720, 540), show.getPageSize());
            assertEquals(p.sectors().stream().filter(Sector::isPlaced).count(),
                    sectorGroups(show.getSlides().get(0)).size());
        }
        try (XMLSlideShow show = show(p, r.withFormat(ExportRequest.Format.PPTX_PICTURE))) {
            assertEquals(new Dimension(720, 540), show.getPageSize());
            List<XSLFShape> shapes = show.getSlides().get(0).getShapes();
            assertEquals(1, shapes.stream().filter(XSLFPictureShape.class::isInstance).count());
            assertTrue(sectorGroups(show.getSlides().get(0)).isEmpty());
        }
    }

    @Test
    void theOptionsTableIsShapesToo() throws Exception {
        Project p = ExportFixtures.sample();
        ExportRequest r = ExportFixtures.request(p, ExportRequest.Format.PPTX).withView(ExportRequest.View.OPTIONS);
        try (XMLSlideShow show = show(p, r)) {
            List<String> texts = flat(show.getSlides().get(0).getShapes()).stream().filter(XSLFTextBox.class::isInstance)
                    .map(s -> text((XSLFTextBox) s)).toList();
            for (PolicyOption o : p.options()) {
                assertTrue(texts.stream().anyMatch(t -> t.replace(" ", "").contains(o.name().replace(" ", "")
                        .substring(0, Math.min(20, o.name().replace(" ", "").length())))), o.name() + " in " + texts);
            }
            assertFalse(texts.isEmpty());
        }
    }

    @Test
    void hostileNamesGiveWellFormedPartsAndTheirWholeText() throws Exception {
        Project p = ExportFixtures.hostile();
        byte[] pptx = ExportFixtures.bytes(p, ExportFixtures.hostileRequest(p, ExportRequest.Format.PPTX));
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        for (Map.Entry<String, String> part : ExportFixtures.xmlParts(pptx).entrySet()) {
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(part.getValue().getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)));
        }
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
            Map<String, XSLFGroupShape> groups = sectorGroups(show.getSlides().get(0));
            for (String name : ExportFixtures.HOSTILE_NAMES) {
                assertTrue(groups.containsKey(name), "a group for " + name + ": " + groups.keySet());
                String shown = groups.get(name).getShapes().stream().filter(XSLFTextBox.class::isInstance)
                        .map(b -> text((XSLFTextBox) b)).collect(Collectors.joining(" "));
                String head = name.substring(0, Math.min(12, name.length()));
                assertTrue(shown.replace(" ", "").contains(head.replace(" ", "")), head + " on its card: " + shown);
            }
        }
    }
}
