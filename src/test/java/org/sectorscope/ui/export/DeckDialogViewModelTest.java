package org.sectorscope.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.export.ExportRequest.Format;
import org.sectorscope.model.DeckSection;
import org.sectorscope.model.DeckSections;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;

/**
 * The briefing deck dialog without a screen: the sections it starts from and saves (one undo step), the
 * format and the slides' shape, the file asked for, and the export's progress. The test thread is the
 * view model's "FX thread" and drains {@link #fx}.
 */
class DeckDialogViewModelTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final LinkedBlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();
    private final Executor fx = fxQueue::add;
    private final List<DeckDialogViewModel> made = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void dispose() {
        made.forEach(DeckDialogViewModel::dispose);
    }

    private DeckDialogViewModel vm(ProjectSession session, java.util.function.Function<Format, Optional<Path>> files) {
        DeckDialogViewModel vm = new DeckDialogViewModel(session, files, fx);
        made.add(vm);
        return vm;
    }

    private static ProjectSession small() {
        return new ProjectSession(TestProjects.small(), null, "small.sectorscope.json");
    }

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

    private <T> T await(CompletableFuture<T> future) throws Exception {
        until(future::isDone, "the export");
        return future.get();
    }

    private static List<String> titles(Path pptx) throws Exception {
        try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(pptx))) {
            return show.getSlides().stream().map(XSLFSlide::getTitle).toList();
        }
    }

    @Test
    void itStartsFromTheProjectsSectionsAndNeedsOne() {
        ProjectSession session = new ProjectSession(TestProjects.small().withDeck(DeckSections.of(
                List.of(DeckSection.FIGURE, DeckSection.SOURCES))), null, "small");
        DeckDialogViewModel vm = vm(session, f -> Optional.empty());
        assertEquals(List.of(DeckSection.FIGURE, DeckSection.SOURCES), vm.chosen());
        assertTrue(vm.sectionProperty(DeckSection.SOURCES).get());
        assertFalse(vm.sectionProperty(DeckSection.TITLE).get());
        assertEquals(Format.DECK, vm.request().format());
        assertTrue(vm.canExportBinding().get());
        vm.sectionProperty(DeckSection.FIGURE).set(false);
        vm.sectionProperty(DeckSection.SOURCES).set(false);
        assertEquals("Choose at least one section.", vm.problemBinding().get());
        assertFalse(vm.canExportBinding().get());
        assertTrue(vm.export().isEmpty(), "nothing to export");
        assertTrue(vm.exportTo(dir.resolve("none.pptx")).isCompletedExceptionally());
        assertFalse(Files.exists(dir.resolve("none.pptx")));
    }

    @Test
    void exportSavesTheChoiceAsOneUndoStepAndWritesThoseSections() throws Exception {
        ProjectSession session = small();
        DeckDialogViewModel vm = vm(session, f -> Optional.empty());
        assertEquals(EnumSet.allOf(DeckSection.class), EnumSet.copyOf(vm.chosen()));
        vm.sectionProperty(DeckSection.TITLE).set(false);
        vm.sectionProperty(DeckSection.FIGURE).set(false);
        vm.sectionProperty(DeckSection.QUADRANTS).set(false);
        vm.sectionProperty(DeckSection.OPTIONS).set(false);
        List<Double> progress = new ArrayList<>();
        vm.progressProperty().addListener((obs, old, now) -> progress.add(now.doubleValue()));
        Path file = dir.resolve("deck.pptx");
        assertEquals(file.toAbsolutePath(), await(vm.exportTo(file)));
        assertEquals(List.of("What would change the ranking", "Sources"), titles(file));
        assertEquals(DeckSections.of(List.of(DeckSection.SENSITIVITY, DeckSection.SOURCES)), session.project().deck());
        assertTrue(session.isDirty());
        assertEquals("Undo Choose the briefing deck's sections", session.undoTextProperty().get());
        assertEquals("Exported to " + file.toAbsolutePath(), vm.messageProperty().get());
        assertFalse(vm.messageIsErrorProperty().get());
        assertEquals(1.0, progress.get(progress.size() - 1));
        assertTrue(progress.size() >= 2, "progress along the way: " + progress);

        await(vm.exportTo(dir.resolve("again.pptx")));
        session.undo();
        assertEquals(DeckSections.ALL, session.project().deck());
        assertFalse(session.canUndoProperty().get(), "the same choice again is no second step");
        assertEquals(EnumSet.allOf(DeckSection.class), EnumSet.copyOf(vm.chosen()), "the boxes follow the undo");
    }

    @Test
    void aPdfOfFourByThreeSlidesInTheFileAskedFor() throws Exception {
        List<Format> asked = new ArrayList<>();
        Path file = dir.resolve("deck.pdf");
        DeckDialogViewModel vm = vm(small(), f -> {
            asked.add(f);
            return Optional.of(file);
        });
        vm.formatProperty().set(Format.DECK_PDF);
        vm.slidesProperty().set(DeckDialogViewModel.Slides.STANDARD);
        assertEquals(1440, vm.request().width());
        await(vm.export().orElseThrow());
        assertEquals(List.of(Format.DECK_PDF), asked);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertEquals(720, doc.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals(540, doc.getPage(0).getMediaBox().getHeight(), 0.01);
            assertTrue(doc.getNumberOfPages() >= DeckSection.values().length);
        }
        DeckDialogViewModel cancelled = vm(small(), f -> Optional.empty());
        assertTrue(cancelled.export().isEmpty(), "the chooser was cancelled: nothing happens");
        assertEquals("", cancelled.messageProperty().get());
    }

    @Test
    void aFailedExportSaysWhyAndLetsTheAnalystTryAgain() throws Exception {
        DeckDialogViewModel vm = vm(small(), f -> Optional.empty());
        Path file = dir.resolve("no-such-folder").resolve("deck.pptx");
        CompletableFuture<Path> done = vm.exportTo(file);
        until(done::isDone, "the export");
        assertTrue(done.isCompletedExceptionally());
        assertTrue(vm.messageProperty().get().startsWith("Could not export to " + file.toAbsolutePath()),
                vm.messageProperty().get());
        assertTrue(vm.messageIsErrorProperty().get());
        assertTrue(vm.canExportBinding().get());
    }
}
