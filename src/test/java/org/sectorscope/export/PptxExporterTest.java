package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;
import org.sectorscope.model.Project;

class PptxExporterTest {
    @Test
    void asAPictureOneWideSlideWithTheTitleThePictureAndTheSourcesInTheNotes() throws Exception {
        Project p = ExportFixtures.small();
        byte[] pptx = ExportFixtures.bytes(p, ExportFixtures.request(p, ExportRequest.Format.PPTX_PICTURE));
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
            assertEquals(new Dimension(960, 540), show.getPageSize());
            assertEquals(1, show.getSlides().size());
            XSLFSlide slide = show.getSlides().get(0);
            assertEquals("Small test project", slide.getTitle());
            List<XSLFPictureShape> pictures = slide.getShapes().stream()
                    .filter(XSLFPictureShape.class::isInstance).map(XSLFPictureShape.class::cast).toList();
            assertEquals(1, pictures.size());
            XSLFPictureShape picture = pictures.get(0);
            assertEquals(PictureData.PictureType.PNG, picture.getPictureData().getType());
            assertEquals("The sectors placed on the 2x2 framework: Four sectors, one per quadrant",
                    ((CTPicture) picture.getXmlObject()).getNvPicPr().getCNvPr().getDescr(), "alt text");
            // Scale 2 of the 1200 x 600 figure, fitted to the slide's width inside its margins.
            BufferedImage image = ExportFixtures.image(picture.getPictureData().getData());
            assertEquals(2400, image.getWidth());
            assertEquals(1200, image.getHeight());
            assertEquals(900, picture.getAnchor().getWidth(), 0.5);
            assertEquals(450, picture.getAnchor().getHeight(), 0.5);
            String notes = notes(slide);
            assertTrue(notes.contains("Source: Test fixture."), notes);
            assertTrue(notes.contains("Scott Kennedy, ch. 1 \u2014 China's uneven high-tech drive"), notes);
            assertTrue(notes.contains("Barry Naughton \u2014 Industrial policy notes"), notes);
            assertTrue(notes.contains("Exported from Sectorscope on 29 November 2026."), notes);
            assertTrue(!notes.contains("2013"), "POI's sample date is removed: " + notes);
            assertEquals("Small test project", show.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void theOptionsViewIsAPictureToo() throws Exception {
        Project p = ExportFixtures.small();
        byte[] pptx = ExportFixtures.bytes(p, ExportFixtures.request(p, ExportRequest.Format.PPTX_PICTURE)
                .withView(ExportRequest.View.OPTIONS));
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
            XSLFSlide slide = show.getSlides().get(0);
            assertEquals("Small test project", slide.getTitle());
            assertEquals(1, slide.getShapes().stream().filter(XSLFPictureShape.class::isInstance).count());
        }
    }

    private static String notes(XSLFSlide slide) {
        StringBuilder sb = new StringBuilder();
        for (XSLFShape shape : slide.getNotes().getShapes()) {
            if (shape instanceof XSLFTextShape t) {
                for (XSLFTextParagraph para : t.getTextParagraphs()) {
                    sb.append(para.getText()).append('\n');
                }
            }
        }
        return sb.toString();
    }
}
