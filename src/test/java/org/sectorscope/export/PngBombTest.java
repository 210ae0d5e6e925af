package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.store.child.AttackFiles;
import org.sectorscope.store.child.ChildJvm;
import org.sectorscope.store.child.OpenAsTheWindowDoesMain;

/**
 * A small PNG whose project chunk inflates to 63 MB of empty objects (issue 12, point 7: a 78 KB image
 * took 5.3 GB), opened as the window opens images, in a JVM with a small heap: refused in seconds with
 * the usual message, never an OutOfMemoryError.
 */
class PngBombTest {
    @TempDir
    Path dir;

    @Test
    void aPngWhoseProjectInflatesToABombIsRefusedUnderASmallHeap() throws Exception {
        ByteArrayOutputStream json = new ByteArrayOutputStream(64 << 20);
        AttackFiles.writeEmptyObjectBomb(json);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB), "png", png);
        Path image = dir.resolve("figure.png");
        Files.write(image, PngProjectChunk.embed(png.toByteArray(), json.toByteArray()));
        assertTrue(Files.size(image) < 200_000, "a small image: " + Files.size(image) + " bytes");

        ChildJvm.Result r = ChildJvm.run("192m", dir, OpenAsTheWindowDoesMain.class.getName(), image.toString());

        assertEquals("", r.err(), "no OutOfMemoryError");
        assertEquals("REFUSED " + image + " (embedded project): the JSON has more than 4,000,000 tokens (each key,"
                + " value, bracket and brace counts one), too many to open safely", r.out().strip());
        assertTrue(r.millis() < 30_000, r.millis() + " ms");
    }
}
