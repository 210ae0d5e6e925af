package org.sectorscope.logic.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.IntendedMoves;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Position;

class ArrowRoutesTest {
    private static final Framework F = Framework.sectoralOutcomes();
    private static final PlotGeometry G = new PlotGeometry(60, 50, 1000, 700);

    @Test
    void anArrowPointingAtALabelEndsAtItsEdgeWithItsHeadShowing() {
        // B's centre is where the arrow from "mover" points; "sitter"'s marker and label are there.
        List<SectorMark> marks = List.of(PlotLayoutTest.mark("mover", "Mover", -0.8, -0.8),
                PlotLayoutTest.mark("sitter", "A sector at the centre of A", -0.5, 0.5));
        PlotLayout layout = PlotLayout.compute(F, marks, G, FakeMetrics.INSTANCE);
        Box sitter = layout.sector("sitter").label();
        Position target = new Position(-0.5, 0.5);
        // Aim at a point inside the sitter's label.
        double tx = sitter.centerX();
        double ty = sitter.centerY();
        Position aim = G.toPosition(tx, ty);
        List<ArrowRoutes.Route> routes = ArrowRoutes.of(List.of(new IntendedMoves.Arrow(new Position(-0.8, -0.8), aim,
                "mover")), layout);
        assertEquals(1, routes.size());
        double[] head = routes.get(0).shape().head();
        double tipX = head[0];
        double tipY = head[1];
        assertFalse(sitter.contains(tipX, tipY), "the tip is not under the label");
        Box padded = new Box(sitter.x() - ArrowRoutes.TIP_GAP, sitter.y() - ArrowRoutes.TIP_GAP,
                sitter.w() + 2 * ArrowRoutes.TIP_GAP, sitter.h() + 2 * ArrowRoutes.TIP_GAP);
        double onEdge = Math.min(Math.min(Math.abs(tipX - padded.x()), Math.abs(tipX - padded.right())),
                Math.min(Math.abs(tipY - padded.y()), Math.abs(tipY - padded.bottom())));
        assertTrue(onEdge < 1e-6, "it ends on the label's edge, " + ArrowRoutes.TIP_GAP + " px off it");
        PlacedSector mover = layout.sector("mover");
        double startFromMarker = Math.hypot(routes.get(0).shape().x0() - mover.markerX(),
                routes.get(0).shape().y0() - mover.markerY());
        assertTrue(startFromMarker >= mover.markerBox().w() / 2, "and starts at its own marker's edge");
        assertTrue(target.x() < 0);
    }

    @Test
    void anArrowIntoEmptySpaceEndsWhereItAims() {
        List<SectorMark> marks = List.of(PlotLayoutTest.mark("mover", "Mover", -0.8, -0.8));
        PlotLayout layout = PlotLayout.compute(F, marks, G, FakeMetrics.INSTANCE);
        Position aim = new Position(-0.3, 0.3);
        ArrowRoutes.Route r = ArrowRoutes.of(List.of(new IntendedMoves.Arrow(new Position(-0.8, -0.8), aim, "mover")),
                layout).get(0);
        assertEquals(G.toPixelX(-0.3), r.shape().head()[0], 1e-9);
        assertEquals(G.toPixelY(0.3), r.shape().head()[1], 1e-9);
    }
}
