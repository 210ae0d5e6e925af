package org.sectorscope.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.export.FigureText;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.logic.plot.PlotLayout;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectDocument;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.store.RecentFiles;
import org.sectorscope.ui.StubDialogs;

/**
 * Issue 18: opening a file, the plot's layout of its cards is made on the reading thread for the plot's size
 * as the open began; it is exactly the layout the plot makes itself, and only for those very cards and size.
 */
class LayoutMadeAheadTest {
    @TempDir
    Path dir;
    private final ProjectFiles files = new ProjectFiles();
    private int opened;
    private static final PlotGeometry SIZE = new PlotGeometry(60, 30, 820, 540);

    @AfterEach
    void tearDown() {
        files.close();
    }

    private QuadrantCanvasViewModel openedCanvas(PlotGeometry laidOutAt) throws Exception {
        // A file of its own for each open: the first document still holds its file's lock.
        Path file = dir.resolve("random-" + opened++ + ".sectorscope.json");
        ProjectStore.save(TestProjects.random(21, 400), file);
        ProjectSession session = new ProjectSession(TestProjects.small(), null, "small");
        QuadrantCanvasViewModel canvas = new QuadrantCanvasViewModel(session);
        if (laidOutAt != null) {
            canvas.cardMaker().plotLaidOutAt(laidOutAt);
        }
        ProjectDocument document = new ProjectDocument(session, files, new RecentFiles(dir.resolve("home")),
                Runnable::run, new StubDialogs());
        assertTrue(document.open(file).get(20, TimeUnit.SECONDS));
        return canvas;
    }

    @Test
    void theLayoutMadeAheadIsTheOneThePlotWouldMakeAndIsHandedOverOnce() throws Exception {
        QuadrantCanvasViewModel canvas = openedCanvas(SIZE);
        List<CardItem> cards = canvas.cardsProperty().get();
        CardMaker.LaidOut laidOut = canvas.cardMaker().layoutMadeAhead(cards, canvas.frameworkProperty().get(), SIZE);
        assertNotNull(laidOut);
        PlotLayout ahead = laidOut.layout();
        assertEquals(cards.size(), laidOut.byId().size());
        cards.forEach(c -> assertEquals(c, laidOut.byId().get(c.id()), "the cards by id"));
        PlotLayout inPlace = PlotLayout.compute(canvas.frameworkProperty().get(),
                cards.stream().map(CardItem::mark).toList(), SIZE, FigureText.METRICS);
        assertTrue(cards.size() > 100, "most random sectors are placed: " + cards.size());
        assertEquals(inPlace.sectors(), ahead.sectors());
        assertEquals(inPlace.names(), ahead.names());
        assertNull(canvas.cardMaker().layoutMadeAhead(cards, canvas.frameworkProperty().get(), SIZE), "once");
    }

    @Test
    void anotherSizeOrOtherCardsGetNothing() throws Exception {
        QuadrantCanvasViewModel canvas = openedCanvas(SIZE);
        List<CardItem> cards = canvas.cardsProperty().get();
        assertNull(canvas.cardMaker().layoutMadeAhead(cards, canvas.frameworkProperty().get(),
                new PlotGeometry(60, 30, 821, 540)), "the window was resized meanwhile");
        QuadrantCanvasViewModel again = openedCanvas(SIZE);
        assertNull(again.cardMaker().layoutMadeAhead(List.copyOf(again.cardsProperty().get()),
                again.frameworkProperty().get(), SIZE), "equal cards that are another list: an edit came first");
    }

    @Test
    void beforeThePlotWasLaidOutNothingIsMadeAhead() throws Exception {
        QuadrantCanvasViewModel canvas = openedCanvas(null);
        assertNull(canvas.cardMaker().layoutMadeAhead(canvas.cardsProperty().get(), canvas.frameworkProperty().get(),
                SIZE));
    }
}
