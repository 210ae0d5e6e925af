package org.sectorscope.ui.canvas;

import java.util.List;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.sectorscope.logic.PlotGeometry;

/**
 * Shape-only cards, drawn on one canvas instead of one node each. A crowded plot may hold thousands of
 * sectors; as nodes they cost seconds to build and every frame to traverse, as pixels they cost a
 * single repaint when the model changes. Selected and dragged cards are real nodes above this layer.
 */
final class DotLayer extends Canvas {
    static final double SIZE = SectorCardNode.MARKER + 6;
    private static final Color FILL = Color.rgb(255, 255, 255, 0.85);
    private static final Color BORDER = Color.web("#7b8794");
    private static final Color STATE_LED = Color.web("#9b2c2c");
    private static final Color MARKET = Color.web("#2f855a");
    private static final Color OTHER = Color.web("#323f4b");

    private List<CardItem> items = List.of();
    private Set<String> excluded = Set.of();
    private PlotGeometry geometry;

    DotLayer() {
        setMouseTransparent(true); // the plot hit-tests dots itself, see dotAt
        setManaged(false);
    }

    /** Redraws every item except the excluded ones (shown as nodes), in the given plot geometry. */
    void draw(List<CardItem> all, PlotGeometry g, double width, double height, Set<String> exclude) {
        this.items = all;
        this.excluded = Set.copyOf(exclude);
        this.geometry = g;
        setWidth(width);
        setHeight(height);
        GraphicsContext gc = getGraphicsContext2D();
        gc.clearRect(0, 0, width, height);
        gc.setLineWidth(1);
        for (CardItem item : all) {
            if (exclude.contains(item.id())) {
                continue;
            }
            double[] box = box(item, g);
            gc.setFill(FILL);
            gc.fillRoundRect(box[0], box[1], SIZE, SIZE, 7, 7);
            gc.setStroke(BORDER);
            gc.strokeRoundRect(box[0] + 0.5, box[1] + 0.5, SIZE - 1, SIZE - 1, 7, 7);
            marker(gc, item.driver(), box[0] + 3, box[1] + 3);
        }
    }

    void clear() {
        items = List.of();
        excluded = Set.of();
        getGraphicsContext2D().clearRect(0, 0, getWidth(), getHeight());
    }

    /** The same shapes as {@link SectorCardNode#marker(String)}, so dots and cards read alike. */
    private static void marker(GraphicsContext gc, String driver, double x, double y) {
        double m = SectorCardNode.MARKER;
        switch (driver) {
            case "State-led" -> {
                gc.setFill(STATE_LED);
                gc.fillRect(x, y, m, m);
            }
            case "Market-oriented" -> {
                gc.setFill(MARKET);
                gc.fillOval(x, y, m, m);
            }
            default -> {
                gc.setFill(OTHER);
                gc.fillPolygon(new double[] {x + m / 2, x + m, x + m / 2, x}, new double[] {y, y + m / 2, y + m, y + m / 2}, 4);
            }
        }
    }

    /** Top-left corner of an item's dot, centred on its position and kept inside the plot. */
    static double[] box(CardItem item, PlotGeometry g) {
        double x = g.toPixelX(item.position().x()) - SIZE / 2;
        double y = g.toPixelY(item.position().y()) - SIZE / 2;
        x = Math.max(g.left() + 2, Math.min(g.right() - 2 - SIZE, x));
        y = Math.max(g.top() + 2, Math.min(g.bottom() - 2 - SIZE, y));
        return new double[] {x, y};
    }

    /** The id of the topmost dot under a point of the plot, or null. */
    String dotAt(double x, double y) {
        if (geometry == null) {
            return null;
        }
        for (int i = items.size() - 1; i >= 0; i--) {
            if (excluded.contains(items.get(i).id())) {
                continue;
            }
            double[] b = box(items.get(i), geometry);
            if (x >= b[0] && x <= b[0] + SIZE && y >= b[1] && y <= b[1] + SIZE) {
                return items.get(i).id();
            }
        }
        return null;
    }

    boolean isExcluded(String id) {
        return excluded.contains(id);
    }

    List<CardItem> items() {
        return items;
    }
}
