package org.sectorscope.ui.canvas;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.geometry.VPos;
import org.sectorscope.logic.plot.ConsensusMarks;
import org.sectorscope.logic.plot.TextStyle;

/**
 * The consensus view's extras, under the markers: each sector's spread as a faint hull, a thin line from
 * each analyst's ghost marker to the median (where the sector's own marker is), and the ghosts with the
 * analysts' initials. One canvas for all, like {@link MarkerLayer}, and mouse-transparent: the plot's
 * gestures hit-test the sectors only.
 */
final class AnalystOverlay extends Canvas {
    private static final Color HULL_FILL = rgba(ConsensusMarks.HULL, ConsensusMarks.HULL_FILL_ALPHA);
    private static final Color HULL_LINE = rgba(ConsensusMarks.HULL, ConsensusMarks.HULL_LINE_ALPHA);
    private static final Color GHOST = MarkerLayer.color(ConsensusMarks.GHOST);
    private static final Color SPOKE = rgba(ConsensusMarks.GHOST, 110);
    private final Font initials;

    AnalystOverlay() {
        setMouseTransparent(true);
        setManaged(false);
        setId("analyst-overlay");
        initials = Font.font(PlotFonts.font(TextStyle.CARD_META).getFamily(), ConsensusMarks.INITIALS_SIZE);
    }

    void draw(List<ConsensusMarks> marks, double width, double height) {
        setWidth(marks.isEmpty() ? 0 : width);
        setHeight(marks.isEmpty() ? 0 : height);
        GraphicsContext gc = getGraphicsContext2D();
        gc.clearRect(0, 0, getWidth(), getHeight());
        for (ConsensusMarks m : marks) {
            hull(gc, m.hull());
        }
        gc.setLineWidth(1);
        gc.setFont(initials);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double r = ConsensusMarks.GHOST_RADIUS;
        for (ConsensusMarks m : marks) {
            for (ConsensusMarks.Ghost g : m.ghosts()) {
                gc.setStroke(SPOKE);
                gc.strokeLine(m.median().x(), m.median().y(), g.at().x(), g.at().y());
                gc.setFill(Color.WHITE);
                gc.fillOval(g.at().x() - r, g.at().y() - r, 2 * r, 2 * r);
                gc.setStroke(GHOST);
                gc.strokeOval(g.at().x() - r, g.at().y() - r, 2 * r, 2 * r);
                gc.setFill(GHOST);
                gc.fillText(g.initials(), g.at().x() + r + 1.5, g.at().y());
            }
        }
    }

    private static void hull(GraphicsContext gc, List<ConsensusMarks.Point> hull) {
        if (hull.size() < 2) {
            return;
        }
        double[] xs = hull.stream().mapToDouble(ConsensusMarks.Point::x).toArray();
        double[] ys = hull.stream().mapToDouble(ConsensusMarks.Point::y).toArray();
        gc.setStroke(HULL_LINE);
        if (hull.size() == 2) {
            gc.setLineWidth(3); // a segment: a faint band, so two analysts' spread reads like the others'
            gc.strokeLine(xs[0], ys[0], xs[1], ys[1]);
            return;
        }
        gc.setFill(HULL_FILL);
        gc.fillPolygon(xs, ys, xs.length);
        gc.setLineWidth(1);
        gc.strokePolygon(xs, ys, xs.length);
    }

    private static Color rgba(int rgb, int alpha) {
        return Color.rgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, alpha / 255.0);
    }
}
