package org.sectorscope.export;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.sectorscope.logic.ArrowShape;
import org.sectorscope.logic.IntendedMoves;
import org.sectorscope.logic.plot.ArrowRoutes;
import org.sectorscope.logic.plot.PlotLayout;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;

/**
 * What one policy option acts on, as the canvas shows a selected option (ui/canvas/OptionOverlay): a
 * dashed outline inside each targeted quadrant and an arrow for each intended move, drawn above the
 * labels, each arrow ending at the edge of the label it points at ({@link ArrowRoutes}).
 */
final class OptionMarksPainter {

    private final Project project;
    private final PolicyOption option;
    private final List<IntendedMoves.Arrow> arrows;

    OptionMarksPainter(Project project, PolicyOption option) {
        this.project = project;
        this.option = option;
        this.arrows = IntendedMoves.arrows(project, option);
    }

    List<IntendedMoves.Arrow> arrows() {
        return arrows;
    }

    void paint(Graphics2D g2, PlotLayout layout) {
        g2.setColor(Palette.OPTION);
        g2.setStroke(Palette.TARGET_STROKE);
        for (Quadrant q : project.framework().quadrants()) {
            if (option.targets().quadrantLetters().contains(q.letter())) {
                Rectangle2D c = FrameworkPainter.cell(q, layout.geometry());
                g2.draw(new Rectangle2D.Double(c.getX() + 3, c.getY() + 3, c.getWidth() - 6, c.getHeight() - 6));
            }
        }
        for (ArrowRoutes.Route r : ArrowRoutes.of(arrows, layout)) {
            g2.setColor(r.wholeQuadrant() ? Palette.OPTION_FAINT : Palette.OPTION);
            g2.setStroke(r.wholeQuadrant() ? Palette.QUADRANT_ARROW_STROKE : Palette.ARROW_STROKE);
            draw(g2, r.shape());
        }
    }

    /** The shaft with the current stroke, the head filled, both in the current colour. */
    static void draw(Graphics2D g2, ArrowShape arrow) {
        if (g2 instanceof FigureStructure structure) {
            structure.arrow(arrow); // one connector a reader can move, rather than a line and a triangle
            return;
        }
        g2.draw(new Line2D.Double(arrow.x0(), arrow.y0(), arrow.shaftEndX(), arrow.shaftEndY()));
        double[] h = arrow.head();
        Path2D.Double head = new Path2D.Double();
        head.moveTo(h[0], h[1]);
        head.lineTo(h[2], h[3]);
        head.lineTo(h[4], h[5]);
        head.closePath();
        g2.fill(head);
    }
}
