package org.sectorscope.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import org.sectorscope.logic.IntendedMoves;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Side;

/**
 * Draws, under the cards, what the selected policy option acts on: an outline around each targeted
 * quadrant and an arrow for each intended move. It never takes the mouse, so cards stay draggable.
 */
final class OptionOverlay extends Group {
    private static final double HEAD = 9;

    OptionOverlay() {
        setId("option-overlay");
        setMouseTransparent(true);
        setManaged(false);
    }

    private List<Object> shown = List.of();

    void show(OptionFocus focus, Framework framework, PlotGeometry g) {
        // Called on every layout pass; rebuild only when something it draws from changed.
        List<Object> key = java.util.Arrays.asList(focus, framework, g);
        if (key.equals(shown)) {
            return;
        }
        shown = key;
        List<Node> nodes = new ArrayList<>();
        if (focus != null && g != null && framework != null) {
            for (Quadrant q : framework.quadrants()) {
                if (focus.quadrantLetters().contains(q.letter())) {
                    nodes.add(outline(q, g));
                }
            }
            for (IntendedMoves.Arrow a : focus.arrows()) {
                nodes.addAll(arrow(a, g));
            }
        }
        getChildren().setAll(nodes);
    }

    private static Rectangle outline(Quadrant q, PlotGeometry g) {
        double x0 = q.x() == Side.LOW ? g.toPixelX(-1) : g.toPixelX(0);
        double x1 = q.x() == Side.LOW ? g.toPixelX(0) : g.toPixelX(1);
        double y0 = Math.min(g.toPixelY(q.y() == Side.LOW ? -1 : 0), g.toPixelY(q.y() == Side.LOW ? 0 : 1));
        double y1 = Math.max(g.toPixelY(q.y() == Side.LOW ? -1 : 0), g.toPixelY(q.y() == Side.LOW ? 0 : 1));
        Rectangle r = new Rectangle(x0 + 3, y0 + 3, x1 - x0 - 6, y1 - y0 - 6);
        r.getStyleClass().add("option-target-quadrant");
        r.setId("option-target-" + q.letter());
        return r;
    }

    private static List<Node> arrow(IntendedMoves.Arrow a, PlotGeometry g) {
        double x0 = g.toPixelX(a.from().x());
        double y0 = g.toPixelY(a.from().y());
        double x1 = g.toPixelX(a.to().x());
        double y1 = g.toPixelY(a.to().y());
        double len = Math.hypot(x1 - x0, y1 - y0);
        if (len < 1) {
            return List.of();
        }
        double ux = (x1 - x0) / len;
        double uy = (y1 - y0) / len;
        Line shaft = new Line(x0, y0, x1 - ux * HEAD, y1 - uy * HEAD);
        Polygon head = new Polygon(x1, y1, x1 - ux * HEAD * 1.6 - uy * HEAD * 0.8, y1 - uy * HEAD * 1.6 + ux * HEAD * 0.8,
                x1 - ux * HEAD * 1.6 + uy * HEAD * 0.8, y1 - uy * HEAD * 1.6 - ux * HEAD * 0.8);
        String style = a.sectorId() == null ? "intended-move-quadrant" : "intended-move";
        shaft.getStyleClass().addAll("intended-move-shaft", style);
        head.getStyleClass().addAll("intended-move-head", style);
        if (a.sectorId() != null) {
            shaft.setId("move-arrow-" + a.sectorId());
        }
        return List.of(shaft, head);
    }
}
