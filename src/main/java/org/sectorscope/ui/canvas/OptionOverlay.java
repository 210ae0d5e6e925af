package org.sectorscope.ui.canvas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import org.sectorscope.logic.ArrowShape;
import org.sectorscope.logic.plot.ArrowRoutes;
import org.sectorscope.logic.plot.Box;
import org.sectorscope.logic.plot.PlotLayout;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Quadrant;

/**
 * Draws, above the labels, what the selected policy option acts on: an outline around each targeted
 * quadrant and an arrow for each intended move, ending at the edge of the label it points at (the
 * routes the exports draw too). It never takes the mouse, so labels stay draggable under it.
 */
final class OptionOverlay extends Group {
    private List<Object> shown = List.of();

    OptionOverlay() {
        setId("option-overlay");
        setMouseTransparent(true);
        setManaged(false);
    }

    void show(OptionFocus focus, Framework framework, PlotLayout layout) {
        // Called on every layout pass; rebuild only when something it draws from changed.
        List<Object> key = Arrays.asList(focus, framework, layout);
        if (key.equals(shown)) {
            return;
        }
        shown = key;
        List<Node> nodes = new ArrayList<>();
        if (focus != null && layout != null && framework != null) {
            for (Quadrant q : framework.quadrants()) {
                if (focus.quadrantLetters().contains(q.letter())) {
                    nodes.add(outline(q, layout));
                }
            }
            for (ArrowRoutes.Route r : ArrowRoutes.of(focus.arrows(), layout)) {
                nodes.addAll(arrow(r));
            }
        }
        getChildren().setAll(nodes);
    }

    private static Rectangle outline(Quadrant q, PlotLayout layout) {
        Box c = PlotLayout.cell(q, layout.geometry());
        Rectangle r = new Rectangle(c.x() + 3, c.y() + 3, c.w() - 6, c.h() - 6);
        r.getStyleClass().add("option-target-quadrant");
        r.setId("option-target-" + q.letter());
        return r;
    }

    private static List<Node> arrow(ArrowRoutes.Route r) {
        ArrowShape a = r.shape();
        Line shaft = new Line(a.x0(), a.y0(), a.shaftEndX(), a.shaftEndY());
        Polygon head = new Polygon(a.head());
        String style = r.wholeQuadrant() ? "intended-move-quadrant" : "intended-move";
        shaft.getStyleClass().addAll("intended-move-shaft", style);
        head.getStyleClass().addAll("intended-move-head", style);
        if (r.sectorId() != null) {
            shaft.setId("move-arrow-" + r.sectorId());
            head.setId("move-arrow-head-" + r.sectorId());
        }
        return List.of(shaft, head);
    }
}
