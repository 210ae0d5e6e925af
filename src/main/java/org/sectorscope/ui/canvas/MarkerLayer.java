package org.sectorscope.ui.canvas;

import java.nio.IntBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.sectorscope.logic.plot.DriverShape;
import org.sectorscope.logic.plot.MarkerKey;
import org.sectorscope.logic.plot.PlacedSector;
import org.sectorscope.logic.plot.PlotLayout;
import org.sectorscope.logic.plot.PlotPalette;
import org.sectorscope.logic.plot.PlotStyle;
import org.sectorscope.logic.plot.SectorMark;

/**
 * Sectors' markers, composed into one image rather than drawn as one node (or one canvas stamp) each: a
 * crowded plot may hold thousands, which as pixels cost one copy to the screen when the layout changes.
 * Filled for the report's placements, hollow for the analyst's, ringed on a dividing line, as the exports
 * draw them. The plot keeps two: the base
 * layer, and one for the selected sectors (with a highlight) that it moves as a whole while dragging.
 */
final class MarkerLayer extends ImageView {
    private static final Color HALO = color(PlotPalette.MARKER_HALO);
    private static final Color INK = color(PlotPalette.INK);
    private static final Color SELECTION = color(PlotPalette.SELECTION);
    /** The colours markers were drawn in, so a repaint of thousands makes none anew (FX thread only). */
    private static final Map<Integer, Color> COLORS = new HashMap<>();
    /**
     * Each marker style painted once, then its pixels laid down for every marker of that style: a crowded
     * plot is recomposed after every edit (FX thread only; cleared when it grows past {@link #MAX_SPRITES}).
     */
    private static final Map<SpriteKey, MarkerPixels.Sprite> SPRITES = new HashMap<>();
    private static final int MAX_SPRITES = 512;
    private static final double RING_WIDTH = 2.5;
    private final boolean highlight;
    private Executor composer = COMPOSER;
    /** The layer's pixels, shared with the image shown: redrawn in place while the size stays the same. */
    private MarkerPixels pixels;
    private PixelBuffer<IntBuffer> buffer;
    /** What the pixels hold now, and at what scale: an edit redraws only where that differs. */
    private MarkerStamps drawn;
    private double drawnScale;
    /** The layout the pixels were drawn from: while it stays, the markers are where the pixels show them. */
    private PlotLayout drawnLayout;
    /** Counts the draws (FX thread), so that a layer composed apart is shown only if no draw came since. */
    private int generation;
    private int pendingTicket = -1;
    /**
     * Whole redraws of more markers than this for a change of selection alone are composed on another
     * thread: ringing 10,000 markers held the FX thread for a frame and more.
     */
    static final int COMPOSED_APART_FROM = 2_000;
    private static final Executor COMPOSER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sectorscope-markers");
        t.setDaemon(true);
        return t;
    });
    /** More moved markers than this and the whole layer is redrawn. */
    private static final int MOST_REDRAWN_APART = 64;

    MarkerLayer(boolean highlight) {
        this.highlight = highlight;
        setMouseTransparent(true); // the plot hit-tests markers itself, through the layout
        setManaged(false);
    }

    /**
     * Draws the markers of {@code layout}: all but {@code skip} over the whole plot, or, when {@code only}
     * is given, just those on an image no larger than they need, so that moving it while dragging
     * repaints only their neighbourhood. On the highlight layer a new selection of thousands is shown a few
     * frames later ({@link #composeApart}); everything else is drawn before this returns.
     */
    void draw(PlotLayout layout, double width, double height, Set<String> skip, Set<String> only) {
        generation++; // whatever was being composed apart is now out of date
        double x0 = 0;
        double y0 = 0;
        double w = width;
        double h = height;
        if (only != null) {
            double[] bounds = bounds(layout, only);
            x0 = bounds[0];
            y0 = bounds[1];
            w = Math.max(0, bounds[2] - bounds[0]);
            h = Math.max(0, bounds[3] - bounds[1]);
        }
        // Stamps drawn for the screen's pixels, not scaled up from a lower resolution.
        double scale = getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX() : 1;
        int pw = (int) Math.ceil(w * scale);
        int ph = (int) Math.ceil(h * scale);
        if (layout == null || pw == 0 || ph == 0) {
            pixels = null; // nothing to show: an empty selection layer holds no buffer
            buffer = null;
            drawn = null;
            drawnLayout = null;
            relocate(x0, y0);
            setImage(null);
            return;
        }
        MarkerStamps now = stamps(layout, skip, only, x0, y0, scale);
        boolean sameSize = pixels != null && pixels.width() == pw && pixels.height() == ph;
        // After a drop or an undo only the moved markers' old and new places are redrawn.
        List<int[]> areas = sameSize ? now.changedAreas(drawn, MOST_REDRAWN_APART) : null;
        // Nothing shown, or markers shown where they still are: either can stay up while rings are composed.
        boolean stillTrue = pixels == null || (layout == drawnLayout && scale == drawnScale);
        if (areas == null && highlight && stillTrue && now.size() > COMPOSED_APART_FROM) {
            composeApart(layout, now, pw, ph, x0, y0, scale);
            return;
        }
        if (sameSize) {
            buffer.updateBuffer(b -> redraw(now, areas));
        } else {
            MarkerPixels fresh = new MarkerPixels(pw, ph);
            now.stampOnto(fresh, null);
            show(fresh);
        }
        shown(layout, now, x0, y0, scale);
    }

    /**
     * A new selection of thousands (Select All) ringed on another thread: the layer shows nothing, or markers
     * that have not moved (the layout is the one its pixels were drawn from), so until the new rings are
     * ready what it shows is still where its sectors are; any later draw makes this one's result out of
     * date, and it is dropped.
     */
    private void composeApart(PlotLayout layout, MarkerStamps now, int pw, int ph, double x0, double y0, double scale) {
        int ticket = generation;
        pendingTicket = ticket;
        CompletableFuture.supplyAsync(() -> {
            MarkerPixels fresh = new MarkerPixels(pw, ph);
            now.stampOnto(fresh, null);
            return fresh;
        }, composer).thenAcceptAsync(fresh -> {
            if (ticket == generation) {
                pendingTicket = -1;
                show(fresh);
                shown(layout, now, x0, y0, scale);
            }
        }, Platform::runLater);
    }

    /** Shows {@code fresh} as the layer's image, through a buffer that later redraws change in place. */
    private void show(MarkerPixels fresh) {
        pixels = fresh;
        buffer = new PixelBuffer<>(fresh.width(), fresh.height(), IntBuffer.wrap(fresh.array()),
                PixelFormat.getIntArgbPreInstance());
        setImage(new WritableImage(buffer));
    }

    /** Records what the pixels now hold, and places the image. */
    private void shown(PlotLayout layout, MarkerStamps now, double x0, double y0, double scale) {
        drawn = now;
        drawnLayout = layout;
        drawnScale = scale;
        relocate(x0, y0);
        setFitWidth(pixels.width() / scale);
        setFitHeight(pixels.height() / scale);
    }

    /** Where layers are composed apart (tests hold the work back to change the plot meanwhile). */
    void composeWith(Executor executor) {
        composer = executor;
    }

    /** Whether a layer composed on another thread is still to be shown (for tests). */
    boolean composing() {
        return pendingTicket == generation;
    }

    /** Lays {@code now} over the pixels, wholly or in {@code areas}; returns the part of the image that changed. */
    private Rectangle2D redraw(MarkerStamps now, List<int[]> areas) {
        if (areas == null) {
            pixels.clear();
            now.stampOnto(pixels, null);
            return null; // all of it
        }
        int[] box = now.redrawOnto(pixels, areas);
        return box[2] > box[0] && box[3] > box[1] ? new Rectangle2D(box[0], box[1], box[2] - box[0], box[3] - box[1])
                : Rectangle2D.EMPTY;
    }

    /** The markers to lay down, in the layout's order; an unchanged marker keeps the sprite it had. */
    private MarkerStamps stamps(PlotLayout layout, Set<String> skip, Set<String> only, double x0, double y0,
                                double scale) {
        MarkerStamps before = scale == drawnScale ? drawn : null;
        MarkerStamps now = new MarkerStamps();
        for (PlacedSector s : layout.sectors()) {
            if (skip.contains(s.id()) || (only != null && !only.contains(s.id()))) {
                continue;
            }
            // A sector an edit left alone keeps its mark (and its place, so whether it is on a line).
            double cx = (s.markerX() - x0) * scale;
            double cy = (s.markerY() - y0) * scale;
            int i = now.size();
            if (before != null && before.sameLook(i, s.id(), s.mark()) && before.onLine(i) == s.location().onLine()) {
                now.addLike(before, i, cx, cy);
            } else {
                now.add(s.id(), s.mark(), s.location().onLine(), sprite(s, scale), cx, cy);
            }
        }
        return now;
    }

    /** A marker's look, its size to a quarter pixel, at the screen's scale, with the selection's ring or not. */
    private record SpriteKey(DriverShape shape, int rgb, double size, boolean byReport, boolean onLine, double scale,
                          boolean ringed) {
    }

    /** The sector's marker (ringed on the highlight layer) as pixels, painted once per style. */
    private MarkerPixels.Sprite sprite(PlacedSector s, double scale) {
        SectorMark m = s.mark();
        SpriteKey key = new SpriteKey(m.shape(), m.rgb(), Math.round(m.size() * 4) / 4.0, m.byReport(),
                s.location().onLine(), scale, highlight);
        if (SPRITES.size() > MAX_SPRITES) {
            SPRITES.clear();
        }
        return SPRITES.computeIfAbsent(key, MarkerLayer::paintSprite);
    }

    private static MarkerPixels.Sprite paintSprite(SpriteKey k) {
        double extent = Math.ceil(Math.max(k.size() + PlotStyle.HALO, k.size() + PlotStyle.RING_MARGIN)) + 2;
        // The selection's ring, as wide as the marker's box (with its on-line ring) and 4 px around it.
        double ring = (k.size() + (k.onLine() ? PlotStyle.RING_MARGIN : 0)) / 2 + 4;
        if (k.ringed()) {
            extent = Math.max(extent, Math.ceil(2 * ring + RING_WIDTH) + 2);
        }
        int side = (int) Math.ceil(extent * k.scale());
        Canvas c = new Canvas(side, side);
        GraphicsContext gc = c.getGraphicsContext2D();
        gc.scale(k.scale(), k.scale());
        double mid = side / k.scale() / 2;
        if (k.ringed()) {
            gc.setStroke(SELECTION);
            gc.setLineWidth(RING_WIDTH);
            gc.strokeOval(mid - ring, mid - ring, 2 * ring, 2 * ring);
        }
        paint(gc, k.shape(), k.rgb(), k.size(), k.byReport(), k.onLine(), mid, mid);
        SnapshotParameters transparent = new SnapshotParameters();
        transparent.setFill(Color.TRANSPARENT);
        Image image = c.snapshot(transparent, null);
        int[] argb = new int[side * side];
        image.getPixelReader().getPixels(0, 0, side, side, PixelFormat.getIntArgbPreInstance(), argb, 0, side);
        return MarkerPixels.Sprite.of(argb, side, side);
    }

    /** The box around the markers of {@code ids} with their highlight: x0, y0, x1, y1 (empty when none). */
    private static double[] bounds(PlotLayout layout, Set<String> ids) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        if (layout != null) {
            for (String id : ids) {
                PlacedSector s = layout.sector(id);
                if (s != null) {
                    double r = s.markerBox().w() / 2 + 8;
                    b[0] = Math.min(b[0], Math.floor(s.markerX() - r));
                    b[1] = Math.min(b[1], Math.floor(s.markerY() - r));
                    b[2] = Math.max(b[2], Math.ceil(s.markerX() + r));
                    b[3] = Math.max(b[3], Math.ceil(s.markerY() + r));
                }
            }
        }
        return b[0] > b[2] ? new double[] {0, 0, 0, 0} : b;
    }

    /** A marker on its own, for a legend: the usual mixed-driver diamond, filled or hollow, ringed or not. */
    static Canvas symbol(DriverShape shape, boolean byReport, boolean onLine) {
        double size = PlotStyle.LINE_RING + 2;
        Canvas c = new Canvas(size, size);
        paint(c.getGraphicsContext2D(), shape, PlotPalette.OTHER_DRIVER, PlotStyle.MARKER, byReport, onLine,
                size / 2, size / 2);
        return c;
    }

    /**
     * A key entry's symbol, as export.Legend draws it: its marker, or without a shape a colour's swatch
     * (a rounded square) or a size's disc.
     */
    static Canvas symbol(MarkerKey.Entry e, boolean sizeOnly) {
        double extent = Math.max(PlotStyle.LINE_RING + 2, e.size() + PlotStyle.HALO + 1);
        Canvas c = new Canvas(extent, extent);
        GraphicsContext gc = c.getGraphicsContext2D();
        double mid = extent / 2;
        if (e.shape() != null) {
            paint(gc, e.shape(), e.rgb(), e.size(), true, false, mid, mid);
        } else if (sizeOnly) {
            gc.setFill(color(e.rgb()));
            gc.fillOval(mid - e.size() / 2, mid - e.size() / 2, e.size(), e.size());
        } else {
            gc.setFill(color(e.rgb()));
            gc.fillRoundRect(mid - 5, mid - 5, 10, 10, 3, 3);
        }
        return c;
    }

    /** As the exports draw it (export.PlotPainter): fills only, on a white halo; hollow is colour with a white inside. */
    private static void paint(GraphicsContext gc, DriverShape shape, int rgb, double size, boolean byReport,
                              boolean onLine, double x, double y) {
        if (onLine) {
            double r = (size + PlotStyle.RING_MARGIN) / 2;
            gc.setFill(INK);
            gc.fillOval(x - r, y - r, 2 * r, 2 * r);
            r -= PlotStyle.RING_WIDTH;
            gc.setFill(HALO);
            gc.fillOval(x - r, y - r, 2 * r, 2 * r);
        } else {
            gc.setFill(HALO);
            fill(gc, shape, x, y, size + PlotStyle.HALO);
        }
        gc.setFill(COLORS.computeIfAbsent(rgb, MarkerLayer::color));
        fill(gc, shape, x, y, size);
        if (!byReport) {
            gc.setFill(HALO);
            fill(gc, shape, x, y, size - 2 * PlotStyle.HOLLOW_WIDTH);
        }
    }

    /** The shape of {@code size} at (x, y); a circle as an oval, cheaper to fill than its polygon. */
    private static void fill(GraphicsContext gc, DriverShape shape, double x, double y, double size) {
        if (shape == DriverShape.CIRCLE) {
            gc.fillOval(x - size / 2, y - size / 2, size, size);
        } else {
            fill(gc, shape.outline(x, y, size));
        }
    }

    private static void fill(GraphicsContext gc, double[] pts) {
        int n = pts.length / 2;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = pts[2 * i];
            ys[i] = pts[2 * i + 1];
        }
        gc.fillPolygon(xs, ys, n);
    }

    static Color color(int rgb) {
        return Color.rgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }
}
