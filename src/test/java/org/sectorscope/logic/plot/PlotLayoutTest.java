package org.sectorscope.logic.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.PlacementConfidence;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.logic.PlotLocation;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Position;

class PlotLayoutTest {
    private static final Framework F = Framework.sectoralOutcomes();
    private static final PlotGeometry G = new PlotGeometry(60, 50, 1000, 700);

    static SectorMark mark(String id, String name, double x, double y) {
        return new SectorMark(id, name, "State-led", DriverShape.SQUARE, new Position(x, y), "\u25AE\u25AF\u25AF 2",
                PlacementConfidence.Level.LOW, false, true);
    }

    private static PlotLayout layout(List<SectorMark> marks) {
        return PlotLayout.compute(F, marks, G, FakeMetrics.INSTANCE);
    }

    @Test
    void aLoneSectorIsLabelledBesideItsMarker() {
        PlotLayout l = layout(List.of(mark("a", "Internet services", -0.5, 0.5)));
        PlacedSector s = l.sector("a");
        assertEquals(G.toPixelX(-0.5), s.markerX(), 1e-9, "the marker sits at the exact position");
        assertEquals(G.toPixelY(0.5), s.markerY(), 1e-9);
        assertNotNull(s.label());
        assertNull(s.leader(), "right beside its marker, no leader needed");
        assertFalse(s.label().overlaps(s.markerBox(), 0), "the label never covers its own marker");
        assertEquals(PlotLayout.Detail.FULL, l.detail());
    }

    @Test
    void aCardNearTheDividerStaysOnItsSide() {
        // Centred on its point, this label would reach 80 px into C.
        PlotLayout l = layout(List.of(mark("a", "A sector with a long name", -0.06, 0.4)));
        PlacedSector s = l.sector("a");
        assertTrue(s.label().right() <= G.centerX() - PlotStyle.CELL_INSET + 1e-9, "label left of the vertical line");
        assertTrue(s.markerBox().right() <= G.centerX(), "marker left of the line too");
    }

    @Test
    void aSectorOnALineStraddlesItWithItsMarkerOnTheLine() {
        PlotLayout l = layout(List.of(mark("rail", "High-speed rail", -0.85, 0.05)));
        PlacedSector s = l.sector("rail");
        assertTrue(s.location().horizontal());
        assertEquals(G.centerY(), s.markerY(), 1e-9, "drawn on the line, on purpose");
        assertTrue(s.label().y() < G.centerY() && s.label().bottom() > G.centerY(), "the label straddles the line");
        assertTrue(s.label().right() <= G.centerX(), "and stays on its side of the other line");
    }

    @Test
    void labelsNeverOverlapAndLayingOutTwiceGivesTheSame() {
        List<SectorMark> marks = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            marks.add(mark("s" + i, "Sector number " + i, -0.5 + (i % 5) * 0.01, 0.5 - (i / 5) * 0.01));
        }
        PlotLayout a = layout(marks);
        PlotLayout b = layout(marks);
        assertEquals(a.sectors(), b.sectors());
        List<Box> labels = a.sectors().stream().map(PlacedSector::label).filter(Objects::nonNull).toList();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(labels.get(i).overlaps(labels.get(j), 0), labels.get(i) + " / " + labels.get(j));
            }
        }
        assertTrue(a.sectors().stream().anyMatch(s -> s.leader() != null), "a crowd pushes some labels away, with leaders");
    }

    @Test
    void aQuadrantNameMovesOffAMarkerInItsCorner() {
        // A marker where B's name would go (the bottom-left corner).
        PlotLayout l = layout(List.of(mark("steel", "Steel", -0.9, -0.96)));
        PlotLayout.QuadrantName b = l.names().stream().filter(n -> n.letter().equals("B")).findFirst().orElseThrow();
        assertFalse(b.box().overlaps(l.sector("steel").markerBox(), 0), "the name gives way to the sector");
        assertTrue(PlotLayout.cell(F.byLetter("B").orElseThrow(), G).contains(b.box()), "inside its own cell");
    }

    @Test
    void aCrowdTooDenseForTextIsMarkersOnly() {
        List<SectorMark> marks = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            marks.add(mark("s" + i, "S" + i, -0.9 + (i % 20) * 0.09, -0.9 + (i / 20) * 0.09));
        }
        PlotLayout l = PlotLayout.compute(F, marks, new PlotGeometry(0, 0, 600, 400), FakeMetrics.INSTANCE);
        assertEquals(PlotLayout.Detail.MARKERS, l.detail());
        assertTrue(l.sectors().stream().noneMatch(PlacedSector::labelled));
        for (PlacedSector s : l.sectors()) {
            PlotLocation loc = s.location();
            assertTrue(PlotLayout.region(loc, l.geometry()).contains(s.markerBox()) || loc.onLine(), s.id());
        }
    }
}
