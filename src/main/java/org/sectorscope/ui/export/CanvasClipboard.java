package org.sectorscope.ui.export;

import java.awt.image.BufferedImage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.stage.Window;
import org.sectorscope.export.ExportRequest;
import org.sectorscope.export.Figures;
import org.sectorscope.export.PngExporter;
import org.sectorscope.logic.AnalystView;
import org.sectorscope.model.Project;
import org.sectorscope.ui.common.WindowSetup;

/**
 * Copies the canvas figure to the system clipboard as an image, for pasting into a document or a slide:
 * drawn by the export renderer (the light print style, the project's texts) at scale 2, off the FX
 * thread; the clipboard is then set on the FX thread.
 */
public final class CanvasClipboard {
    /** Pixels per unit: 2400 x 1600 for the usual 1200 x 800 figure, sharp on a high-density screen. */
    public static final int SCALE = 2;

    private static final ExecutorService RENDER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sectorscope-clipboard");
        t.setDaemon(true);
        return t;
    });

    private CanvasClipboard() {
    }

    /** The canvas figure with the export defaults: every placed sector, confidence marks, no arrows. */
    public static CompletableFuture<Image> copy(Window owner, Project project) {
        return copy(owner, project, ExportRequest.defaults(project, ExportRequest.Format.PNG));
    }

    /** As {@link #copy(Window, Project)}, with the arrows and target outlines of an option (null for none). */
    public static CompletableFuture<Image> copy(Window owner, Project project, String arrowsOptionId) {
        return copy(owner, project, ExportRequest.defaults(project, ExportRequest.Format.PNG)
                .withArrowsOptionId(arrowsOptionId));
    }

    /** As above, the sectors placed as the canvas shows them ({@code analysts}: the consensus, one analyst's). */
    public static CompletableFuture<Image> copy(Window owner, Project project, String arrowsOptionId,
                                                AnalystView analysts) {
        return copy(owner, project, ExportRequest.defaults(project, ExportRequest.Format.PNG)
                .withArrowsOptionId(arrowsOptionId), analysts, CanvasClipboard::toSystemClipboard, RENDER,
                Platform::runLater);
    }

    /**
     * Copies the figure {@code request} describes, drawn at {@link #SCALE} whatever its own scale. The
     * future completes on the FX thread with the image once the clipboard holds it; when it cannot be
     * drawn, the future fails and, with an {@code owner}, an alert says why.
     */
    public static CompletableFuture<Image> copy(Window owner, Project project, ExportRequest request) {
        return copy(owner, project, request, CanvasClipboard::toSystemClipboard, RENDER, Platform::runLater);
    }

    /** As above, handing the image to {@code sink} on {@code fx} instead of the system clipboard. */
    static CompletableFuture<Image> copy(Window owner, Project project, ExportRequest request, Consumer<Image> sink,
                                         Executor background, Executor fx) {
        return copy(owner, project, request, AnalystView.OWN, sink, background, fx);
    }

    static CompletableFuture<Image> copy(Window owner, Project project, ExportRequest request, AnalystView analysts,
                                         Consumer<Image> sink, Executor background, Executor fx) {
        ExportRequest r = request.withFormat(ExportRequest.Format.PNG).withScale(SCALE);
        CompletableFuture<Image> done = new CompletableFuture<>();
        background.execute(() -> {
            try {
                BufferedImage image = PngExporter.render(Figures.of(project, r, analysts), SCALE);
                // An Image may be made on any thread; only the clipboard needs the FX thread.
                Image fxImage = SwingFXUtils.toFXImage(image, null);
                fx.execute(() -> {
                    try {
                        sink.accept(fxImage);
                        done.complete(fxImage);
                    } catch (RuntimeException e) {
                        fail(owner, done, e);
                    }
                });
            } catch (RuntimeException | OutOfMemoryError e) {
                fx.execute(() -> fail(owner, done, e));
            }
        });
        return done;
    }

    private static void toSystemClipboard(Image image) {
        ClipboardContent content = new ClipboardContent();
        content.put(DataFormat.IMAGE, image);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static void fail(Window owner, CompletableFuture<Image> done, Throwable e) {
        if (owner != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            WindowSetup.initDialog(alert, owner);
            alert.setTitle("Copy Canvas");
            alert.setHeaderText("The canvas could not be copied.");
            String why = e instanceof OutOfMemoryError ? "not enough memory for an image this large" : e.getMessage();
            alert.setContentText(why == null ? e.toString() : why);
            alert.show();
        }
        done.completeExceptionally(e);
    }
}
