package org.sectorscope.ui.canvas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The markers a layer lays down, in order: each one's sprite and where it lands in the layer's pixels.
 * Comparing two of them tells which small areas a redraw must cover: after a drop or an undo at
 * 10,000 sectors only the moved markers' old and new places change, and redrawing just those areas
 * (every marker that touches them, in order) gives the very pixels a whole redraw would.
 */
final class MarkerStamps {
    private final List<String> ids = new ArrayList<>();
    private final List<Object> looks = new ArrayList<>();
    private final List<MarkerPixels.Sprite> sprites = new ArrayList<>();
    private final BitSet onLine = new BitSet();
    private int[] boxes = new int[64];

    /**
     * Adds a marker: {@code look} and {@code onLine} are what its sprite was chosen by ({@code look}
     * compared by identity, to reuse the sprite of an unchanged marker), its sprite centred at ({@code cx},
     * {@code cy}) to the nearest pixel ({@link MarkerPixels#corner}).
     */
    void add(String id, Object look, boolean onLine, MarkerPixels.Sprite sprite, double cx, double cy) {
        int w = sprite.width();
        int h = sprite.height();
        int i = ids.size();
        this.onLine.set(i, onLine);
        if (4 * i + 4 > boxes.length) {
            boxes = Arrays.copyOf(boxes, boxes.length * 2);
        }
        int left = MarkerPixels.corner(cx, w);
        int top = MarkerPixels.corner(cy, h);
        boxes[4 * i] = left;
        boxes[4 * i + 1] = top;
        boxes[4 * i + 2] = left + w;
        boxes[4 * i + 3] = top + h;
        ids.add(id);
        looks.add(look);
        sprites.add(sprite);
    }

    int size() {
        return ids.size();
    }

    /** Whether the marker at {@code i} is {@code id} with its sprite chosen by the very same {@code look}. */
    boolean sameLook(int i, String id, Object look) {
        return i < ids.size() && looks.get(i) == look && ids.get(i).equals(id);
    }

    boolean onLine(int i) {
        return onLine.get(i);
    }

    /** Adds a marker with the sprite of {@code before}'s marker at {@code i}, centred at ({@code cx}, {@code cy}). */
    void addLike(MarkerStamps before, int i, double cx, double cy) {
        add(before.ids.get(i), before.looks.get(i), before.onLine(i), before.sprites.get(i), cx, cy);
    }

    /**
     * The areas (x0, y0, x1, y1, in pixels) where this differs from {@code before}: the old and the new
     * box of each marker whose sprite or place changed. Null when a whole redraw is called for: the
     * markers are not the same ones in the same order, or more than {@code most} of them changed.
     */
    List<int[]> changedAreas(MarkerStamps before, int most) {
        if (before == null || before.size() != size()) {
            return null;
        }
        List<int[]> areas = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if (!ids.get(i).equals(before.ids.get(i))) {
                return null;
            }
            if (sprites.get(i) != before.sprites.get(i) || !sameBox(before, i)) {
                if (areas.size() >= 2 * most) {
                    return null;
                }
                areas.add(before.box(i));
                areas.add(box(i));
            }
        }
        return areas;
    }

    private boolean sameBox(MarkerStamps other, int i) {
        for (int k = 4 * i; k < 4 * i + 4; k++) {
            if (boxes[k] != other.boxes[k]) {
                return false;
            }
        }
        return true;
    }

    private int[] box(int i) {
        return new int[] {boxes[4 * i], boxes[4 * i + 1], boxes[4 * i + 2], boxes[4 * i + 3]};
    }

    /**
     * Redraws {@code areas} of {@code pixels}, which hold the markers as they were when the areas were
     * worked out ({@link #changedAreas}): each is cleared and every marker touching it laid down again, in
     * order. Returns the box around them all within the layer (x0, y0, x1, y1; empty when none).
     */
    int[] redrawOnto(MarkerPixels pixels, List<int[]> areas) {
        int[] union = {pixels.width(), pixels.height(), 0, 0};
        for (int[] area : areas) {
            pixels.clear(area);
            stampOnto(pixels, area);
            union[0] = Math.min(union[0], Math.max(0, area[0]));
            union[1] = Math.min(union[1], Math.max(0, area[1]));
            union[2] = Math.max(union[2], Math.min(pixels.width(), area[2]));
            union[3] = Math.max(union[3], Math.min(pixels.height(), area[3]));
        }
        return union;
    }

    /** Lays every marker over {@code pixels}, in order, as far as each falls inside {@code area} (null: all). */
    void stampOnto(MarkerPixels pixels, int[] area) {
        int x0 = area == null ? Integer.MIN_VALUE : area[0];
        int y0 = area == null ? Integer.MIN_VALUE : area[1];
        int x1 = area == null ? Integer.MAX_VALUE : area[2];
        int y1 = area == null ? Integer.MAX_VALUE : area[3];
        for (int i = 0; i < size(); i++) {
            int left = boxes[4 * i];
            int top = boxes[4 * i + 1];
            int right = boxes[4 * i + 2];
            int bottom = boxes[4 * i + 3];
            if (right > x0 && left < x1 && bottom > y0 && top < y1) {
                pixels.stampAt(sprites.get(i), left, top, x0, y0, x1, y1);
            }
        }
    }
}
