package org.sectorscope.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sectorscope.export.ExportRequest;
import org.sectorscope.export.FigureRenderer;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.logic.plot.Box;
import org.sectorscope.logic.plot.PlacedSector;
import org.sectorscope.logic.plot.PlotLayout;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The canvas and the export lay the same project out the same way at the same plot size: the plot the
 * canvas draws, sized to the export's plot, holds every marker, label, leader and quadrant name where the
 * exported figure has it (up to where each puts its plot's corner).
 */
@ExtendWith(ApplicationExtension.class)
class CanvasExportAgreementTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private PlotLayout canvasLayout(FxRobot robot, Project p, double plotW, double plotH) {
        ProjectSession session = new ProjectSession(p, null, "agreement");
        QuadrantCanvasViewModel vm = new QuadrantCanvasViewModel(session);
        PlotLayout[] out = new PlotLayout[1];
        robot.interact(() -> {
            QuadrantPlot plot = new QuadrantPlot(vm);
            Pane holder = new Pane(plot);
            stage.setScene(new Scene(holder, 400, 300));
            plot.resize(plotW + QuadrantPlot.MARGIN_LEFT + QuadrantPlot.MARGIN_RIGHT,
                    plotH + QuadrantPlot.MARGIN_TOP + QuadrantPlot.MARGIN_BOTTOM);
            plot.applyCss();
            plot.layout();
            out[0] = plot.plotLayout();
        });
        assertNotNull(out[0]);
        return out[0];
    }

    private static void assertSameLayout(PlotLayout canvas, PlotLayout export, String what) {
        PlotGeometry c = canvas.geometry();
        PlotGeometry e = export.geometry();
        assertEquals(e.width(), c.width(), 1e-9, what + ": the same plot size");
        assertEquals(e.height(), c.height(), 1e-9);
        double dx = e.left() - c.left();
        double dy = e.top() - c.top();
        assertEquals(export.detail(), canvas.detail(), what);
        assertEquals(export.names().size(), canvas.names().size());
        for (int i = 0; i < export.names().size(); i++) {
            assertEquals(export.names().get(i).text(), canvas.names().get(i).text());
            assertBox(export.names().get(i).box(), canvas.names().get(i).box(), dx, dy, what + " name");
        }
        List<PlacedSector> es = export.sectors();
        List<PlacedSector> cs = canvas.sectors();
        assertEquals(es.stream().map(PlacedSector::id).toList(), cs.stream().map(PlacedSector::id).toList());
        for (int i = 0; i < es.size(); i++) {
            PlacedSector a = es.get(i);
            PlacedSector b = cs.get(i);
            String who = what + ": " + a.mark().name();
            assertEquals(a.mark(), b.mark(), who + " is the same input");
            assertEquals(a.markerX(), b.markerX() + dx, 1e-6, who + " marker");
            assertEquals(a.markerY(), b.markerY() + dy, 1e-6, who + " marker");
            assertEquals(a.labelled(), b.labelled(), who + " labelled in both or neither");
            if (a.labelled()) {
                assertBox(a.label(), b.label(), dx, dy, who + " label");
                assertEquals(a.nameLines(), b.nameLines(), who);
                assertEquals(a.leader() == null, b.leader() == null, who + " leader");
            }
        }
    }

    private static void assertBox(Box expected, Box actual, double dx, double dy, String what) {
        assertEquals(expected.x(), actual.x() + dx, 1e-6, what);
        assertEquals(expected.y(), actual.y() + dy, 1e-6, what);
        assertEquals(expected.w(), actual.w(), 1e-9, what);
        assertEquals(expected.h(), actual.h(), 1e-9, what);
    }

    @Test
    void theSampleLaysOutAlikeOnTheCanvasAndInTheExport(FxRobot robot) throws Exception {
        Project sample = ProjectStore.loadSample();
        for (int[] size : new int[][] {{1200, 800}, {1600, 1000}, {800, 600}}) {
            ExportRequest r = ExportRequest.defaults(sample, ExportRequest.Format.PNG).withSize(size[0], size[1]);
            PlotLayout export = new FigureRenderer(sample, r).layout();
            PlotLayout canvas = canvasLayout(robot, sample, export.geometry().width(), export.geometry().height());
            assertSameLayout(canvas, export, "sample at " + size[0] + "x" + size[1]);
            assertTrue(export.sectors().stream().filter(PlacedSector::labelled).count() >= 10);
        }
    }

    @Test
    void aCrowdedProjectLaysOutAlikeToo(FxRobot robot) {
        Project crowded = TestProjects.random(11, 120);
        ExportRequest r = ExportRequest.defaults(crowded, ExportRequest.Format.PNG).withSize(1400, 900);
        PlotLayout export = new FigureRenderer(crowded, r).layout();
        PlotLayout canvas = canvasLayout(robot, crowded, export.geometry().width(), export.geometry().height());
        assertSameLayout(canvas, export, "120 sectors");
    }
}
