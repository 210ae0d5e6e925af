package org.sectorscope.logic.plot;

import java.util.ArrayList;
import java.util.List;
import org.sectorscope.logic.EvidenceBalance;
import org.sectorscope.logic.PlacementConfidence;
import org.sectorscope.logic.PlacementCredit;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;

/**
 * What the plot needs of one placed sector: where it is, what its label says, and who placed it.
 * Built the same way for the canvas and for exports, so both lay out the same input.
 * {@code driver} is the driver's name and {@code shape} its marker, from the project (see {@link DriverStyle});
 * {@code rgb} (0xRRGGBB) and {@code size} are the marker's, under the project's encoding (see {@link MarkerStyles}).
 *
 * @param meter      the evidence-support meter and item count ("▮▮▯ 3"), or null when marks are off
 * @param confidence the support level, which colours the meter
 * @param warning    the placement goes against the weight of its evidence (shown as ⚠ when marks are on)
 * @param byReport   the report is credited with this placement (a filled marker and a solid card)
 */
public record SectorMark(String id, String name, String driver, DriverShape shape, Position position, String meter,
                         PlacementConfidence.Level confidence, boolean warning, boolean byReport, int rgb,
                         double size) {
    /** The warning mark drawn on cards. */
    public static final String WARNING_MARK = EvidenceBalance.WARNING_MARK;

    /** A mark in the shape's own colour at the usual size, as drawn before markers had an encoding. */
    public SectorMark(String id, String name, String driver, DriverShape shape, Position position, String meter,
                      PlacementConfidence.Level confidence, boolean warning, boolean byReport) {
        this(id, name, driver, shape, position, meter, confidence, warning, byReport, shape.rgb(), PlotStyle.MARKER);
    }

    /**
     * True when a sector's mark, and its item in the Sectors list, read the same in {@code b} as in
     * {@code a}: besides the sector itself they read, of the project, only its framework, drivers, fields,
     * sources and marker encoding. (Markers coloured or sized by a field also read the other sectors' values:
     * see {@link MarkerStyles#perSector()}.)
     */
    public static boolean sameContext(Project a, Project b) {
        return a.framework().equals(b.framework()) && a.drivers().equals(b.drivers()) && a.fields().equals(b.fields())
                && a.sources().equals(b.sources()) && a.markerEncoding().equals(b.markerEncoding());
    }

    /** The mark of {@code s} among the sectors {@code styles} was worked out for. */
    public static SectorMark of(Project project, Sector s, boolean marks, MarkerStyles styles) {
        PlacementConfidence.Level level = PlacementConfidence.of(s);
        boolean contradicted = marks && !EvidenceBalance.contradictions(s).isEmpty();
        DriverStyle driver = DriverStyle.of(project, s);
        return new SectorMark(s.id(), s.name(), driver.name(), driver.shape(), s.position(),
                marks ? level.bars() + " " + s.evidence().size() : null, level, contradicted,
                PlacementCredit.byReport(project, s), styles.rgb(s), styles.size(s));
    }

    /** The placed ones of {@code sectors}, in their order, styled over them all. */
    public static List<SectorMark> of(Project project, List<Sector> sectors, boolean marks) {
        List<Sector> placed = sectors.stream().filter(Sector::isPlaced).toList();
        MarkerStyles styles = MarkerStyles.of(project, placed);
        List<SectorMark> out = new ArrayList<>(placed.size());
        for (Sector s : placed) {
            out.add(of(project, s, marks, styles));
        }
        return out;
    }
}
