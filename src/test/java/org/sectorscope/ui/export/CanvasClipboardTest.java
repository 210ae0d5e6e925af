package org.sectorscope.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sectorscope.export.ExportRequest;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.ProjectStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.sectorscope.ui.RobotFixtures;

/** Copying the canvas figure: the system clipboard (Monocle's, in-process) then holds the image at scale 2. */
@ExtendWith(ApplicationExtension.class)
class CanvasClipboardTest {
    @Start
    void start(Stage stage) {
        RobotFixtures.showOwner(stage);
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, future::isDone);
        return future.get();
    }

    @Test
    void theClipboardHoldsTheCanvasFigureAtScaleTwo(FxRobot robot) throws Exception {
        Project sample = ProjectStore.loadSample();
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        AtomicReference<CompletableFuture<Image>> copy = new AtomicReference<>();
        robot.interact(() -> copy.set(CanvasClipboard.copy(null, sample)));
        Image copied = await(copy.get());
        assertEquals(2400, copied.getWidth());
        assertEquals(1600, copied.getHeight());

        AtomicReference<Image> onClipboard = new AtomicReference<>();
        AtomicReference<Boolean> hasImage = new AtomicReference<>();
        robot.interact(() -> {
            hasImage.set(Clipboard.getSystemClipboard().hasContent(DataFormat.IMAGE));
            onClipboard.set(Clipboard.getSystemClipboard().getImage());
        });
        assertTrue(hasImage.get(), "the clipboard has an image");
        assertNotNull(onClipboard.get());
        assertEquals(2400, onClipboard.get().getWidth());
        assertEquals(1600, onClipboard.get().getHeight());
        // White, not transparent: pasted into a document it must not turn black.
        assertEquals(1.0, onClipboard.get().getPixelReader().getColor(2, 2).getOpacity());
    }

    @Test
    void theImageIsMadeOffTheFxThreadAndHandedOverOnIt() throws Exception {
        Project small = TestProjects.small();
        AtomicReference<Boolean> renderedOnFx = new AtomicReference<>();
        AtomicReference<Boolean> handedOnFx = new AtomicReference<>();
        AtomicReference<Image> sink = new AtomicReference<>();
        ExportRequest request = ExportRequest.defaults(small, ExportRequest.Format.SVG).withSize(800, 500)
                .withArrowsOptionId(TestProjects.SUBSIDY);
        CompletableFuture<Image> done = CanvasClipboard.copy(null, small, request, image -> {
            handedOnFx.set(Platform.isFxApplicationThread());
            sink.set(image);
        }, r -> new Thread(() -> {
            renderedOnFx.set(Platform.isFxApplicationThread());
            r.run();
        }).start(), Platform::runLater);
        Image image = await(done);
        assertFalse(renderedOnFx.get());
        assertTrue(handedOnFx.get());
        assertSame(image, sink.get());
        assertEquals(1600, image.getWidth(), "the request's size at scale 2");
        assertEquals(1000, image.getHeight());
    }

    @Test
    void aFigureThatCannotBeDrawnFailsTheCopy() throws Exception {
        Project small = TestProjects.small();
        CompletableFuture<Image> done = CanvasClipboard.copy(null, small, "opt-gone");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, done::isDone);
        ExecutionException e = assertThrows(ExecutionException.class, done::get);
        assertEquals("the project has no policy option with id opt-gone", e.getCause().getMessage());
        assertTrue(List.of(IllegalArgumentException.class).contains(e.getCause().getClass()));
    }
}
