package org.sectorscope.logic.plot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.logic.PlotLocation;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Position;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Side;

/**
 * Where everything inside the plot goes: the quadrant names, each sector's marker at its exact
 * position, and its label. The one layout of the canvas, the export preview and every export: it
 * depends only on the sectors (in their order), the framework and the plot's size, never on what is
 * selected or hovered, so the same project at the same size always gives the same picture.
 *
 * <p>The rules that keep the figure true: a marker sits at the sector's position (on its line when
 * within {@link PlotLocation#ON_LINE} of one); a label lies wholly inside the quadrant the position
 * gives (a label of a sector on a line straddles that line); labels never overlap each other, a marker
 * or a quadrant name; a label that had to move away from its marker keeps a leader line to it; a sector
 * with no room for a label is shown as its marker alone. Labels are placed one by one in the sectors'
 * order, each at the free spot nearest its marker (see {@link LabelSearch}).
 */
public final class PlotLayout {
    /** How much the labels show, chosen by the room each sector has. */
    public enum Detail { FULL, COMPACT, MARKERS }

    /** Places tried for a quadrant's name along each edge of its cell. */
    private static final int NAME_STEPS = 8;

    /** A quadrant's "A) Win-Win" in its outer corner, cut with an ellipsis when the cell is narrow. */
    public record QuadrantName(String letter, String text, Box box) {
    }

    private final PlotGeometry geometry;
    private final Detail detail;
    private final List<QuadrantName> names;
    private final List<PlacedSector> sectors;
    private final Map<String, PlacedSector> byId;

    private PlotLayout(PlotGeometry geometry, Detail detail, List<QuadrantName> names, List<PlacedSector> sectors) {
        this.geometry = geometry;
        this.detail = detail;
        this.names = List.copyOf(names);
        this.sectors = Collections.unmodifiableList(sectors);
        this.byId = new HashMap<>(sectors.size() * 2);
        sectors.forEach(s -> byId.put(s.id(), s));
    }

    public static PlotLayout compute(Framework framework, List<SectorMark> marks, PlotGeometry g, TextMetrics metrics) {
        Detail detail = detail(g, marks.size());
        Box plot = new Box(g.left(), g.top(), g.width(), g.height());
        BoxIndex taken = new BoxIndex(plot);
        BoxIndex markers = new BoxIndex(plot);
        List<PlacedSector> markersOnly = new ArrayList<>(marks.size());
        for (SectorMark m : marks) {
            PlacedSector s = marker(framework, m, g);
            markersOnly.add(s);
            markers.add(s.markerBox());
        }
        List<QuadrantName> names = names(framework, g, metrics, markers);
        if (detail == Detail.MARKERS) {
            return new PlotLayout(g, detail, names, markersOnly);
        }
        for (PlacedSector s : markersOnly) {
            taken.add(s.markerBox(), s.markerX(), s.markerY()); // every marker is fixed before any label looks for room
        }
        names.forEach(n -> taken.add(n.box()));
        LabelText text = new LabelText(metrics, g);
        List<PlacedSector> placed = new ArrayList<>(marks.size());
        for (PlacedSector s : markersOnly) {
            PlacedSector labelled = s;
            for (LabelText.Sized size : text.tries(detail == Detail.FULL, s.mark())) {
                labelled = LabelSearch.label(s, size, g, taken); // a smaller label where the first finds no room
                if (labelled.labelled()) {
                    break;
                }
            }
            if (labelled.labelled()) {
                taken.add(labelled.label(), labelled.markerX(), labelled.markerY());
                if (labelled.leader() != null) {
                    taken.add(labelled.leader());
                }
            }
            placed.add(labelled);
        }
        return new PlotLayout(g, detail, names, placed);
    }

    static Detail detail(PlotGeometry g, int sectors) {
        double room = g.width() * g.height() / Math.max(1, sectors);
        if (room >= PlotStyle.FULL_AREA && g.width() >= PlotStyle.COMPACT_BELOW) {
            return Detail.FULL;
        }
        return room >= PlotStyle.COMPACT_AREA ? Detail.COMPACT : Detail.MARKERS;
    }

    /** The sector with its marker placed and no label yet. */
    private static PlacedSector marker(Framework f, SectorMark m, PlotGeometry g) {
        PlotLocation loc = PlotLocation.of(f, m.position());
        double[] at = markerCentre(loc, m.position(), g);
        return new PlacedSector(m, loc, region(loc, g), at[0], at[1], null, false, List.of(), "", null);
    }

    /**
     * Where a marker of {@code p} is drawn, {x, y}: on its line when on one, else at its position kept inside
     * its quadrant's region. Shared with whatever else marks positions (an analyst's ghost marker).
     */
    public static double[] markerCentre(PlotLocation loc, Position p, PlotGeometry g) {
        Box region = region(loc, g);
        // Kept off the lines by the usual marker's half, whatever this one's size: a big marker may reach over
        // a line, but its centre stays at the sector's position, in the quadrant its data gives.
        double half = (loc.onLine() ? PlotStyle.LINE_RING : PlotStyle.MARKER) / 2 + 0.5;
        double x = loc.vertical() ? g.centerX() : clamp(g.toPixelX(p.x()), region.x() + half, region.right() - half);
        double y = loc.horizontal() ? g.centerY() : clamp(g.toPixelY(p.y()), region.y() + half, region.bottom() - half);
        return new double[] {x, y};
    }

    /** Where a label of this location may go: its cell, or the cells its line divides, kept off lines and frame. */
    public static Box region(PlotLocation loc, PlotGeometry g) {
        double i = PlotStyle.CELL_INSET;
        double x0 = loc.vertical() || loc.quadrant().x() == Side.LOW ? g.left() + i : g.centerX() + i;
        double x1 = loc.vertical() || loc.quadrant().x() == Side.HIGH ? g.right() - i : g.centerX() - i;
        double y0 = loc.horizontal() || loc.quadrant().y() == Side.HIGH ? g.top() + i : g.centerY() + i;
        double y1 = loc.horizontal() || loc.quadrant().y() == Side.LOW ? g.bottom() - i : g.centerY() - i;
        return new Box(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0));
    }

    /** The cells a location may be drawn in, as one box: its quadrant's, or the two (four) its line divides. */
    public static Box cells(PlotLocation loc, PlotGeometry g) {
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (Quadrant q : loc.quadrants()) {
            Box c = cell(q, g);
            x0 = Math.min(x0, c.x());
            y0 = Math.min(y0, c.y());
            x1 = Math.max(x1, c.right());
            y1 = Math.max(y1, c.bottom());
        }
        return new Box(x0, y0, x1 - x0, y1 - y0);
    }

    /** A quadrant's cell, in pixels. */
    public static Box cell(Quadrant q, PlotGeometry g) {
        double left = q.x() == Side.LOW ? g.left() : g.centerX();
        double top = q.y() == Side.HIGH ? g.top() : g.centerY();
        return new Box(left, top, g.width() / 2, g.height() / 2);
    }

    /**
     * Each quadrant's name in its outer corner, where sectors crowd least; when markers sit there, at the
     * first spot along the cell's outer edge that is free of them (or has the fewest). Markers are drawn
     * over the names, so a name never hides a sector.
     */
    private static List<QuadrantName> names(Framework f, PlotGeometry g, TextMetrics m, BoxIndex markers) {
        List<QuadrantName> out = new ArrayList<>(4);
        for (Quadrant q : f.quadrants()) {
            Box cell = cell(q, g);
            double room = cell.w() - 2 * PlotStyle.NAME_INSET_X;
            double h = m.lineHeight(TextStyle.QUADRANT_NAME);
            if (room < 12 || cell.h() < h + 2 * PlotStyle.NAME_INSET_Y) {
                continue; // no room for the name in so small a cell: left out rather than cut to nothing
            }
            double size = TextStyle.QUADRANT_NAME.size();
            // Cleaned only as far as twice the room could hold: the ellipsis cuts it shorter anyway.
            String text = TextFit.ellipsize(TextFit.clean(q.label(), 2 * room, size), room, size,
                    s -> m.width(s, TextStyle.QUADRANT_NAME));
            double w = Math.min(room, m.width(text, TextStyle.QUADRANT_NAME));
            double left = cell.x() + PlotStyle.NAME_INSET_X;
            double right = cell.right() - PlotStyle.NAME_INSET_X - w;
            double outerY = q.y() == Side.HIGH ? cell.y() + PlotStyle.NAME_INSET_Y : cell.bottom() - PlotStyle.NAME_INSET_Y - h;
            // From the outer corner along the outer edge, away from the dividing lines where labels need the
            // room most: the first spot free of markers, else the one with fewest (drawn over the name).
            Box chosen = null;
            int fewest = Integer.MAX_VALUE;
            for (int step = 0; step <= NAME_STEPS && fewest > 0; step++) {
                double t = (double) step / NAME_STEPS;
                double x = q.x() == Side.LOW ? left + (right - left) * t : right - (right - left) * t;
                Box b = new Box(x, outerY, w, h);
                int covered = markers.count(b, 1);
                if (covered < fewest) {
                    chosen = b;
                    fewest = covered;
                }
            }
            out.add(new QuadrantName(q.letter(), text, chosen));
        }
        return out;
    }

    static double clamp(double v, double min, double max) {
        return min > max ? (min + max) / 2 : Math.max(min, Math.min(max, v));
    }

    public PlotGeometry geometry() {
        return geometry;
    }

    public Detail detail() {
        return detail;
    }

    public List<QuadrantName> names() {
        return names;
    }

    /** Every sector, in the order given. */
    public List<PlacedSector> sectors() {
        return sectors;
    }

    /** The sector with this id, or null. */
    public PlacedSector sector(String id) {
        return byId.get(id);
    }

    /** The topmost sector whose label or marker is under a point, or null. */
    public PlacedSector at(double x, double y) {
        for (int i = sectors.size() - 1; i >= 0; i--) {
            PlacedSector s = sectors.get(i);
            if ((s.label() != null && s.label().contains(x, y)) || s.markerBox().contains(x, y)) {
                return s;
            }
        }
        return null;
    }
}
