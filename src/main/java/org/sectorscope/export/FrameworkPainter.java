package org.sectorscope.export;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sectorscope.logic.CardSpreader;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Side;

/**
 * The 2x2 as the canvas draws it (ui/canvas/FrameworkDrawing), after the report's Figure 1.2: four cells
 * in the project's colours, the dividing lines, the axis titles and pole labels in the margins, and each
 * quadrant's "A) Win-Win" in its outer corner, where cards crowd least.
 */
final class FrameworkPainter {
    static final Font AXIS_TITLE = ExportFonts.bold(12);
    static final Font POLE = ExportFonts.bold(11);
    static final Font QUADRANT_NAME = ExportFonts.bold(15);
    /** Room left of and above the plot for an axis title and its pole labels. */
    static final double AXIS_BAND = 44;
    private static final double NAME_INSET_X = 8;
    private static final double NAME_INSET_Y = 6;

    private final Framework framework;
    private final PlotGeometry g;

    FrameworkPainter(Framework framework, PlotGeometry g) {
        this.framework = framework;
        this.g = g;
    }

    /** The cell of a quadrant, in figure units. */
    static Rectangle2D cell(Quadrant q, PlotGeometry g) {
        double left = q.x() == Side.LOW ? g.left() : g.centerX();
        double top = q.y() == Side.HIGH ? g.top() : g.centerY();
        return new Rectangle2D.Double(left, top, g.width() / 2, g.height() / 2);
    }

    /** Where each quadrant's name goes, for cards to keep off. */
    List<CardSpreader.Box> nameBoxes() {
        List<CardSpreader.Box> boxes = new ArrayList<>(4);
        for (Quadrant q : framework.quadrants()) {
            boxes.add(nameBox(q));
        }
        return boxes;
    }

    private CardSpreader.Box nameBox(Quadrant q) {
        Rectangle2D c = cell(q, g);
        String label = label(q);
        double w = Math.min(Typesetter.width(label, QUADRANT_NAME), c.getWidth() - 2 * NAME_INSET_X);
        double h = Typesetter.textHeight(QUADRANT_NAME);
        double x = q.x() == Side.LOW ? c.getX() + NAME_INSET_X : c.getMaxX() - NAME_INSET_X - w;
        double y = q.y() == Side.HIGH ? c.getY() + NAME_INSET_Y : c.getMaxY() - NAME_INSET_Y - h;
        return new CardSpreader.Box(x, y, w, h);
    }

    private String label(Quadrant q) {
        return Typesetter.clean(q.label());
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

    /** The quadrant names, drawn last so nothing covers them. */
    void paintFront(Graphics2D g2) {
        for (Quadrant q : framework.quadrants()) {
            CardSpreader.Box b = nameBox(q);
            String label = Typesetter.ellipsize(label(q), QUADRANT_NAME, b.w() + 0.5);
            TextPainter.left(g2, label, QUADRANT_NAME, Palette.QUADRANT_NAME, b.x(),
                    b.y() + Typesetter.ascent(QUADRANT_NAME));
        }
    }

    private static String upper(String s) {
        return Typesetter.clean(s).toUpperCase(Locale.ROOT);
    }
}
