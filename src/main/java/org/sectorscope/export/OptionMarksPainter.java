package org.sectorscope.export;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.sectorscope.logic.IntendedMoves;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;

/**
 * What one policy option acts on, as the canvas shows a selected option (ui/canvas/OptionOverlay): a
 * dashed outline inside each targeted quadrant and an arrow for each intended move, under the cards.
 */
final class OptionMarksPainter {
    private static final double HEAD = 9;

    private final Project project;
    private final PolicyOption option;
    private final PlotGeometry g;
    private final List<IntendedMoves.Arrow> arrows;

    OptionMarksPainter(Project project, PolicyOption option, PlotGeometry g) {
        this.project = project;
        this.option = option;
        this.g = g;
        this.arrows = IntendedMoves.arrows(project, option);
    }

    List<IntendedMoves.Arrow> arrows() {
        return arrows;
    }

    boolean targetsQuadrants() {
        return project.framework().quadrants().stream()
                .anyMatch(q -> option.targets().quadrantLetters().contains(q.letter()));
    }

    void paint(Graphics2D g2) {
        g2.setColor(Palette.OPTION);
        g2.setStroke(Palette.TARGET_STROKE);
        for (Quadrant q : project.framework().quadrants()) {
            if (option.targets().quadrantLetters().contains(q.letter())) {
                Rectangle2D c = FrameworkPainter.cell(q, g);
                g2.draw(new Rectangle2D.Double(c.getX() + 3, c.getY() + 3, c.getWidth() - 6, c.getHeight() - 6));
            }
        }
        for (IntendedMoves.Arrow a : arrows) {
            paintArrow(g2, a);
        }
    }

    private void paintArrow(Graphics2D g2, IntendedMoves.Arrow a) {
        double x0 = g.toPixelX(a.from().x());
        double y0 = g.toPixelY(a.from().y());
        double x1 = g.toPixelX(a.to().x());
        double y1 = g.toPixelY(a.to().y());
        double len = Math.hypot(x1 - x0, y1 - y0);
        if (len < 1) {
            return;
        }
        boolean wholeQuadrant = a.sectorId() == null;
        double ux = (x1 - x0) / len;
        double uy = (y1 - y0) / len;
        g2.setColor(wholeQuadrant ? Palette.OPTION_FAINT : Palette.OPTION);
        g2.setStroke(wholeQuadrant ? Palette.QUADRANT_ARROW_STROKE : Palette.ARROW_STROKE);
        g2.draw(new Line2D.Double(x0, y0, x1 - ux * HEAD, y1 - uy * HEAD));
        g2.fill(head(x1, y1, ux, uy));
    }

    /** A filled arrow head with its tip at (x, y), pointing along (ux, uy). */
    static Path2D head(double x, double y, double ux, double uy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x, y);
        p.lineTo(x - ux * HEAD * 1.6 - uy * HEAD * 0.8, y - uy * HEAD * 1.6 + ux * HEAD * 0.8);
        p.lineTo(x - ux * HEAD * 1.6 + uy * HEAD * 0.8, y - uy * HEAD * 1.6 - ux * HEAD * 0.8);
        p.closePath();
        return p;
    }
}
