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
     * A marker's picture: premultiplied pixels row by row, and each row's runs of opaque and of partly
     * covered pixels, so that laying it down copies the opaque runs whole and skips the clear pixels.
     */
    static final class Sprite {
        private final int[] argb;
        private final int width;
        private final int height;
        /** Row y's runs are runs[rowStart[y]] to runs[rowStart[y + 1]]: from, to (exclusive), 1 if opaque. */
        private final int[] runs;
        private final int[] rowStart;

        private Sprite(int[] argb, int width, int height, int[] runs, int[] rowStart) {
            this.argb = argb;
            this.width = width;
            this.height = height;
            this.runs = runs;
            this.rowStart = rowStart;
        }

        static Sprite of(int[] argb, int width, int height) {
            int[] rowStart = new int[height + 1];
            int[] runs = new int[16];
            int n = 0;
            for (int y = 0; y < height; y++) {
                rowStart[y] = n;
                int x = 0;
                while (x < width) {
                    int kind = kind(argb[y * width + x]);
                    int end = x + 1;
                    while (end < width && kind(argb[y * width + end]) == kind) {
                        end++;
                    }
                    if (kind != 0) {
                        if (n + 3 > runs.length) {
                            runs = Arrays.copyOf(runs, runs.length * 2);
                        }
                        runs[n++] = x;
                        runs[n++] = end;
                        runs[n++] = kind == 1 ? 1 : 0;
                    }
                    x = end;
                }
            }
            rowStart[height] = n;
            return new Sprite(argb, width, height, Arrays.copyOf(runs, n), rowStart);
        }

        /** 0 clear, 1 opaque, 2 partly covered. */
        private static int kind(int argb) {
            int alpha = argb >>> 24;
            return alpha == 0 ? 0 : alpha == 255 ? 1 : 2;
        }

        int width() {
            return width;
        }

        int height() {
            return height;
        }
    }

    /**
     * Lays {@code sprite} ({@code w} by {@code h}, premultiplied, row by row) over the layer, its centre at
     * ({@code cx}, {@code cy}) to the nearest pixel; what falls outside the layer is cut off.
     */
    void stamp(int[] sprite, int w, int h, double cx, double cy) {
        stampAt(Sprite.of(sprite, w, h), corner(cx, w), corner(cy, h), 0, 0, width, height);
    }

    /** Where a stamp {@code size} pixels across, centred at {@code centre}, begins: the nearest whole pixel. */
    static int corner(double centre, int size) {
        return (int) Math.round(centre - size / 2.0);
    }

    /**
     * Lays {@code sprite} with its top left corner at ({@code left}, {@code top}), cut off outside the layer
     * and outside x0 to x1, y0 to y1 (the area being redrawn).
     */
    void stampAt(Sprite sprite, int left, int top, int clipX0, int clipY0, int clipX1, int clipY1) {
        int x0 = Math.max(Math.max(0, clipX0) - left, 0);
        int y0 = Math.max(Math.max(0, clipY0) - top, 0);
        int x1 = Math.min(Math.min(width, clipX1) - left, sprite.width);
        int y1 = Math.min(Math.min(height, clipY1) - top, sprite.height);
        int[] runs = sprite.runs;
        int[] from = sprite.argb;
        for (int y = y0; y < y1; y++) {
            int row = y * sprite.width;
            int to = (top + y) * width + left;
            for (int r = sprite.rowStart[y]; r < sprite.rowStart[y + 1]; r += 3) {
                int a = Math.max(runs[r], x0);
                int b = Math.min(runs[r + 1], x1);
                if (a >= b) {
                    continue;
                }
                if (runs[r + 2] == 1) {
                    System.arraycopy(from, row + a, argb, to + a, b - a);
                } else {
                    for (int x = a; x < b; x++) {
                        int s = from[row + x];
                        int d = argb[to + x];
                        // Over a clear pixel the source is the result (most of a highlight layer's first stamps).
                        argb[to + x] = d == 0 ? s : over(s, d, 255 - (s >>> 24));
                    }
                }
            }
        }
    }

    /**
     * Source over destination, both premultiplied; {@code keep} is 255 minus the source's alpha. The
     * destination's four channels are scaled two at a time (red with blue, alpha with green, each in a
     * 16-bit lane) and each divided by 255 with rounding, {@code (t + (t >> 8)) >> 8} for t = v + 128: exact
     * for v up to 255 * 255, and no lane can carry into the next. A premultiplied source's channel is at most
     * its alpha, so no sum exceeds 255.
     */
    private static int over(int s, int d, int keep) {
        int rb = (d & 0x00ff00ff) * keep + 0x00800080;
        rb = ((rb + ((rb >>> 8) & 0x00ff00ff)) >>> 8) & 0x00ff00ff;
        int ag = ((d >>> 8) & 0x00ff00ff) * keep + 0x00800080;
        ag = (ag + ((ag >>> 8) & 0x00ff00ff)) & 0xff00ff00;
        return s + (ag | rb);
    }

    /** The pixels themselves, premultiplied ARGB row by row: what an image shares to show them. */
    int[] array() {
        return argb;
    }

    void clear() {
        Arrays.fill(argb, 0);
    }

    /** Clears x0 to x1, y0 to y1, as far as it lies in the layer. */
    void clear(int[] area) {
        int x0 = Math.max(0, area[0]);
        int x1 = Math.min(width, area[2]);
        for (int y = Math.max(0, area[1]); y < Math.min(height, area[3]); y++) {
            if (x1 > x0) {
                Arrays.fill(argb, y * width + x0, y * width + x1, 0);
            }
        }
    }
}
