package org.sectorscope.ui.canvas;

import java.util.Arrays;

/**
 * A layer of markers composed pixel by pixel: premultiplied sprites laid over each other ("source over"),
 * each at the whole pixel nearest its centre. Thousands of stamps cost a few milliseconds here, where
 * the software renderer took a tenth of a second to draw as many small images.
 */
final class MarkerPixels {
    private final int width;
    private final int height;
    private final int[] argb;

    MarkerPixels(int width, int height) {
        this.width = Math.max(0, width);
        this.height = Math.max(0, height);
        this.argb = new int[this.width * this.height];
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The premultiplied pixel at (x, y). */
    int pixel(int x, int y) {
        return argb[y * width + x];
    }

    /**
     * Lays {@code sprite} ({@code w} by {@code h}, premultiplied, row by row) over the layer, its centre at
     * ({@code cx}, {@code cy}) to the nearest pixel; what falls outside the layer is cut off.
     */
    void stamp(int[] sprite, int w, int h, double cx, double cy) {
        int left = (int) Math.round(cx - w / 2.0);
        int top = (int) Math.round(cy - h / 2.0);
        int x0 = Math.max(0, -left);
        int y0 = Math.max(0, -top);
        int x1 = Math.min(w, width - left);
        int y1 = Math.min(h, height - top);
        for (int y = y0; y < y1; y++) {
            int from = y * w;
            int to = (top + y) * width + left;
            for (int x = x0; x < x1; x++) {
                int s = sprite[from + x];
                int alpha = s >>> 24;
                if (alpha == 255) {
                    argb[to + x] = s;
                } else if (alpha != 0) {
                    argb[to + x] = over(s, argb[to + x], 255 - alpha);
                }
            }
        }
    }

    /** Source over destination, both premultiplied; {@code keep} is 255 minus the source's alpha. */
    private static int over(int s, int d, int keep) {
        int a = (s >>> 24) + div255((d >>> 24) * keep);
        int r = ((s >> 16) & 0xff) + div255(((d >> 16) & 0xff) * keep);
        int g = ((s >> 8) & 0xff) + div255(((d >> 8) & 0xff) * keep);
        int b = (s & 0xff) + div255((d & 0xff) * keep);
        return (Math.min(a, 255) << 24) | (Math.min(r, 255) << 16) | (Math.min(g, 255) << 8) | Math.min(b, 255);
    }

    /** {@code v / 255} rounded, for v up to 255 * 255. */
    private static int div255(int v) {
        int t = v + 128;
        return (t + (t >> 8)) >> 8;
    }

    /** The pixels themselves, premultiplied ARGB row by row: what an image shares to show them. */
    int[] array() {
        return argb;
    }

    void clear() {
        Arrays.fill(argb, 0);
    }
}
