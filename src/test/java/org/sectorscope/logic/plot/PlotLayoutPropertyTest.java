package org.sectorscope.logic.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.PlacementConfidence;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.logic.PlotLocation;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Position;

/**
 * The figure never lies, over generated crowds: sectors clustered along both dividing lines and at the
 * centre (where a wrong label would cross a line), exactly on the tolerance's edge, at the frame, with
 * names short, long and unbreakable; 10 to 2,000 sectors on plots from 600x400 to 3840x2160. Every
 * marker and label lies inside its sector's quadrant (or straddles its line), no two labels overlap, no
 * label covers another sector's marker or a quadrant name, and laying out twice gives the same picture.
 * Seeds are fixed; {@code -Dsectorscope.layout.cases=N} runs more.
 */
class PlotLayoutPropertyTest {
    private static final Framework F = Framework.sectoralOutcomes();
    private static final int CASES = Integer.getInteger("sectorscope.layout.cases", 48);

    @Test
    void everyLabelAndMarkerStaysInItsQuadrantAndNoLabelsOverlap() {
        for (int c = 0; c < CASES; c++) {
            Random r = new Random(1000 + c);
            int n = c % 6 == 5 ? 1000 + r.nextInt(1001) : 10 + r.nextInt(c % 3 == 0 ? 400 : 60);
            double w = 600 + r.nextInt(3241);
            double h = 400 + r.nextInt(1761);
            PlotGeometry g = new PlotGeometry(50 + r.nextInt(30), 40 + r.nextInt(30), w - 80, h - 70);
            List<SectorMark> marks = crowd(r, n);
            PlotLayout a = PlotLayout.compute(F, marks, g, FakeMetrics.INSTANCE);
            check("case " + c + " (" + n + " sectors, " + (int) w + "x" + (int) h + ")", a);
            PlotLayout b = PlotLayout.compute(F, marks, g, FakeMetrics.INSTANCE);
            assertEquals(a.sectors(), b.sectors(), "case " + c + ": the same input lays out the same way");
            assertEquals(a.names(), b.names());
        }
    }

    static List<SectorMark> crowd(Random r, int n) {
        List<SectorMark> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double x;
            double y;
            switch (r.nextInt(7)) {
                case 0 -> { // hugging the vertical line, on both sides and on the tolerance's edge
                    x = pick(r, -0.12, 0.12, PlotLocation.ON_LINE, -PlotLocation.ON_LINE, 0.0501, -0.0501);
                    y = r.nextDouble() * 2 - 1;
                }
                case 1 -> {
                    x = r.nextDouble() * 2 - 1;
                    y = pick(r, -0.12, 0.12, PlotLocation.ON_LINE, -PlotLocation.ON_LINE, 0.0501, -0.0501);
                }
                case 2 -> { // around the centre
                    x = r.nextDouble() * 0.3 - 0.15;
                    y = r.nextDouble() * 0.3 - 0.15;
                }
                case 3 -> { // at the frame and in the corners, under the quadrant names
                    x = r.nextBoolean() ? pick(r, -1, -0.9, 1, 0.9) : r.nextDouble() * 2 - 1;
                    y = pick(r, -1, -0.92, 1, 0.92);
                }
                case 4 -> { // a tight cluster: many sectors at nearly one spot
                    x = -0.845 + r.nextGaussian() * 0.01;
                    y = 0.937 + r.nextGaussian() * 0.01;
                }
                default -> {
                    x = r.nextDouble() * 2 - 1;
                    y = r.nextDouble() * 2 - 1;
                }
            }
            Position p = Position.clamped(x, y);
            out.add(new SectorMark("s" + i, name(r, i), r.nextBoolean() ? "State-led" : "Mixed", DriverShape.DIAMOND, p,
                    r.nextBoolean() ? "\u25AE\u25AE\u25AF " + r.nextInt(20) : null,
                    PlacementConfidence.Level.values()[r.nextInt(4)], r.nextInt(5) == 0, r.nextBoolean()));
        }
        return out;
    }

    private static double pick(Random r, double lo, double hi, double... exact) {
        if (r.nextInt(3) == 0) {
            return exact[r.nextInt(exact.length)];
        }
        return lo + r.nextDouble() * (hi - lo);
    }

    private static String name(Random r, int i) {
        return switch (r.nextInt(5)) {
            case 0 -> "S" + i;
            case 1 -> "Semiconductor manufacturing equipment " + i;
            case 2 -> "Unbreakablenamewithoutanyspacesatall" + i + "x".repeat(r.nextInt(80));
            case 3 -> "Sector " + i + " " + "word ".repeat(r.nextInt(30));
            default -> "Electric vehicles (new-energy vehicles) " + i;
        };
    }

    /** The checks the issue names, for one layout. */
    static void check(String what, PlotLayout l) {
        PlotGeometry g = l.geometry();
        List<Box> labels = new ArrayList<>();
        for (PlacedSector s : l.sectors()) {
            PlotLocation loc = PlotLocation.of(F, s.mark().position());
            Box area = PlotLayout.cells(loc, g);
            assertTrue(area.contains(s.markerBox()), what + ": " + s.id() + "'s marker outside " + loc.label());
            if (!loc.vertical()) {
                assertEquals(g.toPixelX(s.mark().position().x()), s.markerX(), s.markerBox().w() / 2 + PlotStyle.CELL_INSET + 1,
                        what + ": " + s.id() + "'s marker is at its position");
            } else {
                assertEquals(g.centerX(), s.markerX(), 1e-9, what + ": on the line, drawn on it");
            }
            if (!s.labelled()) {
                continue;
            }
            Box b = s.label();
            assertTrue(area.contains(b), what + ": " + s.id() + "'s label " + b + " leaves " + loc.label());
            if (loc.vertical()) {
                assertTrue(b.x() < g.centerX() && b.right() > g.centerX(), what + ": " + s.id() + " straddles its line");
            }
            if (loc.horizontal()) {
                assertTrue(b.y() < g.centerY() && b.bottom() > g.centerY(), what + ": " + s.id() + " straddles its line");
            }
            labels.add(b);
            for (PlotLayout.QuadrantName n : l.names()) {
                assertTrue(!b.overlaps(n.box(), 0), what + ": " + s.id() + " covers the name " + n.text());
            }
            PlacedSector.Segment leader = s.leader();
            if (leader != null) {
                double ends = Math.hypot(leader.x1() - Math.max(b.x(), Math.min(b.right(), leader.x1())),
                        leader.y1() - Math.max(b.y(), Math.min(b.bottom(), leader.y1())));
                assertTrue(ends < 1e-6, what + ": " + s.id() + "'s leader ends on its label");
            }
        }
        // No two labels overlap; no label covers another sector's marker (a grid keeps this fast).
        BoxIndex seen = new BoxIndex(new Box(g.left(), g.top(), g.width(), g.height()));
        for (Box b : labels) {
            if (!seen.free(b, 0)) {
                fail(what + ": label " + b + " overlaps another");
            }
            seen.add(b);
        }
        for (PlacedSector s : l.sectors()) {
            if (s.labelled()) {
                continue;
            }
            for (Box b : labels) {
                if (b.overlaps(s.markerBox(), 0)) {
                    fail(what + ": a label covers " + s.id() + "'s marker");
                }
            }
        }
    }
}
