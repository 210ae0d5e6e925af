package org.sectorscope.ui.common;

import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * A title and its buttons: on one line, the buttons at the right end, while both fit at their
 * preferred widths; otherwise the buttons go under the title. An HBox would squeeze the title to
 * "Evid..." in a narrow pane, or push the row wider than a scroll pane's viewport.
 */
public final class WrapRow extends Region {
    private final Node lead;
    private final Node trail;
    private final double gap;

    public WrapRow(Node lead, Node trail, double gap) {
        this.lead = lead;
        this.trail = trail;
        this.gap = gap;
        getChildren().addAll(lead, trail);
    }

    /** True when both fit on one line in {@code width} (content width, insets already taken off). */
    public boolean fitsOnOneLine(double width) {
        return lead.prefWidth(-1) + gap + trail.prefWidth(-1) <= width;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + Math.max(lead.minWidth(-1), trail.minWidth(-1));
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + lead.prefWidth(-1) + gap + trail.prefWidth(-1);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? Double.MAX_VALUE : width - snappedLeftInset() - snappedRightInset();
        double height = fitsOnOneLine(inner) ? Math.max(lead.prefHeight(-1), trail.prefHeight(-1))
                : lead.prefHeight(Math.min(inner, lead.prefWidth(-1))) + gap / 2
                        + trail.prefHeight(Math.min(inner, trail.prefWidth(-1)));
        return snappedTopInset() + snappedBottomInset() + height;
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset();
        double h = getHeight() - y - snappedBottomInset();
        if (fitsOnOneLine(w)) {
            double trailWidth = trail.prefWidth(-1);
            layoutInArea(lead, x, y, w - gap - trailWidth, h, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(trail, x + w - trailWidth, y, trailWidth, h, 0, HPos.RIGHT, VPos.CENTER);
        } else {
            double leadWidth = Math.min(w, lead.prefWidth(-1));
            double leadHeight = lead.prefHeight(leadWidth);
            layoutInArea(lead, x, y, leadWidth, leadHeight, 0, HPos.LEFT, VPos.TOP);
            double below = y + leadHeight + gap / 2;
            double trailWidth = Math.min(w, trail.prefWidth(-1));
            layoutInArea(trail, x, below, trailWidth, trail.prefHeight(trailWidth), 0, HPos.LEFT, VPos.TOP);
        }
    }
}
