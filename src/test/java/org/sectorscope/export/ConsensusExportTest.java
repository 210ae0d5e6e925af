package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.AnalystView;
import org.sectorscope.logic.Consensus;
import org.sectorscope.logic.PlotLocation;
import org.sectorscope.logic.plot.PlacedSector;
import org.sectorscope.logic.plot.PlotLayout;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.model.TestTeams;

/** An exported canvas in the consensus or one analyst's view: the same placements, ghosts and credits as on screen. */
class ConsensusExportTest {
    private final Project team = TestTeams.threeAnalysts();
    private final ExportRequest request = ExportRequest.defaults(team, ExportRequest.Format.PNG);

    private static BufferedImage paint(FigureRenderer f) {
        BufferedImage image = new BufferedImage(f.width(), f.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        f.paint(g, p -> { });
        g.dispose();
        return image;
    }

    @Test
    void consensusPlacesEachSectorAtItsMedianCreditedToTheTeam() {
        FigureRenderer f = new FigureRenderer(team, request, AnalystView.CONSENSUS);
        Consensus c = Consensus.of(team);
        for (Consensus.SectorConsensus s : c.sectors()) {
            PlacedSector placed = f.layout().sector(s.sectorId());
            assertEquals(s.median(), placed.mark().position(), s.sectorId());
            double[] at = PlotLayout.markerCentre(PlotLocation.of(team.framework(), s.median()), s.median(),
                    f.geometry());
            assertEquals(at[0], placed.markerX(), 1e-9);
            assertEquals(team.framework().quadrantOf(s.median()), placed.location().quadrant());
            assertFalse(placed.mark().byReport(), "the report did not place a median");
        }
        assertEquals("Source: consensus of Project, Lin Wei and Ngozi Okafor (median).", f.sourceLine());
    }

    @Test
    void ghostsAndHullsAreDrawnOnlyInTheConsensus() {
        BufferedImage own = paint(new FigureRenderer(team, request));
        BufferedImage consensus = paint(new FigureRenderer(team, request, AnalystView.CONSENSUS));
        BufferedImage alone = paint(new FigureRenderer(team, request, AnalystView.layer(TestTeams.OKAFOR)));
        // The ghost of Lin Wei's Semiconductors, at her placement, where neither other figure draws anything.
        FigureRenderer f = new FigureRenderer(team, request, AnalystView.CONSENSUS);
        double x = f.geometry().toPixelX(0.3);
        double y = f.geometry().toPixelY(-0.6);
        int r = (int) Math.ceil(4);
        boolean inked = false;
        for (int dx = -r; dx <= r; dx++) {
            inked |= (consensus.getRGB((int) x + dx, (int) y) & 0xffffff) != (own.getRGB((int) x + dx, (int) y) & 0xffffff);
        }
        assertTrue(inked, "a ghost is drawn at Lin Wei's placement");
        assertNotEquals(0, diff(own, consensus));
        assertNotEquals(0, diff(own, alone));
    }

    @Test
    void oneAnalystAloneIsCreditedToThem() {
        FigureRenderer f = new FigureRenderer(team, request, AnalystView.layer(TestTeams.OKAFOR));
        assertEquals(2, f.layout().sectors().size());
        assertEquals("Source: Ngozi Okafor.", f.sourceLine());
        assertEquals(TestTeams.okafor().placement(TestProjects.CHIPS).position(),
                f.layout().sector(TestProjects.CHIPS).mark().position());
    }

    private static long diff(BufferedImage a, BufferedImage b) {
        long n = 0;
        for (int y = 0; y < Math.min(a.getHeight(), b.getHeight()); y++) {
            for (int x = 0; x < Math.min(a.getWidth(), b.getWidth()); x++) {
                n += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        return n;
    }
}
