package org.sectorscope.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The marker layer's own compositing: where stamps land, what is cut off, and "source over" as Java2D does it. */
class MarkerPixelsTest {

    @Test
    void aStampLandsCentredOnTheNearestWholePixel() {
        MarkerPixels layer = new MarkerPixels(10, 10);
        int[] sprite = filled(3, 3, 0xff112233);
        layer.stamp(sprite, 3, 3, 5.4, 5.6); // left = round(3.9) = 4, top = round(4.1) = 4
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 10; x++) {
                boolean inside = x >= 4 && x <= 6 && y >= 4 && y <= 6;
                assertEquals(inside ? 0xff112233 : 0, layer.pixel(x, y), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void whatFallsOutsideIsCutOffAtEveryEdge() {
        MarkerPixels layer = new MarkerPixels(6, 4);
        int[] sprite = filled(4, 4, 0xff0000ff);
        layer.stamp(sprite, 4, 4, 0, 0);     // only its lower right 2 x 2
        layer.stamp(sprite, 4, 4, 6, 4);     // only its upper left 2 x 2
        layer.stamp(sprite, 4, 4, -50, 2);   // wholly outside
        layer.stamp(sprite, 4, 4, 3, 400);   // wholly outside
        int covered = 0;
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 6; x++) {
                covered += layer.pixel(x, y) != 0 ? 1 : 0;
            }
        }
        assertEquals(8, covered);
        assertEquals(0xff0000ff, layer.pixel(0, 0));
        assertEquals(0xff0000ff, layer.pixel(5, 3));
        assertEquals(0, layer.pixel(2, 0));
    }

    @Test
    void halfCoverOverOpaqueBlendsAndClearEmptiesTheLayer() {
        MarkerPixels layer = new MarkerPixels(1, 1);
        layer.stamp(new int[] {0xff0000ff}, 1, 1, 0.5, 0.5);
        layer.stamp(new int[] {0x80800000}, 1, 1, 0.5, 0.5); // half-transparent red, premultiplied
        assertEquals(0xff80007f, layer.pixel(0, 0));
        layer.clear();
        assertEquals(0, layer.pixel(0, 0));
    }

    /** Many random premultiplied sprites, laid over each other here and by Java2D: the same to within one step. */
    @Test
    void sourceOverMatchesJava2dOnRandomStamps() {
        Random random = new Random(7);
        int width = 40;
        int height = 30;
        MarkerPixels layer = new MarkerPixels(width, height);
        BufferedImage oracle = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = oracle.createGraphics();
        g.setComposite(AlphaComposite.SrcOver);
        for (int n = 0; n < 300; n++) {
            int w = 1 + random.nextInt(9);
            int h = 1 + random.nextInt(9);
            int[] sprite = new int[w * h];
            for (int i = 0; i < sprite.length; i++) {
                sprite[i] = randomPremultiplied(random);
            }
            int left = random.nextInt(width + 10) - 5;
            int top = random.nextInt(height + 10) - 5;
            layer.stamp(sprite, w, h, left + w / 2.0, top + h / 2.0);
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
            // The raster of a premultiplied image holds the very ints we stamp.
            System.arraycopy(sprite, 0, ((DataBufferInt) image.getRaster().getDataBuffer()).getData(), 0, sprite.length);
            g.drawImage(image, left, top, null);
        }
        g.dispose();
        int worst = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int ours = layer.pixel(x, y);
                int theirs = oracle.getRaster().getDataBuffer().getElem(y * width + x);
                for (int shift = 0; shift < 32; shift += 8) {
                    worst = Math.max(worst, Math.abs(((ours >>> shift) & 0xff) - ((theirs >>> shift) & 0xff)));
                }
            }
        }
        assertTrue(worst <= 1, "largest difference from Java2D per channel: " + worst);
    }

    private static int[] filled(int w, int h, int argb) {
        int[] sprite = new int[w * h];
        java.util.Arrays.fill(sprite, argb);
        return sprite;
    }

    /** Opaque, clear or partly covered, as a marker's anti-aliased edge is. */
    private static int randomPremultiplied(Random random) {
        int a = switch (random.nextInt(3)) {
            case 0 -> 255;
            case 1 -> 0;
            default -> random.nextInt(256);
        };
        int r = a == 0 ? 0 : random.nextInt(a + 1);
        int g = a == 0 ? 0 : random.nextInt(a + 1);
        int b = a == 0 ? 0 : random.nextInt(a + 1);
        return (a << 24) | (r << 16) | (g << 8) | b;
    }
}
