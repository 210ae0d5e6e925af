package org.sectorscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectDocument;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.store.RecentFiles;
import org.sectorscope.ui.canvas.QuadrantCanvasViewModel;
import org.sectorscope.ui.common.StaggeredProject;
import org.sectorscope.ui.options.PolicyOptionsViewModel;
import org.sectorscope.ui.sectors.SectorItem;
import org.sectorscope.ui.sectors.SectorsViewModel;

/**
 * Opening a file, the Sectors list's rows and the canvas's cards and legend key are made on the reading
 * thread: they are exactly what the panes make themselves for the same project.
 */
class OpenPreparedRowsTest {
    @TempDir
    Path dir;
    private final ProjectFiles files = new ProjectFiles();

    @AfterEach
    void tearDown() {
        files.close();
    }

    @Test
    void preparedRowsAndCardsAreTheOnesThePanesWouldMake() throws Exception {
        Path file = dir.resolve("random.sectorscope.json");
        ProjectStore.save(TestProjects.random(11, 300), file);
        ProjectSession session = new ProjectSession(TestProjects.small(), null, "small");
        SectorsViewModel sectors = new SectorsViewModel(session);
        QuadrantCanvasViewModel canvas = new QuadrantCanvasViewModel(session);
        List<Thread> ranOn = new ArrayList<>();
        List<Project> preparedFor = new ArrayList<>();
        session.preparations().add(() -> p -> {
            ranOn.add(Thread.currentThread());
            preparedFor.add(p);
            return null;
        });
        ProjectDocument document = new ProjectDocument(session, files, new RecentFiles(dir.resolve("home")),
                Runnable::run, new StubDialogs());
        assertTrue(document.open(file).get(20, TimeUnit.SECONDS));

        assertNotEquals(Thread.currentThread(), ranOn.get(0), "prepared on the reading thread");
        assertSame(session.project(), preparedFor.get(0), "for the very project the session shows");
        ProjectSession direct = new ProjectSession(session.project(), null, "direct");
        assertEquals(new SectorsViewModel(direct).items(), sectors.items());
        List<?> cards = canvas.cardsProperty().get();
        assertEquals(300, sectors.items().size());
        assertTrue(cards.size() > 100, "most random sectors are placed: " + cards.size());
        QuadrantCanvasViewModel directCanvas = new QuadrantCanvasViewModel(direct);
        assertEquals(directCanvas.cardsProperty().get(), cards);
        assertEquals(directCanvas.markerKeyProperty().get(), canvas.markerKeyProperty().get(), "the legend's key too");
    }

    @Test
    void aListAndMatrixThatTakeTheOpenedProjectFramesLaterShowWhatTheSessionHolds() throws Exception {
        Path file = dir.resolve("random.sectorscope.json");
        ProjectStore.save(TestProjects.random(12, 300), file);
        ProjectSession session = new ProjectSession(TestProjects.small(), null, "small");
        List<Runnable> afterFrame = new ArrayList<>();
        StaggeredProject listProject = new StaggeredProject(session, 1);
        StaggeredProject matrixProject = new StaggeredProject(session, 2);
        listProject.runFramesIn(afterFrame::add);
        matrixProject.runFramesIn(afterFrame::add);
        SectorsViewModel sectors = new SectorsViewModel(session, listProject.projectProperty());
        PolicyOptionsViewModel options = new PolicyOptionsViewModel(session, matrixProject.projectProperty());
        List<SectorItem> smallRows = List.copyOf(sectors.items());
        ProjectDocument document = new ProjectDocument(session, files, new RecentFiles(dir.resolve("home")),
                Runnable::run, new StubDialogs());
        assertTrue(document.open(file).get(20, TimeUnit.SECONDS));

        assertEquals(smallRows, sectors.items(), "the list keeps the project it showed until its frame");
        for (int frame = 1; frame <= 2; frame++) {
            List<Runnable> due = List.copyOf(afterFrame);
            afterFrame.clear();
            due.forEach(Runnable::run);
        }
        ProjectSession direct = new ProjectSession(session.project(), null, "direct");
        if (session.selection().sectorId() != null) { // the opened file's first sector, selected meanwhile
            direct.selection().selectSector(session.selection().sectorId());
        }
        assertEquals(new SectorsViewModel(direct).items(), sectors.items());
        assertEquals(new PolicyOptionsViewModel(direct).rows(), options.rows());
        assertEquals(300, sectors.items().size());
        sectors.filterProperty().set(session.project().sectors().get(7).name());
        assertTrue(sectors.items().stream().anyMatch(i -> i.id().equals(session.project().sectors().get(7).id())),
                "the filter reads the project the rows came from");
    }
}
