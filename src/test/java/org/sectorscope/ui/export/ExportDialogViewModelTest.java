package org.sectorscope.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.export.ExportException;
import org.sectorscope.export.ExportRequest;
import org.sectorscope.export.ExportRequest.Background;
import org.sectorscope.export.ExportRequest.Format;
import org.sectorscope.export.ExportRequest.Page;
import org.sectorscope.export.ExportRequest.View;
import org.sectorscope.export.FigureRenderer;
import org.sectorscope.export.PngProjectChunk;
import org.sectorscope.logic.FigureCredits;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.ui.export.ExportDialogViewModel.Sectors;
import org.sectorscope.ui.export.ExportDialogViewModel.Start;

/**
 * The export dialog's state without a screen: the request each choice builds, the preview, and the
 * export with its saved texts. The view model's "FX thread" is the test thread, which drains {@link #fx}.
 */
class ExportDialogViewModelTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    /** Work the view model hands to its FX thread; run by {@link #until}. */
    private final LinkedBlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();
    private final Executor fx = fxQueue::add;
    private final List<ExportDialogViewModel> made = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void dispose() {
        made.forEach(ExportDialogViewModel::dispose);
    }

    private ExportDialogViewModel vm(ProjectSession session, Start start) {
        ExportDialogViewModel vm = new ExportDialogViewModel(session, start, f -> Optional.empty(), fx, 0);
        made.add(vm);
        return vm;
    }

    private static ProjectSession small() {
        return new ProjectSession(TestProjects.small(), null, "small.sectorscope.json");
    }

    /** Runs the FX work queued so far, and what it queues, until {@code done} holds. */
    private void until(BooleanSupplier done, String what) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!done.getAsBoolean()) {
            Runnable r = fxQueue.poll(50, TimeUnit.MILLISECONDS);
            if (r != null) {
                r.run();
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
        }
    }

    private void awaitPreview(ExportDialogViewModel vm) throws InterruptedException {
        until(() -> !vm.previewPendingProperty().get() && vm.previewProperty().get() != null
                && vm.previewProperty().get().request().equals(vm.request()), "the preview");
    }

    private <T> T await(CompletableFuture<T> future) throws Exception {
        until(future::isDone, "the export");
        return future.get();
    }

    @Test
    void theDefaultsAreTheProjectsTextsAndTheExportDefaults() {
        ProjectSession session = small();
        ExportDialogViewModel vm = vm(session, Start.NONE);
        assertEquals(TestProjects.TITLE, vm.titleProperty().get());
        assertEquals("Four sectors, one per quadrant", vm.subtitleProperty().get());
        assertEquals("Source: Test fixture.", vm.sourceLineProperty().get());
        assertEquals(LocalDate.now(), vm.dateProperty().get());
        assertEquals(ExportRequest.defaults(session.project(), Format.PNG).withDate(vm.dateProperty().get()),
                vm.request());
        assertEquals("", vm.problemProperty().get());
    }

    @Test
    void theSectorChoiceBecomesTheSectorIds() {
        Start start = new Start(List.of(TestProjects.CHIPS, TestProjects.SOLAR),
                List.of(TestProjects.BIOTECH, TestProjects.AIRCRAFT, TestProjects.SOLAR), null, List.of());
        ExportDialogViewModel vm = vm(small(), start);
        assertNull(vm.request().sectorIds(), "all sectors");
        vm.sectorsProperty().set(Sectors.SELECTED);
        assertEquals(List.of(TestProjects.CHIPS, TestProjects.SOLAR), vm.request().sectorIds());
        vm.sectorsProperty().set(Sectors.FILTERED);
        assertEquals(List.of(TestProjects.BIOTECH, TestProjects.AIRCRAFT, TestProjects.SOLAR), vm.request().sectorIds());
        vm.sectorsProperty().set(Sectors.ALL);
        assertNull(vm.request().sectorIds());
        assertEquals("The selected sectors (2)", vm.selectedSectorsLabel());
        assertEquals("The sectors in the current filter (3)", vm.filteredSectorsLabel());
        assertEquals("All sectors (4)", vm.allSectorsLabel());
    }

    @Test
    void anEmptySourceLineIsComposedFromWhoPlacedTheSectorsShown() {
        // Solar PV is the small project's one report placement (Kennedy, ch. 1, CSIS 2020); the rest are the analyst's.
        Start start = new Start(List.of(TestProjects.SOLAR), null, null, List.of());
        ExportDialogViewModel vm = vm(small(), start);
        vm.sourceLineProperty().set("");
        assertEquals("Sources: placements of solar PV: Kennedy, ch. 1, CSIS 2020; other placements: "
                + FigureCredits.NO_AUTHOR + ".", vm.composedSourceLineProperty().get());
        assertNull(vm.request().sourceLine(), "left empty, the figure composes it");
        vm.sectorsProperty().set(Sectors.SELECTED);
        assertEquals("Source: Kennedy, ch. 1, CSIS 2020.", vm.composedSourceLineProperty().get(),
                "only the report's placement shown: the report alone");
        vm.viewProperty().set(View.OPTIONS);
        assertEquals("", vm.composedSourceLineProperty().get(), "the options matrix credits no placements");
    }

    @Test
    void withoutASelectionOrAFilterThoseChoicesAreNotOffered() {
        ExportDialogViewModel vm = vm(small(), Start.NONE);
        assertFalse(vm.selectedAvailable());
        assertFalse(vm.filteredAvailable());
        assertFalse(vm.arrowsAvailable());
        assertFalse(vm.compareAvailable());
        vm.sectorsProperty().set(Sectors.SELECTED);
        assertNull(vm.request());
        assertEquals("No sectors are selected.", vm.problemProperty().get());
        assertFalse(vm.canExportBinding().get());
        vm.sectorsProperty().set(Sectors.ALL);
        assertTrue(vm.canExportBinding().get());
    }

    @Test
    void arrowsAreTheSelectedOptionsWhenOnAndNoneWhenOff() {
        ExportDialogViewModel vm = vm(small(), new Start(List.of(), null, TestProjects.SUBSIDY, List.of()));
        assertTrue(vm.arrowsAvailable());
        assertTrue(vm.arrowsProperty().get(), "on by default, as the canvas shows the selected option");
        assertEquals(TestProjects.SUBSIDY, vm.request().arrowsOptionId());
        vm.arrowsProperty().set(false);
        assertNull(vm.request().arrowsOptionId());

        ExportDialogViewModel none = vm(small(), Start.NONE);
        none.arrowsProperty().set(true);
        assertNull(none.request().arrowsOptionId(), "no option selected: no arrows, whatever the box says");
    }

    @Test
    void confidenceMarksFollowTheirBox() {
        ExportDialogViewModel vm = vm(small(), Start.NONE);
        assertTrue(vm.request().confidenceMarks());
        vm.confidenceMarksProperty().set(false);
        assertFalse(vm.request().confidenceMarks());
    }

    @Test
    void compareNeedsTwoToFourSelectedOptions() {
        ExportDialogViewModel one = vm(small(), new Start(List.of(), null, null, List.of(TestProjects.SUBSIDY)));
        assertFalse(one.compareAvailable());
        one.viewProperty().set(View.COMPARE);
        assertNull(one.request());
        assertEquals("Select 2 to 4 policy options in the Policy options pane to compare them.",
                one.problemProperty().get());

        List<String> two = List.of(TestProjects.OPENNESS, TestProjects.SUBSIDY);
        ExportDialogViewModel vm = vm(small(), new Start(List.of(), null, null, two));
        assertTrue(vm.compareAvailable());
        vm.viewProperty().set(View.COMPARE);
        assertEquals(View.COMPARE, vm.request().view());
        assertEquals(two, vm.request().compareOptionIds());
        assertFalse(vm.canvasChoicesProperty().get());
        vm.viewProperty().set(View.OPTIONS);
        assertEquals(View.OPTIONS, vm.request().view());
        assertEquals(List.of(), vm.request().compareOptionIds());
        assertTrue(vm.canvasChoicesProperty().not().get());
    }

    @Test
    void theFormatAndItsOwnChoicesGoIntoTheRequest() {
        ProjectSession session = small();
        ExportDialogViewModel vm = vm(session, Start.NONE);
        vm.scaleProperty().set(3);
        vm.backgroundProperty().set(Background.TRANSPARENT);
        assertEquals(Format.PNG, vm.request().format());
        assertEquals(3, vm.request().scale());
        assertEquals(Background.TRANSPARENT, vm.request().background());

        vm.formatProperty().set(Format.PDF);
        vm.pageProperty().set(Page.A4_LANDSCAPE);
        assertEquals(Format.PDF, vm.request().format());
        assertEquals(Page.A4_LANDSCAPE, vm.request().page());
        assertEquals(1, vm.request().scale(), "the PNG scale is not a PDF's");
        assertEquals(Background.WHITE, vm.request().background());

        vm.formatProperty().set(Format.PPTX);
        ExportRequest slide = ExportRequest.defaults(session.project(), Format.PPTX);
        assertEquals(slide.scale(), vm.request().scale());
        assertEquals(slide.height(), vm.request().height());
        assertEquals(Page.FIT, vm.request().page());

        vm.formatProperty().set(Format.SVG);
        assertEquals(Format.SVG, vm.request().format());
    }

    @Test
    void theTextsAndDateGoIntoTheRequestAndATitleIsNeeded() {
        ExportDialogViewModel vm = vm(small(), Start.NONE);
        vm.titleProperty().set("  Figure 1.2  ");
        vm.subtitleProperty().set("");
        vm.sourceLineProperty().set("Source: CSIS.");
        vm.dateProperty().set(LocalDate.of(2026, 11, 29));
        ExportRequest r = vm.request();
        assertEquals("Figure 1.2", r.title());
        assertNull(r.subtitle());
        assertEquals("Source: CSIS.", r.sourceLine());
        assertEquals(LocalDate.of(2026, 11, 29), r.date());
        vm.dateProperty().set(null);
        assertNull(vm.request().date());

        vm.titleProperty().set(" ");
        assertNull(vm.request());
        assertEquals("The figure needs a title.", vm.problemProperty().get());
        assertFalse(vm.canExportBinding().get());
    }

    @Test
    void theSamplesPreviewIsTheFigureAtScaleOneWithTheQuadrantColoursWhereTheGeometryPutsThem() throws Exception {
        Project sample = ProjectStore.loadSample();
        ExportDialogViewModel vm = vm(new ProjectSession(sample, null, "sample"), Start.NONE);
        vm.scaleProperty().set(2);
        awaitPreview(vm);
        BufferedImage image = vm.previewProperty().get().image();
        assertEquals(1200, image.getWidth());
        assertEquals(800, image.getHeight());
        assertEquals("PNG, 2400 x 1600 px, 150 dpi", vm.sizeProperty().get());

        FigureRenderer figure = new FigureRenderer(sample, vm.request());
        PlotGeometry g = figure.geometry();
        for (double[] corner : new double[][] {{-1, 1}, {1, 1}, {-1, -1}, {1, -1}}) {
            Position free = freePoint(figure, corner[0], corner[1]);
            String colour = sample.framework().quadrantOf(free).color();
            assertEquals(new Color(Integer.parseInt(colour.substring(1), 16)),
                    new Color(image.getRGB((int) g.toPixelX(free.x()), (int) g.toPixelY(free.y())), true),
                    "the quadrant's colour at " + free);
        }
    }

    /** A point of the quadrant toward {@code (sx, sy)}, half-way out, with no card within 4 px. */
    private static Position freePoint(FigureRenderer figure, double sx, double sy) {
        PlotGeometry g = figure.geometry();
        for (double r = 0; r < 0.3; r += 0.02) {
            for (double[] d : new double[][] {{0, 0}, {r, 0}, {-r, 0}, {0, r}, {0, -r}, {r, r}, {-r, -r}, {r, -r}, {-r, r}}) {
                Position p = new Position(sx * 0.5 + d[0], sy * 0.5 + d[1]);
                double x = g.toPixelX(p.x());
                double y = g.toPixelY(p.y());
                boolean free = figure.layout().sectors().stream()
                        .flatMap(c -> c.labelled() ? Stream.of(c.label(), c.markerBox()) : Stream.of(c.markerBox()))
                        .noneMatch(b -> x >= b.x() - 4 && x <= b.x() + b.w() + 4 && y >= b.y() - 4 && y <= b.y() + b.h() + 4);
                if (free) {
                    return p;
                }
            }
        }
        throw new AssertionError("no free point in the quadrant toward " + sx + ", " + sy);
    }

    @Test
    void aBurstOfChangesEndsInThePreviewOfTheLastOne() throws Exception {
        ScheduledThreadPoolExecutor renderThread = PreviewScheduler.newRenderThread();
        ExportDialogViewModel vm = new ExportDialogViewModel(small(), Start.NONE, f -> Optional.empty(), fx,
                renderThread, ExportDialogViewModel.DEBOUNCE_MILLIS);
        made.add(vm);
        for (String t : List.of("F", "Fi", "Fig", "Figu", "Figure")) {
            vm.titleProperty().set(t);
        }
        vm.formatProperty().set(Format.PDF);
        vm.pageProperty().set(Page.LETTER_LANDSCAPE);
        assertTrue(vm.previewPendingProperty().get());
        awaitPreview(vm);
        assertEquals("Figure", vm.previewProperty().get().request().title());
        assertEquals("PDF, Letter landscape", vm.sizeProperty().get());
        // Nothing older arrives afterwards: every render scheduled so far finishes, then what it handed over runs.
        renderThread.shutdown();
        assertTrue(renderThread.awaitTermination(WAIT.toMillis(), TimeUnit.MILLISECONDS), "the renders finish");
        Runnable r;
        while ((r = fxQueue.poll()) != null) {
            r.run();
        }
        assertEquals(vm.request(), vm.previewProperty().get().request());
    }

    @Test
    void theSizeIsStatedForEachFormat() throws Exception {
        ExportDialogViewModel vm = vm(small(), Start.NONE);
        awaitPreview(vm);
        assertEquals("PNG, 1200 x 800 px, 150 dpi", vm.sizeProperty().get());
        vm.backgroundProperty().set(Background.TRANSPARENT);
        awaitPreview(vm);
        assertEquals("PNG, 1200 x 800 px, 150 dpi, transparent background", vm.sizeProperty().get());
        vm.formatProperty().set(Format.SVG);
        awaitPreview(vm);
        assertEquals("SVG, 1200 x 800 (vector, any size)", vm.sizeProperty().get());
        vm.formatProperty().set(Format.PDF);
        awaitPreview(vm);
        assertEquals("PDF, 1200 x 800 pt", vm.sizeProperty().get());
        vm.pageProperty().set(Page.A4_LANDSCAPE);
        awaitPreview(vm);
        assertEquals("PDF, A4 landscape", vm.sizeProperty().get());
        vm.formatProperty().set(Format.PPTX);
        awaitPreview(vm);
        assertEquals("PowerPoint slide, 16:9, editable shapes and text", vm.sizeProperty().get());
        vm.formatProperty().set(Format.PPTX_PICTURE);
        awaitPreview(vm);
        assertEquals("PowerPoint slide, 16:9, picture 2400 x 1200 px", vm.sizeProperty().get());
        assertEquals(600, vm.previewProperty().get().image().getHeight());
    }

    @Test
    void aChangedSourceLineIsSavedAsOneUndoableCommandAndTheNextDialogStartsFromIt() throws Exception {
        ProjectSession session = small();
        ExportDialogViewModel vm = vm(session, Start.NONE);
        vm.sourceLineProperty().set("Source: Kennedy (2020), Figure 1.2.");
        Path file = dir.resolve("figure.png");
        assertEquals(file.toAbsolutePath(), await(vm.exportTo(file)));

        assertEquals("Source: Kennedy (2020), Figure 1.2.", session.project().info().sourceLine());
        assertEquals(TestProjects.TITLE, session.project().info().title());
        assertEquals("Undo Edit source line", session.undoTextProperty().get());
        assertTrue(session.isDirty());
        assertEquals("Exported to " + file.toAbsolutePath(), vm.messageProperty().get());
        assertFalse(vm.messageIsErrorProperty().get());
        assertEquals(1.0, vm.progressProperty().get());
        assertFalse(vm.exportingProperty().get());
        assertTrue(Files.size(file) > 0);

        // Exporting again without a change adds no second step.
        await(vm.exportTo(dir.resolve("again.png")));
        session.undo();
        assertEquals("Source: Test fixture.", session.project().info().sourceLine());
        assertFalse(session.canUndoProperty().get(), "one step in all");
        session.redo();

        ExportDialogViewModel next = vm(session, Start.NONE);
        assertEquals("Source: Kennedy (2020), Figure 1.2.", next.sourceLineProperty().get());
        assertEquals("Source: Kennedy (2020), Figure 1.2.", next.request().sourceLine());
    }

    @Test
    void thePngCarriesTheSavedTexts() throws Exception {
        ProjectSession session = small();
        ExportDialogViewModel vm = vm(session, Start.NONE);
        vm.titleProperty().set("Where the sectors stand");
        Path file = dir.resolve("figure.png");
        await(vm.exportTo(file));
        assertEquals("Where the sectors stand",
                PngProjectChunk.read(file).orElseThrow().info().title());
        assertEquals(1200, ImageIO.read(file.toFile()).getWidth());
    }

    @Test
    void aFailedExportShowsTheExportersMessageNamingTheFile() throws Exception {
        ExportDialogViewModel vm = vm(small(), Start.NONE);
        Path file = dir.resolve("no-such-folder").resolve("figure.png");
        CompletableFuture<Path> done = vm.exportTo(file);
        until(done::isDone, "the export");
        ExecutionException e = assertThrows(ExecutionException.class, done::get);
        assertTrue(e.getCause() instanceof ExportException, e.toString());
        assertEquals("Could not export to " + file.toAbsolutePath() + ": the folder " + file.getParent().toAbsolutePath()
                + " does not exist", vm.messageProperty().get());
        assertTrue(vm.messageIsErrorProperty().get());
        assertFalse(vm.exportingProperty().get());
        assertTrue(vm.canExportBinding().get(), "the analyst can try again");
    }

    @Test
    void exportAsksForTheFileOfTheChosenFormat() throws Exception {
        List<Format> asked = new ArrayList<>();
        Path file = dir.resolve("figure.svg");
        ExportDialogViewModel vm = new ExportDialogViewModel(small(), Start.NONE, f -> {
            asked.add(f);
            return Optional.of(file);
        }, fx, 0);
        made.add(vm);
        vm.formatProperty().set(Format.SVG);
        await(vm.export().orElseThrow());
        assertEquals(List.of(Format.SVG), asked);
        assertTrue(Files.readString(file).contains("<svg"));

        ExportDialogViewModel cancelled = vm(small(), Start.NONE);
        assertTrue(cancelled.export().isEmpty(), "the chooser was cancelled: nothing happens");
        assertEquals("", cancelled.messageProperty().get());
    }

    @Test
    void onlyOneExportRunsAtATime() throws Exception {
        ExportDialogViewModel vm = vm(small(), Start.NONE);
        CompletableFuture<Path> first = vm.exportTo(dir.resolve("a.png"));
        assertTrue(vm.exportingProperty().get());
        assertFalse(vm.canExportBinding().get());
        CompletableFuture<Path> second = vm.exportTo(dir.resolve("b.png"));
        assertTrue(second.isCompletedExceptionally());
        await(first);
        assertFalse(Files.exists(dir.resolve("b.png")));
    }

    @Test
    void anExportStartedBeforeTheDialogClosesStillWritesItsFile() throws Exception {
        ExportDialogViewModel vm = vm(small(), Start.NONE);
        Path file = dir.resolve("late.pdf");
        vm.formatProperty().set(Format.PDF);
        CompletableFuture<Path> done = vm.exportTo(file);
        vm.dispose();
        assertEquals(file.toAbsolutePath(), await(done));
        assertTrue(Files.size(file) > 0);
        assertNotNull(vm.request());
    }
}
