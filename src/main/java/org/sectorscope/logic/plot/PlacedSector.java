package org.sectorscope.logic.plot;

import java.util.List;
import org.sectorscope.logic.PlotLocation;

/**
 * One sector as the plot draws it: its marker at its exact position (on its line when it is on one),
 * and its label, if it got one, wholly inside the quadrant its position gives.
 *
 * @param region     where the label may go: the quadrant's cell (inset), or the two cells a line divides
 * @param markerX    the marker's centre
 * @param label      the label's box, null when the sector is shown as its marker alone
 * @param nameLines  the name as broken onto the label, empty without a label
 * @param driverText the driver's name on a full label, empty when it is not shown
 * @param leader     the line from the marker to a label that had to move away from it, or null
 */
public record PlacedSector(SectorMark mark, PlotLocation location, Box region, double markerX, double markerY,
                           Box label, boolean compact, List<String> nameLines, String driverText, Segment leader) {
    public PlacedSector {
        nameLines = List.copyOf(nameLines);
    }

    /** A straight line in plot pixels. */
    public record Segment(double x0, double y0, double x1, double y1) {
    }

    public String id() {
        return mark.id();
    }

    public boolean labelled() {
        return label != null;
    }

    /** The marker's box at its size (its ring's, on a line): what labels keep clear of. */
    public Box markerBox() {
        double s = mark.size() + (location.onLine() ? PlotStyle.RING_MARGIN : 0);
        return Box.centred(markerX, markerY, s, s);
    }
}
