package org.sectorscope.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.StrokeLineCap;
import org.sectorscope.logic.ArrowShape;
import org.sectorscope.logic.WhatMoved;
import org.sectorscope.logic.plot.MoveTrails;
import org.sectorscope.logic.plot.PlotLayout;

/**
 * The trails of the comparison on the canvas, as the exports draw them (export.MoveTrailsPainter), placed
 * by {@link MoveTrails}: a faint marker at a moved sector's old place and an arrow to its marker (strong
 * and wide for a quadrant change), a ring round a new sector, a faint crossed marker where a removed one
 * was. One group per sector, with the id {@code trail-<sectorId>}; under the markers, never catching the mouse.
 */
final class MoveTrailLayer extends Group {
    private static final Color STRONG = colour(255);
    private static final Color FAINT = colour(MoveTrails.FAINT_ALPHA);

    MoveTrailLayer() {
        setId("move-trails");
        setMouseTransparent(true);
        setManaged(false);
    }

    private static Color colour(int alpha) {
        int rgb = MoveTrails.COLOUR;
        return Color.rgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, alpha / 255.0);
    }

    /** Draws the trails of {@code comparison} on {@code layout}; nothing when either is null. */
    void draw(WhatMoved.Comparison comparison, PlotLayout layout) {
        if (comparison == null || layout == null) {
            getChildren().clear();
            return;
        }
        List<Node> out = new ArrayList<>();
        for (MoveTrails.Trail t : MoveTrails.of(comparison, layout)) {
            Group g = new Group();
            g.setId("trail-" + t.sectorId());
            g.getStyleClass().add(t.quadrantChanged() ? "trail-quadrant-change" : "trail");
            switch (t.kind()) {
                case MOVED -> {
                    g.getChildren().add(oldMarker(t.oldX(), t.oldY()));
                    if (t.arrow() != null) {
                        g.getChildren().addAll(arrow(t.arrow(), t.quadrantChanged()));
                    }
                }
                case ADDED -> {
                    Circle ring = new Circle(t.newX(), t.newY(), MoveTrails.NEW_RING / 2, Color.TRANSPARENT);
                    ring.setStroke(STRONG);
                    ring.setStrokeWidth(MoveTrails.QUADRANT_CHANGE_WIDTH);
                    g.getChildren().add(ring);
                }
                case REMOVED -> {
                    double r = MoveTrails.OLD_MARKER / 2;
                    g.getChildren().addAll(oldMarker(t.oldX(), t.oldY()),
                            line(t.oldX() - r, t.oldY() - r, t.oldX() + r, t.oldY() + r),
                            line(t.oldX() - r, t.oldY() + r, t.oldX() + r, t.oldY() - r));
                }
            }
            out.add(g);
        }
        getChildren().setAll(out);
    }

    private static Circle oldMarker(double x, double y) {
        Circle c = new Circle(x, y, MoveTrails.OLD_MARKER / 2, Color.TRANSPARENT);
        c.setStroke(FAINT);
        c.setStrokeWidth(MoveTrails.WIDTH);
        return c;
    }

    private static Line line(double x0, double y0, double x1, double y1) {
        Line l = new Line(x0, y0, x1, y1);
        l.setStroke(FAINT);
        l.setStrokeWidth(MoveTrails.WIDTH);
        return l;
    }

    private static List<Node> arrow(ArrowShape a, boolean strong) {
        Line shaft = new Line(a.x0(), a.y0(), a.shaftEndX(), a.shaftEndY());
        shaft.setStroke(strong ? STRONG : FAINT);
        shaft.setStrokeWidth(strong ? MoveTrails.QUADRANT_CHANGE_WIDTH : MoveTrails.WIDTH);
        shaft.setStrokeLineCap(StrokeLineCap.ROUND);
        double[] h = a.head();
        Polygon head = new Polygon(h[0], h[1], h[2], h[3], h[4], h[5]);
        head.setFill(strong ? STRONG : FAINT);
        return List.of(shaft, head);
    }
}
