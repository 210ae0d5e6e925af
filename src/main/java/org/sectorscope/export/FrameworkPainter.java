package org.sectorscope.export;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import org.sectorscope.logic.plot.Box;
import org.sectorscope.logic.plot.PlotLayout;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Side;

/**
 * The 2x2 as the canvas draws it (ui/canvas/FrameworkDrawing), after the report's Figure 1.2: four cells
 * in the project's colours, the dividing lines, the axis titles and pole labels in the margins, and each
 * quadrant's "A) Win-Win" in its outer corner (placed by the shared layout, painted by {@link PlotPainter}).
 */
final class FrameworkPainter {
    static final Font AXIS_TITLE = ExportFonts.bold(12);
    static final Font POLE = ExportFonts.bold(11);
    /** Room left of and above the plot for an axis title and its pole labels. */
    static final double AXIS_BAND = 44;

    private final Framework framework;
    private final PlotGeometry g;

    FrameworkPainter(Framework framework, PlotGeometry g) {
        this.framework = framework;
        this.g = g;
    }

    /** The cell of a quadrant, in figure units. */
    static Rectangle2D cell(Quadrant q, PlotGeometry g) {
        Box c = PlotLayout.cell(q, g);
        return new Rectangle2D.Double(c.x(), c.y(), c.w(), c.h());
    }

    /** Cells, frame, dividers, axis titles and pole labels: everything under the cards. */
    void paintBack(Graphics2D g2) {
        for (Quadrant q : framework.quadrants()) {
            Rectangle2D c = cell(q, g);
            g2.setColor(Palette.hex(q.color()));
            g2.fill(c);
        }
        g2.setStroke(Palette.HAIRLINE);
        g2.setColor(Palette.LINE);
        g2.draw(new Rectangle2D.Double(g.left(), g.top(), g.width(), g.height()));
        g2.setStroke(Palette.DIVIDER_STROKE);
        g2.setColor(Palette.DIVIDER);
        g2.draw(new Line2D.Double(g.centerX(), g.top(), g.centerX(), g.bottom()));
        g2.draw(new Line2D.Double(g.left(), g.centerY(), g.right(), g.centerY()));
        paintAxisTexts(g2);
    }

    private void paintAxisTexts(Graphics2D g2) {
        double half = g.width() / 2 - 8;
        String xTitle = upper(framework.xAxis().title());
        TextPainter.centre(g2, Typesetter.ellipsize(xTitle, AXIS_TITLE, g.width()), AXIS_TITLE, Palette.INK,
                g.centerX(), TextPainter.baselineCentredOn(AXIS_TITLE, g.top() - 32));
        double poleY = TextPainter.baselineCentredOn(POLE, g.top() - 12);
        TextPainter.centre(g2, Typesetter.ellipsize(upper(framework.xAxis().lowLabel()), POLE, half), POLE,
                Palette.MUTED, (g.left() + g.centerX()) / 2, poleY);
        TextPainter.centre(g2, Typesetter.ellipsize(upper(framework.xAxis().highLabel()), POLE, half), POLE,
                Palette.MUTED, (g.centerX() + g.right()) / 2, poleY);
        double halfH = g.height() / 2 - 8;
        String yTitle = Typesetter.ellipsize(upper(framework.yAxis().title()), AXIS_TITLE, g.height());
        TextPainter.upwards(g2, yTitle, AXIS_TITLE, Palette.INK, g.left() - 32, g.centerY());
        TextPainter.upwards(g2, Typesetter.ellipsize(upper(framework.yAxis().highLabel()), POLE, halfH), POLE,
                Palette.MUTED, g.left() - 12, (g.top() + g.centerY()) / 2);
        TextPainter.upwards(g2, Typesetter.ellipsize(upper(framework.yAxis().lowLabel()), POLE, halfH), POLE,
                Palette.MUTED, g.left() - 12, (g.centerY() + g.bottom()) / 2);
    }

    private static String upper(String s) {
        return Typesetter.clean(s).toUpperCase(Locale.ROOT);
    }
}
