package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;

class ExportRequestTest {
    @Test
    void defaultsComeFromTheProject() {
        Project p = TestProjects.small();
        ExportRequest r = ExportRequest.defaults(p, ExportRequest.Format.PNG);
        assertEquals(ExportRequest.View.CANVAS, r.view());
        assertEquals(1, r.scale());
        assertEquals(ExportRequest.Background.WHITE, r.background());
        assertEquals(ExportRequest.Page.FIT, r.page());
        assertNull(r.sectorIds(), "null means every placed sector");
        assertTrue(r.confidenceMarks());
        assertNull(r.arrowsOptionId());
        assertEquals(List.of(), r.compareOptionIds());
        assertEquals(TestProjects.TITLE, r.title());
        assertEquals("Four sectors, one per quadrant", r.subtitle());
        assertEquals("Source: Test fixture.", r.sourceLine());
        assertEquals(LocalDate.now(), r.date());
        assertEquals(1200, r.width());
        assertEquals(800, r.height());
    }

    @Test
    void aSlideDefaultsToAWiderFigureAtTwiceThePixels() {
        ExportRequest r = ExportRequest.defaults(TestProjects.small(), ExportRequest.Format.PPTX);
        assertEquals(2, r.scale());
        assertEquals(1200, r.width());
        assertEquals(600, r.height());
    }

    @Test
    void withersChangeOneFieldEach() {
        ExportRequest r = ExportRequest.defaults(TestProjects.small(), ExportRequest.Format.PDF)
                .withScale(3).withBackground(ExportRequest.Background.TRANSPARENT)
                .withPage(ExportRequest.Page.A4_LANDSCAPE).withSectorIds(List.of(TestProjects.CHIPS))
                .withConfidenceMarks(false).withArrowsOptionId(TestProjects.SUBSIDY).withTitle("T")
                .withSubtitle(" ").withSourceLine("S").withDate(LocalDate.of(2020, 2, 1)).withSize(1600, 900);
        assertEquals(ExportRequest.Format.PDF, r.format());
        assertEquals(3, r.scale());
        assertEquals(ExportRequest.Background.TRANSPARENT, r.background());
        assertEquals(ExportRequest.Page.A4_LANDSCAPE, r.page());
        assertEquals(List.of(TestProjects.CHIPS), r.sectorIds());
        assertEquals(false, r.confidenceMarks());
        assertEquals(TestProjects.SUBSIDY, r.arrowsOptionId());
        assertEquals("T", r.title());
        assertNull(r.subtitle(), "a blank subtitle is none");
        assertEquals("S", r.sourceLine());
        assertEquals(LocalDate.of(2020, 2, 1), r.date());
        assertEquals(1600, r.width());
        assertEquals(900, r.height());
        ExportRequest compare = r.withCompare(List.of(TestProjects.SUBSIDY, TestProjects.OPENNESS));
        assertEquals(ExportRequest.View.COMPARE, compare.view());
        assertEquals(List.of(TestProjects.SUBSIDY, TestProjects.OPENNESS), compare.compareOptionIds());
    }

    @Test
    void scaleAndSizeAreBounded() {
        ExportRequest r = ExportRequest.defaults(TestProjects.small(), ExportRequest.Format.PNG);
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> r.withScale(0));
        assertEquals("the scale must be 1 to 4, found 0", zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> r.withScale(5));
        IllegalArgumentException small = assertThrows(IllegalArgumentException.class, () -> r.withSize(399, 800));
        assertEquals("the size must be 400 to 8000 on each side, found 399 x 800", small.getMessage());
        assertThrows(IllegalArgumentException.class, () -> r.withSize(1200, 8001));
        assertThrows(NullPointerException.class, () -> r.withTitle(null));
    }

    @Test
    void formatsKnowTheirExtensions() {
        assertEquals("png", ExportRequest.Format.PNG.extension());
        assertEquals("svg", ExportRequest.Format.SVG.extension());
        assertEquals("pdf", ExportRequest.Format.PDF.extension());
        assertEquals("pptx", ExportRequest.Format.PPTX.extension());
    }
}
