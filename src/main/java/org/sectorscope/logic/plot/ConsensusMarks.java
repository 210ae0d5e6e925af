package org.sectorscope.logic.plot;

import java.util.ArrayList;
import java.util.List;
import org.sectorscope.logic.Consensus;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.logic.PlotLocation;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Position;

/**
 * What the consensus view draws besides the sectors themselves (which the layout places at their medians):
 * per sector, each analyst's placement as a small ghost marker with their initials, and the spread as the
 * faint hull of those placements, in the plot's pixels. One geometry for the canvas and the exports.
 *
 * @param median where the sector's own marker is (its consensus position)
 * @param hull   the hull's corners: one point (all agree), two (a segment), or a polygon
 */
public record ConsensusMarks(String sectorId, Point median, List<Ghost> ghosts, List<Point> hull) {
    /** Ghost markers and their initials. */
    public static final int GHOST = 0x52606d;
    /** The hull, drawn at {@link #HULL_FILL_ALPHA} inside and {@link #HULL_LINE_ALPHA} around. */
    public static final int HULL = 0x1c5d99;
    public static final int HULL_FILL_ALPHA = 26;
    public static final int HULL_LINE_ALPHA = 90;
    public static final double GHOST_RADIUS = 3.5;
    public static final double INITIALS_SIZE = 9;

    public record Point(double x, double y) {
    }

    /** One analyst's placement of the sector. */
    public record Ghost(Point at, String initials, String analyst) {
    }

    public ConsensusMarks {
        ghosts = List.copyOf(ghosts);
        hull = List.copyOf(hull);
    }

    /** The marks of every sector of {@code consensus} placed by more than one analyst. */
    public static List<ConsensusMarks> of(Framework f, Consensus consensus, PlotGeometry g) {
        List<ConsensusMarks> out = new ArrayList<>();
        for (Consensus.SectorConsensus s : consensus.sectors()) {
            if (s.count() < 2) {
                continue; // one analyst: the marker itself is their placement
            }
            List<Ghost> ghosts = new ArrayList<>(s.count());
            for (Consensus.Opinion o : s.opinions()) {
                ghosts.add(new Ghost(point(f, g, o.position()), o.analyst().initials(), o.analyst().name()));
            }
            out.add(new ConsensusMarks(s.sectorId(), point(f, g, s.median()), ghosts,
                    s.hull().stream().map(p -> point(f, g, p)).toList()));
        }
        return out;
    }

    /** Where the layout draws a marker of {@code p}: so a ghost, like every marker, shows its own quadrant. */
    private static Point point(Framework f, PlotGeometry g, Position p) {
        double[] at = PlotLayout.markerCentre(PlotLocation.of(f, p), p, g);
        return new Point(at[0], at[1]);
    }

    /** The key that explains the initials: "P = Project, LW = Lin Wei, NO = Ngozi Okafor". */
    public static String key(Consensus consensus) {
        return String.join(", ", consensus.analysts().stream().map(a -> a.initials() + " = " + a.name()).toList());
    }
}
