package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.InflaterInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectWriter;

class PngProjectChunkTest {
    @TempDir
    Path dir;

    private static byte[] plainPng() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_ARGB), "png", out);
        return out.toByteArray();
    }

    /** Offset of the first chunk of {@code type}, or -1. */
    private static int find(byte[] png, String type) {
        int at = 8;
        while (at + 8 <= png.length) {
            int length = ByteBuffer.wrap(png, at, 4).getInt();
            if (new String(png, at + 4, 4, StandardCharsets.US_ASCII).equals(type)) {
                return at;
            }
            at += 12 + length;
        }
        return -1;
    }

    @Test
    void anExportedPngOpensAgainAsTheSameProject() throws Exception {
        Project p = ExportFixtures.sample();
        Path png = dir.resolve("figure.png");
        Exporter.export(p, ExportFixtures.request(p, ExportRequest.Format.PNG), png);
        assertEquals(Optional.of(p), PngProjectChunk.read(png));
        assertEquals(Optional.of(p), PngProjectChunk.read(Files.readAllBytes(png), "figure.png"));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13})
    void randomProjectsWithOddTextRoundTrip(long seed) throws Exception {
        Project p = TestProjects.random(seed);
        byte[] png = PngProjectChunk.embed(plainPng(), p);
        assertEquals(Optional.of(p), PngProjectChunk.read(png, "random.png"));
    }

    @Test
    void theChunkIsCompressedITxtWithTheKeywordBeforeIend() throws Exception {
        Project p = TestProjects.small();
        byte[] png = PngProjectChunk.embed(plainPng(), p);
        int itxt = find(png, "iTXt");
        int iend = find(png, "IEND");
        assertTrue(itxt > find(png, "IDAT") && itxt < iend, "after the image data, before IEND");
        assertEquals(iend, png.length - 12);
        int length = ByteBuffer.wrap(png, itxt, 4).getInt();
        byte[] data = Arrays.copyOfRange(png, itxt + 8, itxt + 8 + length);
        byte[] header = "sectorscope-project\0\1\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
        assertArrayEquals(header, Arrays.copyOf(data, header.length));
        byte[] json = new InflaterInputStream(new ByteArrayInputStream(data, header.length,
                data.length - header.length)).readAllBytes();
        assertArrayEquals(ProjectWriter.toBytes(p), json, "the canonical JSON, deflated");
        // The image itself is untouched.
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(4, image.getWidth());
        assertEquals(3, image.getHeight());
    }

    @Test
    void aPngWithoutTheChunkGivesNothing() throws Exception {
        Path png = dir.resolve("plain.png");
        Files.write(png, plainPng());
        assertEquals(Optional.empty(), PngProjectChunk.read(png));
    }

    @Test
    void aDamagedChunkIsReportedWithTheFileName() throws Exception {
        byte[] png = PngProjectChunk.embed(plainPng(), TestProjects.small());
        int itxt = find(png, "iTXt");
        png[itxt + 40] ^= 0x55;
        Path file = dir.resolve("damaged.png");
        Files.write(file, png);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> PngProjectChunk.read(file));
        assertEquals(file + ": carries a damaged embedded project (its PNG chunk fails the CRC check)",
                e.getMessage());
    }

    @Test
    void otherFilesAreRefusedWithTheFileName() throws Exception {
        Path text = dir.resolve("notes.png");
        Files.writeString(text, "not an image");
        ProjectFileException notPng = assertThrows(ProjectFileException.class, () -> PngProjectChunk.read(text));
        assertEquals(text + ": is not a PNG image", notPng.getMessage());
        Path missing = dir.resolve("missing.png");
        assertEquals(missing + ": no such file",
                assertThrows(ProjectFileException.class, () -> PngProjectChunk.read(missing)).getMessage());
        byte[] png = plainPng();
        byte[] cut = Arrays.copyOf(png, png.length - 12);
        assertEquals("cut.png: is a damaged PNG (the data ends before the IEND chunk)",
                assertThrows(ProjectFileException.class, () -> PngProjectChunk.read(cut, "cut.png")).getMessage());
    }

    @Test
    void anEmbeddedProjectThatIsNotValidIsReportedAsTheFilesProblem() throws Exception {
        byte[] png = PngProjectChunk.embed(plainPng(), "{\"format\":\"something-else\"}".getBytes(StandardCharsets.UTF_8));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> PngProjectChunk.read(png, "x.png"));
        assertEquals("x.png (embedded project): is not a Sectorscope project (\"format\" must be \"sectorscope-project\")",
                e.getMessage());
    }

    @Test
    void aChunkThatInflatesBeyondTheLimitIsRefused() throws Exception {
        // 65 MB of spaces compress to about 64 KB: the size cap, not the chunk's size, must stop it.
        byte[] huge = new byte[65 * 1024 * 1024];
        Arrays.fill(huge, (byte) ' ');
        byte[] png = PngProjectChunk.embed(plainPng(), huge);
        assertTrue(png.length < 1024 * 1024);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> PngProjectChunk.read(png, "bomb.png"));
        assertEquals("bomb.png: carries an embedded project larger than 64 MB", e.getMessage());
    }
}
