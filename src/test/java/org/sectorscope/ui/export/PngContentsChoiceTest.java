package org.sectorscope.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.export.ExportRequest.Format;
import org.sectorscope.export.PngProjectChunk;
import org.sectorscope.export.ProjectEmbedding;
import org.sectorscope.export.SvgProjectMetadata;
import org.sectorscope.model.Project;
import org.sectorscope.model.ProjectInfo;
import org.sectorscope.model.Source;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;

/**
 * Issue 12, point 12 in the export dialog: it says the PNG carries the project, with a box on by default
 * (an editable image), off for the figure only, and the notes and local paths can be left out.
 */
class PngContentsChoiceTest {
    @TempDir
    Path dir;
    private final LinkedBlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();
    private ExportDialogViewModel vm;

    @AfterEach
    void dispose() {
        if (vm != null) {
            vm.dispose();
        }
    }

    private static Project withNotesAndAPath() {
        Project p = TestProjects.small();
        ProjectInfo i = p.info();
        p = p.withInfo(new ProjectInfo(i.id(), i.title(), i.subtitle(), i.author(), i.sourceLine(), "Private.",
                i.extras()));
        Source k = p.source(TestProjects.KENNEDY).orElseThrow();
        return p.withSources(List.of(new Source(k.id(), k.author(), k.title(), k.container(), k.publisher(),
                k.date(), k.url(), k.chapter(), k.pages(), "/home/me/k.pdf", k.extras()), p.sources().get(1)));
    }

    private Path export(String name) throws Exception {
        CompletableFuture<Path> done = vm.exportTo(dir.resolve(name));
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!done.isDone()) {
            Runnable r = fxQueue.poll(50, TimeUnit.MILLISECONDS);
            if (r != null) {
                r.run();
            }
            assertTrue(System.nanoTime() < end, "the export took too long");
        }
        return done.get();
    }

    @Test
    void anEditableImageIsTheDefaultAndTheDialogSaysWhatItCarries() throws Exception {
        ProjectSession session = new ProjectSession(withNotesAndAPath(), null, "p");
        vm = new ExportDialogViewModel(session, ExportDialogViewModel.Start.NONE, f -> Optional.empty(),
                fxQueue::add, 0);
        PngContentsChoice png = vm.pngContents();
        assertTrue(png.editableProperty().get(), "on by default");
        assertEquals(ProjectEmbedding.FULL, png.embedding());
        int notes = ProjectEmbedding.noteCount(session.project());
        assertEquals("The image carries the whole project (4 sectors, 5 evidence items, " + notes + " notes, 1 local "
                + "file path): anyone you send it to can open it in Sectorscope and read that.",
                png.summaryBinding().get());
        assertEquals(session.project(), PngProjectChunk.read(export("whole.png")).orElseThrow());

        png.leaveOutNotesProperty().set(true);
        png.leaveOutPathsProperty().set(true);
        assertEquals("The image carries the project without notes or local file paths (4 sectors, 5 evidence "
                + "items): anyone you send it to can open it in Sectorscope and read that. Left out: " + notes
                + " notes and 1 local file path, and fields this version does not know.", png.summaryBinding().get());
        Project carried = PngProjectChunk.read(export("shared.png")).orElseThrow();
        assertNull(carried.info().notes());
        assertNull(carried.source(TestProjects.KENNEDY).orElseThrow().file());
        // An SVG from the dialog carries what the same choice puts in a PNG.
        vm.formatProperty().set(Format.SVG);
        assertEquals(Optional.of(carried), SvgProjectMetadata.read(export("shared.svg")));
        vm.formatProperty().set(Format.PNG);

        png.editableProperty().set(false);
        assertEquals(ProjectEmbedding.FIGURE_ONLY, png.embedding());
        assertTrue(png.summaryBinding().get().startsWith("Figure only: the image carries the picture and nothing "
                + "else"), png.summaryBinding().get());
        assertEquals(Optional.empty(), PngProjectChunk.read(export("figure.png")));
    }

    @Test
    void theSummaryFollowsTheProject() {
        ProjectSession session = new ProjectSession(TestProjects.small(), null, "p");
        vm = new ExportDialogViewModel(session, ExportDialogViewModel.Start.NONE, f -> Optional.empty(),
                fxQueue::add, 0);
        String before = vm.pngContents().summaryBinding().get();
        assertTrue(before.contains("0 local file paths"), before);
        session.open(withNotesAndAPath(), null, "p");
        assertTrue(vm.pngContents().summaryBinding().get().contains("1 local file path)"),
                vm.pngContents().summaryBinding().get());
        assertFalse(vm.request().format() != Format.PNG, "PNG is the dialog's first format");
    }
}
