package org.sectorscope.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Redrawing only where markers changed gives the very pixels of a whole redraw: after a drop or an undo
 * the plot must show every marker where its data puts it, and nothing where it was.
 */
class MarkerStampsTest {
    private static final int W = 120;
    private static final int H = 90;

    /** One marker as a test lays it: its id, look (identity), sprite and centre. */
    private record Marker(String id, Object look, MarkerPixels.Sprite sprite, double cx, double cy) {
    }

    @Test
    void redrawingTheChangedAreasEqualsAWholeRedraw() {
        Random random = new Random(3);
        List<MarkerPixels.Sprite> sprites = List.of(sprite(random, 7), sprite(random, 9), sprite(random, 5), sprite(random, 11));
        for (int round = 0; round < 200; round++) {
            List<Marker> before = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                before.add(marker(random, "s" + i, sprites));
            }
            List<Marker> after = new ArrayList<>(before);
            int changes = 1 + random.nextInt(6);
            for (int c = 0; c < changes; c++) {
                int i = random.nextInt(after.size());
                Marker m = after.get(i);
                after.set(i, random.nextBoolean() ? marker(random, m.id(), sprites) // moved, maybe restyled
                        : new Marker(m.id(), m.look(), m.sprite(), m.cx() + random.nextInt(3) - 1, m.cy()));
            }
            MarkerStamps was = stamps(before);
            MarkerStamps now = stamps(after);
            MarkerPixels updated = drawn(was);
            List<int[]> areas = now.changedAreas(was, 64);
            assertNotNull(areas, "a few changed markers are redrawn apart");
            now.redrawOnto(updated, areas);
            assertArrayEquals(drawn(now).array(), updated.array(), "round " + round);
        }
    }

    @Test
    void nothingChangedMeansNoAreaAndAnEmptyBox() {
        Random random = new Random(5);
        List<MarkerPixels.Sprite> sprites = List.of(sprite(random, 7));
        List<Marker> markers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            markers.add(marker(random, "s" + i, sprites));
        }
        MarkerStamps was = stamps(markers);
        MarkerStamps now = stamps(markers);
        List<int[]> areas = now.changedAreas(was, 64);
        assertEquals(List.of(), areas);
        int[] box = now.redrawOnto(drawn(was), areas);
        assertTrue(box[2] <= box[0] || box[3] <= box[1], "an empty box");
    }

    @Test
    void otherMarkersOrTooManyChangesCallForAWholeRedraw() {
        Random random = new Random(9);
        List<MarkerPixels.Sprite> sprites = List.of(sprite(random, 7), sprite(random, 9));
        List<Marker> markers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            markers.add(marker(random, "s" + i, sprites));
        }
        MarkerStamps was = stamps(markers);
        assertNull(stamps(markers.subList(0, 99)).changedAreas(was, 64), "a marker fewer");
        List<Marker> swapped = new ArrayList<>(markers);
        swapped.set(0, markers.get(1));
        swapped.set(1, markers.get(0));
        assertNull(stamps(swapped).changedAreas(was, 64), "another order (which marker lies on top may differ)");
        List<Marker> allMoved = markers.stream()
                .map(m -> new Marker(m.id(), m.look(), m.sprite(), m.cx() + 5, m.cy())).toList();
        assertNull(stamps(allMoved).changedAreas(was, 64), "more than 64 moved");
        assertNull(stamps(markers).changedAreas(null, 64), "nothing drawn before");
    }

    @Test
    void anUnchangedLookKeepsItsSprite() {
        MarkerStamps was = new MarkerStamps();
        Object look = new Object();
        was.add("a", look, true, MarkerPixels.Sprite.of(new int[] {0xff000000}, 1, 1), 3.5, 4.5);
        assertTrue(was.sameLook(0, "a", look));
        assertTrue(!was.sameLook(0, "a", new Object()), "another look, though equal in every way, is not the same");
        assertTrue(!was.sameLook(0, "b", look));
        assertTrue(!was.sameLook(1, "a", look), "past the end");
        MarkerStamps now = new MarkerStamps();
        now.addLike(was, 0, 3.5, 4.5);
        assertTrue(now.onLine(0));
        assertEquals(List.of(), now.changedAreas(was, 64));
    }

    private static Marker marker(Random random, String id, List<MarkerPixels.Sprite> sprites) {
        MarkerPixels.Sprite sprite = sprites.get(random.nextInt(sprites.size()));
        // Some fall partly off the layer's edges.
        return new Marker(id, sprite, sprite, random.nextDouble() * (W + 10) - 5, random.nextDouble() * (H + 10) - 5);
    }

    private static MarkerStamps stamps(List<Marker> markers) {
        MarkerStamps stamps = new MarkerStamps();
        for (Marker m : markers) {
            stamps.add(m.id(), m.look(), false, m.sprite(), m.cx(), m.cy());
        }
        return stamps;
    }

    private static MarkerPixels drawn(MarkerStamps stamps) {
        MarkerPixels pixels = new MarkerPixels(W, H);
        stamps.stampOnto(pixels, null);
        return pixels;
    }

    /** A square sprite: opaque in the middle, partly covered at its rim, clear in the corners. */
    private static MarkerPixels.Sprite sprite(Random random, int side) {
        int[] argb = new int[side * side];
        double mid = (side - 1) / 2.0;
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                double d = Math.hypot(x - mid, y - mid) / (side / 2.0);
                int a = d < 0.7 ? 255 : d < 1 ? 40 + random.nextInt(200) : 0;
                int c = random.nextInt(a + 1);
                argb[y * side + x] = (a << 24) | (c << 16) | (random.nextInt(a + 1) << 8) | random.nextInt(a + 1);
            }
        }
        return MarkerPixels.Sprite.of(argb, side, side);
    }
}
