package org.sectorscope.bench;

import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.geometry.Point3D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.sectorscope.model.Position;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.canvas.QuadrantCanvasView;

/** Where a sector is on a quadrant plot, and mouse events as the scene would deliver them to it. Use on the FX thread. */
final class PlotPointer {
    private final QuadrantCanvasView view;
    private final Region plot;

    PlotPointer(QuadrantCanvasView view) {
        this.view = view;
        this.plot = view.plot();
    }

    Region plot() {
        return plot;
    }

    /** Where a sector is in scene coordinates: its label's centre, or its marker. */
    Point2D pointOf(ProjectSession session, String id) {
        Node card = plot.lookup("#card-" + id);
        if (card != null) {
            return card.localToScene(card.getLayoutBounds().getCenterX(), card.getLayoutBounds().getCenterY());
        }
        Position p = session.project().sector(id).orElseThrow().position();
        var g = view.geometry();
        return plot.localToScene(g.toPixelX(p.x()), g.toPixelY(p.y()));
    }

    /** What a press on the sector hits: its label, or (a sector drawn as a marker only) the plot's pixels. */
    Node pressTarget(String id) {
        Node card = plot.lookup("#card-" + id);
        return card != null ? card : plot;
    }

    /** What moves while the sector is dragged: its label, or (a sector without one) the layer of selected markers. */
    Node dragged(String id) {
        Node label = plot.lookup("#card-" + id);
        Node card = label != null ? label : plot.lookup("#selected-markers");
        if (card == null) {
            throw new IllegalStateException("no card #card-" + id + " nor selected markers on the plot");
        }
        return card;
    }

    /**
     * A mouse event as the scene would deliver it to the plot with the pointer at {@code scenePoint}
     * over {@code card}: scene and screen coordinates, and a pick result naming the card (the plot
     * finds the card from it, and the event's local coordinates are computed from it).
     */
    MouseEvent mouse(EventType<MouseEvent> type, Node card, Point2D scenePoint, boolean primaryDown) {
        Window window = plot.getScene().getWindow();
        double screenX = window.getX() + plot.getScene().getX() + scenePoint.getX();
        double screenY = window.getY() + plot.getScene().getY() + scenePoint.getY();
        Point2D local = card.sceneToLocal(scenePoint);
        PickResult pick = new PickResult(card, new Point3D(local.getX(), local.getY(), 0), 0);
        Point2D onPlot = plot.sceneToLocal(scenePoint); // x and y of an event are in its source's coordinates
        return new MouseEvent(plot, plot, type, onPlot.getX(), onPlot.getY(), screenX, screenY,
                MouseButton.PRIMARY, 1, false, false, false, false, primaryDown, false, false, false, false,
                false, false, type == MouseEvent.MOUSE_PRESSED, pick);
    }
}
