package org.sectorscope.export;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.RoundRectangle2D;
import org.sectorscope.logic.CardSpreader;

/** Paints a sector card (light, as on the canvas) or, for a shape-only card, its marker in a small square. */
final class CardPainter {
    private static final double ARC = 10;
    private static final double DOT_ARC = 7;

    private CardPainter() {
    }

    static void paint(Graphics2D g, SectorCard c) {
        if (c.labelled()) {
            paintCard(g, c);
        } else {
            paintDot(g, c);
        }
    }

    private static void paintCard(Graphics2D g, SectorCard c) {
        CardSpreader.Box b = c.box();
        g.setColor(Palette.CARD_SHADOW);
        g.fill(new RoundRectangle2D.Double(b.x(), b.y() + 1, b.w(), b.h(), ARC, ARC));
        RoundRectangle2D.Double shape = new RoundRectangle2D.Double(b.x() + 0.5, b.y() + 0.5, b.w() - 1, b.h() - 1,
                ARC, ARC);
        g.setColor(Palette.CARD_FILL);
        g.fill(shape);
        g.setStroke(c.target() ? Palette.TARGET_CARD_STROKE : Palette.HAIRLINE);
        g.setColor(c.target() ? Palette.OPTION : Palette.CARD_BORDER);
        g.draw(shape);

        Font nameFont = c.compact() ? CardLayout.NAME_COMPACT : CardLayout.NAME;
        double lineH = Typesetter.lineHeight(nameFont);
        double padY = CardLayout.PAD_Y;
        double textLeft = b.x() + CardLayout.PAD_X + CardLayout.MARKER + CardLayout.GAP;
        DriverMarker.paint(g, c.sector().driver(), b.x() + CardLayout.PAD_X,
                b.y() + padY + (lineH - CardLayout.MARKER) / 2, CardLayout.MARKER);
        double y = b.y() + padY;
        for (String line : c.nameLines()) {
            TextPainter.left(g, line, nameFont, Palette.INK, textLeft, y + Typesetter.ascent(nameFont));
            y += lineH;
        }
        if (c.driverText().isEmpty() && c.mark().isEmpty()) {
            return;
        }
        double baseline = y + 1 + Typesetter.ascent(CardLayout.META);
        TextPainter.left(g, c.driverText(), CardLayout.META, Palette.MUTED, textLeft, baseline);
        TextPainter.right(g, c.mark(), CardLayout.MARK, c.markColor(), b.x() + b.w() - CardLayout.PAD_X, baseline);
    }

    private static void paintDot(Graphics2D g, SectorCard c) {
        CardSpreader.Box b = c.box();
        RoundRectangle2D.Double shape = new RoundRectangle2D.Double(b.x() + 0.5, b.y() + 0.5, b.w() - 1, b.h() - 1,
                DOT_ARC, DOT_ARC);
        g.setColor(Palette.DOT_FILL);
        g.fill(shape);
        g.setStroke(c.target() ? Palette.TARGET_CARD_STROKE : Palette.HAIRLINE);
        g.setColor(c.target() ? Palette.OPTION : Palette.CARD_BORDER);
        g.draw(shape);
        DriverMarker.paint(g, c.sector().driver(), b.x() + 3, b.y() + 3, CardLayout.MARKER);
    }
}
