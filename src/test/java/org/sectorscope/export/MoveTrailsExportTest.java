package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.junit.jupiter.api.Test;
import org.sectorscope.command.EditEditionsCommand;
import org.sectorscope.logic.ArrowShape;
import org.sectorscope.logic.Editions;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.logic.WhatMoved;
import org.sectorscope.logic.plot.MoveTrails;
import org.sectorscope.logic.plot.PlacedSector;
import org.sectorscope.model.Edition;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;

/** Trails since an edition, in every format, drawn where the shared geometry says. */
class MoveTrailsExportTest {
    private static final Position CHIPS_THEN = new Position(-0.4, -0.7);
    private static final Position CHIPS_NOW = new Position(0.3, -0.7);

    /** The small project with an edition taken, then Semiconductors moved from B to D. */
    private static Project moved(Edition[] out) {
        Project p = ExportFixtures.small();
        Edition dec = Editions.take(p, "Brief, December 2026", Instant.parse("2026-12-02T10:00:00Z"));
        out[0] = dec;
        return EditEditionsCommand.add(p, dec).apply(p)
                .withSector(TestProjects.CHIPS, s -> s.withPosition(CHIPS_NOW));
    }

    @Test
    void trailsEndAtTheCurrentMarkerAndStartExactlyAtTheEditionsPosition() {
        Edition[] e = new Edition[1];
        Project p = moved(e);
        FigureRenderer r = new FigureRenderer(p, ExportFixtures.request(p, ExportRequest.Format.PNG)
                .withMovedSince(e[0].id()));
        List<MoveTrails.Trail> trails = MoveTrails.of(WhatMoved.sinceEdition(e[0], p), r.layout());
        assertEquals(1, trails.size());
        MoveTrails.Trail t = trails.get(0);
        PlotGeometry g = r.geometry();
        assertEquals(g.toPixelX(CHIPS_THEN.x()), t.oldX(), 0, "the old marker is at the edition's position");
        assertEquals(g.toPixelY(CHIPS_THEN.y()), t.oldY(), 0);
        PlacedSector now = r.layout().sector(TestProjects.CHIPS);
        assertEquals(g.toPixelX(CHIPS_NOW.x()), now.markerX(), 1e-9, "the current marker is at the current position");
        assertEquals(now.markerX(), t.newX(), 0);
        assertEquals(now.markerY(), t.newY(), 0);
        ArrowShape a = t.arrow();
        assertNotNull(a);
        double[] tip = a.head();
        assertEquals(MoveTrails.tipStop(now), Math.hypot(tip[0] - now.markerX(), tip[1] - now.markerY()), 1e-9,
                "the tip stops at the marker's edge");
        double cross = (tip[0] - t.oldX()) * (now.markerY() - t.oldY()) - (tip[1] - t.oldY()) * (now.markerX() - t.oldX());
        assertEquals(0, cross, 1e-6, "aimed at the marker's centre");
        assertEquals(t.oldX(), a.x0(), 0);
        assertTrue(t.quadrantChanged());
    }

    @Test
    void aPngShowsTheStrongTrailOnlyWhenAComparisonIsOn() throws Exception {
        Edition[] e = new Edition[1];
        Project p = moved(e);
        ExportRequest plain = ExportFixtures.request(p, ExportRequest.Format.PNG);
        ExportRequest withTrails = plain.withMovedSince(e[0].id());
        FigureRenderer r = new FigureRenderer(p, withTrails);
        MoveTrails.Trail t = MoveTrails.of(WhatMoved.sinceEdition(e[0], p), r.layout()).get(0);
        assertTrue(trailPixels(ExportFixtures.image(ExportFixtures.bytes(p, withTrails)), t) >= 3);
        assertEquals(0, trailPixels(ExportFixtures.image(ExportFixtures.bytes(p, plain)), t));
    }

    /** Pixels of the trail's colour along its shaft. */
    private static int trailPixels(BufferedImage image, MoveTrails.Trail t) {
        ArrowShape a = t.arrow();
        Color want = new Color(MoveTrails.COLOUR);
        int hits = 0;
        for (int i = 1; i < 20; i++) {
            double x = a.x0() + (a.shaftEndX() - a.x0()) * i / 20;
            double y = a.y0() + (a.shaftEndY() - a.y0()) * i / 20;
            Color c = ExportFixtures.pixel(image, x, y);
            if (Math.abs(c.getRed() - want.getRed()) + Math.abs(c.getGreen() - want.getGreen())
                    + Math.abs(c.getBlue() - want.getBlue()) < 40) {
                hits++;
            }
        }
        return hits;
    }

    @Test
    void svgPdfAndPptxCarryTheLegendLine() throws Exception {
        Edition[] e = new Edition[1];
        Project p = moved(e);
        String line = "Moved since Brief, December 2026";
        String svg = new String(ExportFixtures.bytes(p, ExportFixtures.request(p, ExportRequest.Format.SVG)
                .withMovedSince(e[0].id())), StandardCharsets.UTF_8);
        assertTrue(svg.contains(line), "SVG legend");
        assertTrue(svg.toLowerCase().contains("#7b4fa0") || svg.contains("rgb(123,79,160)"), "SVG trail colour");
        byte[] pdf = ExportFixtures.bytes(p, ExportFixtures.request(p, ExportRequest.Format.PDF).withMovedSince(e[0].id()));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains(line), text);
        }
        byte[] pptx = ExportFixtures.bytes(p, ExportFixtures.request(p, ExportRequest.Format.PPTX_PICTURE)
                .withMovedSince(e[0].id()));
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
            XSLFPictureShape pic = show.getSlides().get(0).getShapes().stream().filter(XSLFPictureShape.class::isInstance)
                    .map(XSLFPictureShape.class::cast).findFirst().orElseThrow();
            BufferedImage image = ExportFixtures.image(pic.getPictureData().getData());
            FigureRenderer r = new FigureRenderer(p, ExportFixtures.request(p, ExportRequest.Format.PPTX)
                    .withMovedSince(e[0].id()), false);
            MoveTrails.Trail t = MoveTrails.of(WhatMoved.sinceEdition(e[0], p), r.layout()).get(0);
            Color c = ExportFixtures.pixel(image, 2 * (t.arrow().x0() + t.arrow().shaftEndX()) / 2,
                    2 * (t.arrow().y0() + t.arrow().shaftEndY()) / 2);
            assertTrue(c.getBlue() > c.getGreen() + 40, "the slide's picture has the trail: " + c);
        }
        byte[] editable = ExportFixtures.bytes(p, ExportFixtures.request(p, ExportRequest.Format.PPTX)
                .withMovedSince(e[0].id()));
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(editable))) {
            long trails = show.getSlides().get(0).getShapes().stream()
                    .filter(org.apache.poi.xslf.usermodel.XSLFConnectorShape.class::isInstance)
                    .map(org.apache.poi.xslf.usermodel.XSLFConnectorShape.class::cast)
                    .filter(c -> MoveTrailsPainter.STRONG.equals(c.getLineColor())).count();
            // The moved sector's trail, and the legend's key.
            assertEquals(2, trails, "the editable slide's trails are connectors in the trail colour");
        }
    }

    @Test
    void anUnknownEditionIsRefused() {
        Project p = ExportFixtures.small();
        assertThrows(IllegalArgumentException.class, () -> new FigureRenderer(p,
                ExportFixtures.request(p, ExportRequest.Format.PNG).withMovedSince("edition-none")));
    }
}
