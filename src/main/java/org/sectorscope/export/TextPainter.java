package org.sectorscope.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;

/** Draws single lines of text, run by run (see {@link Typesetter#runs}), so each format keeps real text. */
final class TextPainter {
    private TextPainter() {
    }

    /**
     * Draws {@code text} with its left end at {@code x} and its baseline at {@code baseline}. Every string
     * of every format is drawn here, so this is where nothing XML forbids can reach an SVG or PDF.
     */
    static void left(Graphics2D g, String text, Font font, Color color, double x, double baseline) {
        if (text.isEmpty()) {
            return;
        }
        g.setColor(color);
        double cx = x;
        for (Typesetter.Run r : Typesetter.runs(Typesetter.safe(text), font)) {
            g.setFont(r.font());
            g.drawString(r.text(), (float) cx, (float) baseline);
            cx += r.font().getStringBounds(r.text(), ExportFonts.FRC).getWidth();
        }
    }

    static void centre(Graphics2D g, String text, Font font, Color color, double cx, double baseline) {
        left(g, text, font, color, cx - Typesetter.width(text, font) / 2, baseline);
    }

    static void right(Graphics2D g, String text, Font font, Color color, double rightX, double baseline) {
        left(g, text, font, color, rightX - Typesetter.width(text, font), baseline);
    }

    /** Text turned a quarter to the left (reading upwards), centred on (cx, cy). */
    static void upwards(Graphics2D g, String text, Font font, Color color, double cx, double cy) {
        AffineTransform saved = g.getTransform();
        g.translate(cx, cy);
        g.rotate(-Math.PI / 2);
        double baseline = (Typesetter.ascent(font) - Typesetter.descent(font)) / 2;
        centre(g, text, font, color, 0, baseline);
        g.setTransform(saved);
    }

    /** The baseline that centres a line of {@code font} vertically on {@code cy}. */
    static double baselineCentredOn(Font font, double cy) {
        return cy + (Typesetter.ascent(font) - Typesetter.descent(font)) / 2;
    }
}
