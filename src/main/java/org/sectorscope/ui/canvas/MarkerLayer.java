package org.sectorscope.ui.canvas;

import java.util.Set;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.sectorscope.logic.plot.DriverShape;
import org.sectorscope.logic.plot.PlacedSector;
import org.sectorscope.logic.plot.PlotLayout;
import org.sectorscope.logic.plot.PlotPalette;
import org.sectorscope.logic.plot.PlotStyle;

/**
 * Sectors' markers, drawn on one canvas rather than as one node each: a crowded plot may hold thousands,
 * which as pixels cost one repaint when the layout changes. Filled for the report's placements, hollow
 * for the analyst's, ringed on a dividing line, as the exports draw them. The plot keeps two: the base
 * layer, and one for the selected sectors (with a highlight) that it moves as a whole while dragging.
 */
final class MarkerLayer extends Canvas {
    private static final Color HALO = color(PlotPalette.MARKER_HALO);
    private static final Color INK = color(PlotPalette.INK);
    private static final Color SELECTION = color(PlotPalette.SELECTION);
    private final boolean highlight;

    MarkerLayer(boolean highlight) {
        this.highlight = highlight;
        setMouseTransparent(true); // the plot hit-tests markers itself, through the layout
        setManaged(false);
    }

    /** Draws the markers of {@code layout}: all but {@code skip}, or, on a highlight layer, only {@code only}. */
    void draw(PlotLayout layout, double width, double height, Set<String> skip, Set<String> only) {
        setWidth(width);
        setHeight(height);
        GraphicsContext gc = getGraphicsContext2D();
        gc.clearRect(0, 0, width, height);
        if (layout == null) {
            return;
        }
        for (PlacedSector s : layout.sectors()) {
            if (skip.contains(s.id()) || (only != null && !only.contains(s.id()))) {
                continue;
            }
            if (highlight) {
                double r = s.markerBox().w() / 2 + 4;
                gc.setStroke(SELECTION);
                gc.setLineWidth(2.5);
                gc.strokeOval(s.markerX() - r, s.markerY() - r, 2 * r, 2 * r);
            }
            paint(gc, s);
        }
    }

    void clear() {
        getGraphicsContext2D().clearRect(0, 0, getWidth(), getHeight());
    }

    private static void paint(GraphicsContext gc, PlacedSector s) {
        paint(gc, s.mark().shape(), s.mark().byReport(), s.location().onLine(), s.markerX(), s.markerY());
    }

    /** A marker on its own, for a legend: the driver's shape, filled or hollow, ringed or not. */
    static Canvas symbol(DriverShape shape, boolean byReport, boolean onLine) {
        double size = PlotStyle.LINE_RING + 2;
        Canvas c = new Canvas(size, size);
        paint(c.getGraphicsContext2D(), shape, byReport, onLine, size / 2, size / 2);
        return c;
    }

    private static void paint(GraphicsContext gc, DriverShape shape, boolean byReport, boolean onLine, double x, double y) {
        if (onLine) {
            double r = PlotStyle.LINE_RING / 2;
            gc.setFill(HALO);
            gc.fillOval(x - r, y - r, 2 * r, 2 * r);
            gc.setStroke(INK);
            gc.setLineWidth(1.3);
            gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
        double[] pts = shape.outline(x, y, PlotStyle.MARKER);
        int n = pts.length / 2;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = pts[2 * i];
            ys[i] = pts[2 * i + 1];
        }
        Color color = color(shape.rgb());
        gc.setStroke(HALO);
        gc.setLineWidth(2.5);
        gc.strokePolygon(xs, ys, n);
        if (byReport) {
            gc.setFill(color);
            gc.fillPolygon(xs, ys, n);
        } else {
            gc.setFill(HALO);
            gc.fillPolygon(xs, ys, n);
            gc.setStroke(color);
            gc.setLineWidth(1.6);
            gc.strokePolygon(xs, ys, n);
        }
    }

    static Color color(int rgb) {
        return Color.rgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }
}
