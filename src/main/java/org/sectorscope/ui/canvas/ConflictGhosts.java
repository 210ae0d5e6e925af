package org.sectorscope.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import org.sectorscope.logic.ConflictText;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.logic.plot.PlotPalette;
import org.sectorscope.model.MergeConflict;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;

/**
 * For each sector whose position a merge left in conflict, its two candidate places as small ghost
 * markers, "ours" and "theirs", joined by a thin line: the exact positions the conflict record holds,
 * not the sector's current one, so the analyst sees what Keep ours and Take theirs would each give.
 * Kept apart from the analysts' and editions' ghosts, and under the cards (a ghost is never data).
 */
final class ConflictGhosts extends Group {
    /** One conflict's two places; either may be missing (a side that removed or never placed the sector). */
    record Pair(String conflictId, String sectorId, Position ours, Position theirs) {
    }

    private static final Color INK = Color.web(PlotPalette.hex(PlotPalette.WARNING));
    private static final double RADIUS = 5;
    private final ObservableValue<Project> project;
    private PlotGeometry geometry;

    ConflictGhosts(ObservableValue<Project> project) {
        this.project = project;
        setId("conflict-ghosts");
        setMouseTransparent(true);
        setManaged(false);
        project.addListener((obs, old, p) -> redraw());
    }

    /** The pairs to draw for {@code p}: one per position conflict with at least one place. */
    static List<Pair> pairs(Project p) {
        List<Pair> pairs = new ArrayList<>();
        for (MergeConflict c : p.teamwork().conflicts()) {
            if (!ConflictText.isSectorPosition(c)) {
                continue;
            }
            Optional<Position> ours = ConflictText.position(c.ours());
            Optional<Position> theirs = ConflictText.position(c.theirs());
            if (ours.isPresent() || theirs.isPresent()) {
                pairs.add(new Pair(c.id(), c.sectorId(), ours.orElse(null), theirs.orElse(null)));
            }
        }
        return pairs;
    }

    void draw(PlotGeometry next) {
        geometry = next;
        redraw();
    }

    private void redraw() {
        List<Node> nodes = new ArrayList<>();
        if (geometry != null) {
            for (Pair pair : pairs(project.getValue())) {
                if (pair.ours() != null && pair.theirs() != null) {
                    Line line = new Line(x(pair.ours()), y(pair.ours()), x(pair.theirs()), y(pair.theirs()));
                    line.setStroke(INK);
                    line.setStrokeWidth(1);
                    line.getStrokeDashArray().setAll(3.0, 3.0);
                    nodes.add(line);
                }
                ghost(nodes, pair, pair.ours(), "ours");
                ghost(nodes, pair, pair.theirs(), "theirs");
            }
        }
        getChildren().setAll(nodes);
    }

    private void ghost(List<Node> nodes, Pair pair, Position at, String side) {
        if (at == null) {
            return;
        }
        Circle marker = new Circle(x(at), y(at), RADIUS);
        marker.setId("conflict-ghost-" + side + "-" + pair.sectorId());
        marker.setFill(INK.deriveColor(0, 1, 1, 0.25));
        marker.setStroke(INK);
        marker.getStrokeDashArray().setAll(2.0, 2.0);
        Text label = new Text(x(at) + RADIUS + 2, y(at) - RADIUS, side);
        label.setFill(INK);
        label.getStyleClass().add("conflict-ghost-label");
        nodes.add(marker);
        nodes.add(label);
    }

    private double x(Position p) {
        return geometry.toPixelX(p.x());
    }

    private double y(Position p) {
        return geometry.toPixelY(p.y());
    }
}
