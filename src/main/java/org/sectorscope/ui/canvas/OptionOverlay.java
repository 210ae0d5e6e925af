package org.sectorscope.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import org.sectorscope.logic.ArrowShape;
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
        ArrowShape arrow = ArrowShape.of(a, g);
        if (arrow == null) {
            return List.of();
        }
        Line shaft = new Line(arrow.x0(), arrow.y0(), arrow.shaftEndX(), arrow.shaftEndY());
        Polygon head = new Polygon(arrow.head());
        String style = a.sectorId() == null ? "intended-move-quadrant" : "intended-move";
        shaft.getStyleClass().addAll("intended-move-shaft", style);
        head.getStyleClass().addAll("intended-move-head", style);
        if (a.sectorId() != null) {
            shaft.setId("move-arrow-" + a.sectorId());
        }
        return List.of(shaft, head);
    }
}
