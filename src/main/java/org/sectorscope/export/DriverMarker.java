package org.sectorscope.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * The driver drawn as a shape as well as a colour, as on the canvas (SectorCardNode): a square for
 * State-led, a circle for Market-oriented, a diamond for anything else, so it reads in greyscale too.
 */
final class DriverMarker {
    static final double SIZE = 8;
    static final String STATE_LED = "State-led";
    static final String MARKET = "Market-oriented";

    private DriverMarker() {
    }

    static Color color(String driver) {
        return switch (driver) {
            case STATE_LED -> Palette.STATE_LED;
            case MARKET -> Palette.MARKET;
            default -> Palette.OTHER_DRIVER;
        };
    }

    /** The marker with its top-left corner at (x, y), {@code size} across. */
    static Shape shape(String driver, double x, double y, double size) {
        return switch (driver) {
            case STATE_LED -> new Rectangle2D.Double(x, y, size, size);
            case MARKET -> new Ellipse2D.Double(x, y, size, size);
            default -> {
                Path2D.Double d = new Path2D.Double();
                d.moveTo(x + size / 2, y);
                d.lineTo(x + size, y + size / 2);
                d.lineTo(x + size / 2, y + size);
                d.lineTo(x, y + size / 2);
                d.closePath();
                yield d;
            }
        };
    }

    static void paint(Graphics2D g, String driver, double x, double y, double size) {
        g.setColor(color(driver));
        g.fill(shape(driver, x, y, size));
    }
}
