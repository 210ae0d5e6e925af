package org.sectorscope.logic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Position;
import org.sectorscope.model.Quadrant;

/**
 * Where a position sits on the framework, said the same way by every pane and export: inside one
 * quadrant ("A) Win-Win"), on a dividing line ("on the A/B line"), or on both lines at the centre.
 * A coordinate within {@link #ON_LINE} of a line, that distance included, is on the line: a placement
 * the analyst leaves undecided between two quadrants on purpose.
 *
 * @param quadrant   the quadrant the position's signs give (x &lt; 0 low side, x &gt;= 0 high side)
 * @param vertical   on the vertical dividing line (|x| &lt;= {@link #ON_LINE})
 * @param horizontal on the horizontal dividing line (|y| &lt;= {@link #ON_LINE})
 * @param quadrants  the quadrants the location touches, by letter: one, two on a line, four at the centre
 */
public record PlotLocation(Quadrant quadrant, boolean vertical, boolean horizontal, List<Quadrant> quadrants) {
    /** Half-width of the band around each dividing line that counts as "on the line", inclusive. */
    public static final double ON_LINE = Position.LINE_BAND; // the model rounds positions without crossing it

    public PlotLocation {
        quadrants = List.copyOf(quadrants);
    }

    public static PlotLocation of(Framework f, Position p) {
        boolean vertical = onVerticalLine(p);
        boolean horizontal = onHorizontalLine(p);
        Quadrant own = f.quadrantOf(p);
        List<Quadrant> touched = new ArrayList<>(4);
        for (Quadrant q : f.quadrants()) {
            boolean xFits = vertical || q.x() == own.x();
            boolean yFits = horizontal || q.y() == own.y();
            if (xFits && yFits) {
                touched.add(q);
            }
        }
        touched.sort(Comparator.comparing(Quadrant::letter));
        return new PlotLocation(own, vertical, horizontal, touched);
    }

    public static boolean onVerticalLine(Position p) {
        return Math.abs(p.x()) <= ON_LINE;
    }

    public static boolean onHorizontalLine(Position p) {
        return Math.abs(p.y()) <= ON_LINE;
    }

    public boolean onLine() {
        return vertical || horizontal;
    }

    /** "A", "A/B" on a line, "A/B/C/D" at the centre. */
    public String letters() {
        return String.join("/", quadrants.stream().map(Quadrant::letter).toList());
    }

    /** "A) Win-Win", "on the A/B line", or "at the centre, on both lines". */
    public String label() {
        if (vertical && horizontal) {
            return "at the centre, on both lines";
        }
        return onLine() ? "on the " + letters() + " line" : quadrant.label();
    }
}
