package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.OptionalInt;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.w3c.dom.Node;

/** Issue 16, point 3: sizes named as analysts think of them, and PNGs that print at the size meant. */
class SizePresetTest {
    private final Project small = TestProjects.small();

    private ExportRequest png() {
        return ExportFixtures.request(small, ExportRequest.Format.PNG);
    }

    @Test
    void eachPresetHasTheSizeItsNameSays() {
        assertEquals(new SizePreset.Pixels(1920, 1080), SizePreset.SLIDE_16_9.pixels(150));
        assertEquals(new SizePreset.Pixels(1440, 1080), SizePreset.SLIDE_4_3.pixels(300));
        assertEquals(new SizePreset.Pixels(2480, 3508), SizePreset.A4_PORTRAIT.pixels(300));
        assertEquals(new SizePreset.Pixels(3508, 2480), SizePreset.A4_LANDSCAPE.pixels(300));
        assertEquals(new SizePreset.Pixels(1240, 1754), SizePreset.A4_PORTRAIT.pixels(150));
        assertEquals(new SizePreset.Pixels(2550, 3300), SizePreset.LETTER_PORTRAIT.pixels(300));
        assertEquals(new SizePreset.Pixels(3300, 2550), SizePreset.LETTER_LANDSCAPE.pixels(300));
        assertEquals(new SizePreset.Pixels(1275, 1650), SizePreset.LETTER_PORTRAIT.pixels(150));
        assertThrows(IllegalStateException.class, () -> SizePreset.CUSTOM.pixels(150));
    }

    @Test
    void aPageKeepsItsLayoutAtTwiceTheDpiAndIsTwiceAsSharp() {
        ExportRequest screen = SizePreset.A4_PORTRAIT.apply(png(), 150);
        ExportRequest print = SizePreset.A4_PORTRAIT.apply(png(), 300);
        assertEquals(1240, screen.width());
        assertEquals(1754, screen.height());
        assertEquals(1, screen.scale());
        assertEquals(screen.width(), print.width());
        assertEquals(screen.height(), print.height());
        assertEquals(2, print.scale());
        assertEquals(300, print.dpi());
    }

    @ParameterizedTest
    @EnumSource(value = SizePreset.class, mode = EnumSource.Mode.EXCLUDE, names = "CUSTOM")
    void everyPresetAtEveryDpiIsAValidRequestOfExactlyItsPixels(SizePreset preset) {
        for (int dpi : new int[] {ExportRequest.MIN_DPI, 96, 150, 200, 300, 450, 600}) {
            ExportRequest r = preset.apply(png(), dpi);
            SizePreset.Pixels px = preset.pixels(dpi);
            assertEquals(px.width(), r.width() * r.scale(), preset + " at " + dpi);
            assertEquals(px.height(), r.height() * r.scale(), preset + " at " + dpi);
            assertEquals(dpi, r.dpi());
        }
    }

    @Test
    void customKeepsTheSizeAndScaleAndSetsTheDpi() {
        ExportRequest r = SizePreset.CUSTOM.apply(png().withSize(1600, 900).withScale(3), 300);
        assertEquals(1600, r.width());
        assertEquals(900, r.height());
        assertEquals(3, r.scale());
        assertEquals(300, r.dpi());
    }

    @Test
    void theDpiIsBounded() {
        assertThrows(IllegalArgumentException.class, () -> png().withDpi(ExportRequest.MIN_DPI - 1));
        assertThrows(IllegalArgumentException.class, () -> png().withDpi(ExportRequest.MAX_DPI + 1));
        assertEquals(ExportRequest.DEFAULT_DPI, png().dpi());
    }

    @Test
    void anA4At300DpiIs2480By3508AndItsPhysSays11811PixelsPerMetre() throws Exception {
        byte[] bytes = ExportFixtures.bytes(small, SizePreset.A4_PORTRAIT.apply(png(), 300));
        BufferedImage image = ExportFixtures.image(bytes);
        assertEquals(2480, image.getWidth());
        assertEquals(3508, image.getHeight());
        assertEquals(OptionalInt.of(11811), PngDensity.read(bytes));
        // Read again by an independent reader: ImageIO's PNG metadata.
        assertEquals(Optional.of(11811), imageIoPhys(bytes, "pixelsPerUnitXAxis"));
        assertEquals(Optional.of(11811), imageIoPhys(bytes, "pixelsPerUnitYAxis"));
        assertEquals("meter", imageIoPhysText(bytes, "unitSpecifier"));
        // The project still rides along and reads back.
        assertEquals(small, PngProjectChunk.read(bytes, "a4.png").orElseThrow());
    }

    @Test
    void everyPngRecordsItsDpiTheDefaultOneToo() throws Exception {
        assertEquals(OptionalInt.of(5906), PngDensity.read(ExportFixtures.bytes(small, png())));
        assertEquals(5906, PngDensity.pixelsPerMetre(150));
        assertEquals(3780, PngDensity.pixelsPerMetre(96));
    }

    @Test
    void aPngWithoutPhysReadsAsEmpty() throws Exception {
        assertEquals(OptionalInt.empty(), PngDensity.read(PngExporter.encode(new BufferedImage(4, 4,
                BufferedImage.TYPE_INT_ARGB))));
        assertThrows(IllegalArgumentException.class, () -> PngDensity.insert(new byte[40], 300));
    }

    private static Optional<Integer> imageIoPhys(byte[] png, String attribute) throws Exception {
        String text = imageIoPhysText(png, attribute);
        return text == null ? Optional.empty() : Optional.of(Integer.valueOf(text));
    }

    private static String imageIoPhysText(byte[] png, String attribute) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
            try {
                reader.setInput(in);
                Node root = reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
                for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n.getNodeName().equals("pHYs")) {
                        return ((IIOMetadataNode) n).getAttribute(attribute);
                    }
                }
                fail("ImageIO finds no pHYs chunk");
                return null;
            } finally {
                reader.dispose();
            }
        }
    }
}
