package org.sectorscope.ui.canvas;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.logic.plot.PlotLayout;
import org.sectorscope.logic.plot.TextFit;
import org.sectorscope.logic.plot.TextStyle;
import org.sectorscope.model.AxisId;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Side;

/**
 * The framework as the plot draws it, after the report's Figure 1.1: four coloured cells, the dividing
 * lines, the axis titles and pole labels in the margins, and each quadrant's name in its outer corner
 * (where the shared layout puts it, as the exports do).
 */
final class FrameworkDrawing {
    /** A text of the framework that can be edited in place: an axis title, a pole label or a quadrant name. */
    record FrameworkText(AxisId axis, Side pole, String quadrantLetter) {
    }

    /** The axis texts' smallest font size (the stylesheet's pole labels), which bounds what they could show. */
    private static final double SMALLEST_FONT = 11;

    private final Map<Side, Map<Side, Rectangle>> cells = new EnumMap<>(Side.class);
    private final Map<Side, Map<Side, Text>> names = new EnumMap<>(Side.class);
    private final Text xTitle = text("axis-title");
    private final Text yTitle = text("axis-title");
    private final Text xLow = text("pole-label");
    private final Text xHigh = text("pole-label");
    private final Text yLow = text("pole-label");
    private final Text yHigh = text("pole-label");
    private final Line vDivider = new Line();
    private final Line hDivider = new Line();
    private Framework framework;

    FrameworkDrawing() {
        for (Side x : Side.values()) {
            for (Side y : Side.values()) {
                Rectangle r = new Rectangle();
                r.getStyleClass().add("quadrant-cell");
                r.setId("cell-" + x.key() + "-" + y.key());
                Text name = text("quadrant-label");
                name.setTextOrigin(VPos.TOP);
                name.setTextAlignment(TextAlignment.LEFT);
                PlotFonts.apply(name, TextStyle.QUADRANT_NAME);
                cells.computeIfAbsent(x, k -> new EnumMap<>(Side.class)).put(y, r);
                names.computeIfAbsent(x, k -> new EnumMap<>(Side.class)).put(y, name);
            }
        }
        vDivider.getStyleClass().add("divider");
        hDivider.getStyleClass().add("divider");
        yTitle.setRotate(-90);
        yLow.setRotate(-90);
        yHigh.setRotate(-90);
    }

    private static Text text(String styleClass) {
        Text t = new Text();
        t.getStyleClass().add(styleClass);
        t.setTextOrigin(VPos.CENTER);
        t.setTextAlignment(TextAlignment.CENTER);
        return t;
    }

    /** What goes under the cards: cells, dividers, axis titles and pole labels. */
    List<Node> backNodes() {
        List<Node> nodes = new ArrayList<>();
        cells.values().forEach(m -> nodes.addAll(m.values()));
        nodes.addAll(List.of(vDivider, hDivider, xTitle, yTitle, xLow, xHigh, yLow, yHigh));
        return nodes;
    }

    /** What goes above the cards: the quadrant names (cards keep off them, shape-only cards may sit under). */
    List<Node> frontNodes() {
        List<Node> nodes = new ArrayList<>();
        names.values().forEach(m -> nodes.addAll(m.values()));
        return nodes;
    }

    void show(Framework f) {
        framework = f;
        words(CanvasText.UNKNOWN_ROOM, CanvasText.UNKNOWN_ROOM);
        for (Quadrant q : f.quadrants()) {
            cells.get(q.x()).get(q.y()).setFill(Color.web(q.color()));
        }
    }

    /**
     * The axis titles and pole labels, each cut to what its side of the plot could hold before JavaFX
     * lays it out (a title of any length costs no more than one as wide as the plot).
     */
    private void words(double width, double height) {
        Framework f = framework;
        fit(xTitle, f.xAxis().title(), width);
        fit(yTitle, f.yAxis().title(), height);
        fit(xLow, f.xAxis().lowLabel(), width / 2);
        fit(xHigh, f.xAxis().highLabel(), width / 2);
        fit(yLow, f.yAxis().lowLabel(), height / 2);
        fit(yHigh, f.yAxis().highLabel(), height / 2);
    }

    private static void fit(Text t, String s, double room) {
        String upper = CanvasText.fit(s, room, SMALLEST_FONT).toUpperCase(Locale.ROOT);
        t.setText(upper);
        if (t.getLayoutBounds().getWidth() <= room) {
            return;
        }
        // The cut above is only an upper bound (narrow glyphs): cut exactly, measuring the node itself in
        // the font its style gave it, so a long title ends in an ellipsis inside the plot, not clipped.
        String base = upper.endsWith("\u2026") ? upper.substring(0, upper.length() - 1) : upper;
        t.setText(TextFit.ellipsize(base, room, t.getFont().getSize(), w -> {
            t.setText(w);
            return t.getLayoutBounds().getWidth();
        }));
    }

    /** Places everything at the plot's size; the quadrant names where the shared layout put them. */
    void layout(PlotGeometry g, PlotLayout plot) {
        words(g.width(), g.height());
        double cx = g.centerX();
        double cy = g.centerY();
        for (Side x : Side.values()) {
            for (Side y : Side.values()) {
                Rectangle r = cells.get(x).get(y);
                double left = x == Side.LOW ? g.left() : cx;
                double top = y == Side.HIGH ? g.top() : cy;
                r.setX(left);
                r.setY(top);
                r.setWidth(g.width() / 2);
                r.setHeight(g.height() / 2);
            }
        }
        names.values().forEach(m -> m.values().forEach(t -> t.setVisible(false)));
        for (PlotLayout.QuadrantName n : plot.names()) {
            framework.byLetter(n.letter()).ifPresent(q -> {
                Text name = names.get(q.x()).get(q.y());
                name.setText(n.text());
                name.setX(n.box().x());
                name.setY(n.box().y());
                name.setVisible(true);
            });
        }
        vDivider.setStartX(cx);
        vDivider.setEndX(cx);
        vDivider.setStartY(g.top());
        vDivider.setEndY(g.bottom());
        hDivider.setStartX(g.left());
        hDivider.setEndX(g.right());
        hDivider.setStartY(cy);
        hDivider.setEndY(cy);
        centre(xTitle, cx, 16);
        centre(xLow, (g.left() + cx) / 2, 40);
        centre(xHigh, (cx + g.right()) / 2, 40);
        centre(yTitle, 16, cy);
        centre(yHigh, 42, (g.top() + cy) / 2);
        centre(yLow, 42, (cy + g.bottom()) / 2);
    }

    private static void centre(Text t, double x, double y) {
        t.setX(x - t.getLayoutBounds().getWidth() / 2);
        t.setY(y);
    }

    /** Marks the quadrant a drag would drop into; null clears the mark. */
    void highlight(Quadrant target) {
        for (Side x : Side.values()) {
            for (Side y : Side.values()) {
                Rectangle r = cells.get(x).get(y);
                boolean on = target != null && target.x() == x && target.y() == y;
                if (on != r.getStyleClass().contains("drop-target")) {
                    if (on) {
                        r.getStyleClass().add("drop-target");
                    } else {
                        r.getStyleClass().remove("drop-target");
                    }
                }
            }
        }
    }

    /** Which framework text a node is, or null when it is none of them. */
    FrameworkText textOf(Node node) {
        if (node == xTitle || node == yTitle) {
            return new FrameworkText(node == xTitle ? AxisId.X : AxisId.Y, null, null);
        }
        if (node == xLow || node == xHigh) {
            return new FrameworkText(AxisId.X, node == xLow ? Side.LOW : Side.HIGH, null);
        }
        if (node == yLow || node == yHigh) {
            return new FrameworkText(AxisId.Y, node == yLow ? Side.LOW : Side.HIGH, null);
        }
        for (Side x : Side.values()) {
            for (Side y : Side.values()) {
                if (names.get(x).get(y) == node) {
                    return new FrameworkText(null, null, framework.quadrant(x, y).letter());
                }
            }
        }
        return null;
    }

    /** The current wording of a framework text, as stored (not upper-cased as drawn). */
    String wording(FrameworkText which) {
        if (which.quadrantLetter() != null) {
            return framework.byLetter(which.quadrantLetter()).map(Quadrant::name).orElse("");
        }
        var axis = framework.axis(which.axis());
        return which.pole() == null ? axis.title() : axis.label(which.pole());
    }
}
