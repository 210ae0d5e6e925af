package org.sectorscope.logic.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.logic.PlotLocation;
import org.sectorscope.model.Framework;

/**
 * Sized markers, up to the largest, over the generated crowds of {@link PlotLayoutPropertyTest}: each
 * marker's centre stays at its sector's position, inside the quadrant its data gives (on its line when
 * it is on one), however big the marker; and labels keep clear of the bigger markers.
 */
class SizedMarkerLayoutTest {
    private static final Framework F = Framework.sectoralOutcomes();

    private static List<SectorMark> sized(List<SectorMark> marks, Random r) {
        List<SectorMark> out = new ArrayList<>(marks.size());
        for (SectorMark m : marks) {
            double size = r.nextInt(3) == 0 ? PlotStyle.MARKER_MIN
                    : PlotStyle.MARKER_MIN + r.nextDouble() * (PlotStyle.MARKER_MAX - PlotStyle.MARKER_MIN);
            size = r.nextInt(3) == 0 ? PlotStyle.MARKER_MAX : size;
            out.add(new SectorMark(m.id(), m.name(), m.driver(), m.shape(), m.position(), m.meter(), m.confidence(),
                    m.warning(), m.byReport(), m.rgb(), size));
        }
        return out;
    }

    @Test
    void everyMarkerCentreLiesInItsQuadrantAndNoLabelCoversAMarker() {
        for (int c = 0; c < 24; c++) {
            Random r = new Random(5000 + c);
            int n = 10 + r.nextInt(c % 3 == 0 ? 300 : 60);
            double w = 600 + r.nextInt(2000);
            double h = 400 + r.nextInt(1200);
            PlotGeometry g = new PlotGeometry(50, 40, w - 80, h - 70);
            PlotLayout l = PlotLayout.compute(F, sized(PlotLayoutPropertyTest.crowd(r, n), r), g, FakeMetrics.INSTANCE);
            String what = "case " + c + " (" + n + " sectors, " + (int) w + "x" + (int) h + ")";
            List<PlacedSector> labelled = new ArrayList<>();
            for (PlacedSector s : l.sectors()) {
                PlotLocation loc = PlotLocation.of(F, s.mark().position());
                if (loc.onLine()) {
                    assertTrue(PlotLayout.cells(loc, g).contains(s.markerX(), s.markerY()), what + ": " + s.id());
                } else {
                    Box cell = PlotLayout.cell(F.quadrantOf(s.mark().position()), g);
                    assertTrue(s.markerX() > cell.x() && s.markerX() < cell.right() && s.markerY() > cell.y()
                            && s.markerY() < cell.bottom(), what + ": " + s.id() + "'s centre leaves its quadrant");
                }
                // kept off the frame and the lines as an unsized marker is, never more
                double slack = (loc.onLine() ? PlotStyle.LINE_RING : PlotStyle.MARKER) / 2 + PlotStyle.CELL_INSET + 1;
                if (!loc.vertical()) {
                    assertEquals(g.toPixelX(s.mark().position().x()), s.markerX(),
                            slack, what + ": " + s.id() + " moved");
                }
                if (!loc.horizontal()) {
                    assertEquals(g.toPixelY(s.mark().position().y()), s.markerY(),
                            slack, what + ": " + s.id() + " moved");
                }
                assertEquals(s.mark().size() + (loc.onLine() ? PlotStyle.RING_MARGIN : 0), s.markerBox().w(), 1e-9);
                if (s.labelled()) {
                    labelled.add(s);
                }
            }
            for (PlacedSector s : labelled) {
                for (PlacedSector other : l.sectors()) {
                    assertTrue(!s.label().overlaps(other.markerBox(), 0),
                            what + ": " + s.id() + "'s label covers " + other.id() + "'s marker");
                }
            }
        }
    }
}
