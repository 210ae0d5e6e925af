package org.sectorscope.ui.export;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.sectorscope.export.ExportRequest;
import org.sectorscope.export.ExportRequest.Format;
import org.sectorscope.export.Figure;
import org.sectorscope.export.Figures;
import org.sectorscope.export.PdfExporter;
import org.sectorscope.export.PngExporter;
import org.sectorscope.model.Project;

/**
 * Renders the export preview at scale 1 on a background thread of its own, a debounce after the last
 * change, and drops a result that is no longer current. Scheduled from the FX thread, which {@code fx}
 * stands for; results and failures come back through it.
 */
final class PreviewScheduler {
    private final Executor fx;
    private final ScheduledThreadPoolExecutor renderThread;
    private final long debounceMillis;
    /** Says on the FX thread why a figure could not be drawn after all. */
    private final Consumer<String> onProblem;

    private final ReadOnlyObjectWrapper<ExportPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyBooleanWrapper pending = new ReadOnlyBooleanWrapper(this, "previewPending");
    private final ReadOnlyStringWrapper size = new ReadOnlyStringWrapper(this, "size", "");

    /** Bumped on the FX thread at every change; a preview rendered for an older value is dropped. */
    private final AtomicLong generation = new AtomicLong();
    private ScheduledFuture<?> pendingRender;
    private boolean disposed;

    /**
     * @param renderThread the one thread previews are rendered on, owned from now on (see
     *                     {@link #newRenderThread()})
     */
    PreviewScheduler(Executor fx, ScheduledThreadPoolExecutor renderThread, long debounceMillis,
                     Consumer<String> onProblem) {
        this.fx = Objects.requireNonNull(fx, "fx");
        this.renderThread = Objects.requireNonNull(renderThread, "renderThread");
        this.debounceMillis = Math.max(0, debounceMillis);
        this.onProblem = Objects.requireNonNull(onProblem, "onProblem");
        renderThread.setRemoveOnCancelPolicy(true);
    }

    /** A daemon thread: an unfinished preview is not worth keeping the application alive for. */
    static ScheduledThreadPoolExecutor newRenderThread() {
        return new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "sectorscope-export-preview");
            t.setDaemon(true);
            return t;
        });
    }

    /** Renders {@code next} of {@code project} after the debounce, or clears the preview for null. */
    void schedule(Project project, ExportRequest next) {
        long gen = generation.incrementAndGet();
        if (pendingRender != null) {
            pendingRender.cancel(false);
            pendingRender = null;
        }
        if (next == null || disposed) {
            preview.set(null); // an old picture would no longer be what Export writes
            pending.set(false);
            size.set("");
            return;
        }
        pending.set(true);
        pendingRender = renderThread.schedule(() -> render(gen, project, next), debounceMillis,
                TimeUnit.MILLISECONDS);
    }

    /** On the render thread. */
    private void render(long gen, Project project, ExportRequest r) {
        if (gen != generation.get()) {
            return; // something changed while this waited; a newer render is on its way
        }
        try {
            Figure figure = Figures.of(project, r);
            String words = ExportSizeText.of(r, figure);
            // A PDF of a long table has many pages; the preview is the first, not one image of them all.
            BufferedImage image = PngExporter.render(r.format() == Format.PDF
                    ? PdfExporter.pages(r.page(), figure).get(0) : figure, 1);
            fx.execute(() -> {
                if (gen == generation.get()) {
                    preview.set(new ExportPreview(image, words, r));
                    size.set(words);
                    pending.set(false);
                }
            });
        } catch (RuntimeException | OutOfMemoryError e) {
            String why = e instanceof IllegalArgumentException ? ProblemSentence.of(e.getMessage())
                    : "The preview could not be drawn: " + e;
            fx.execute(() -> {
                if (gen == generation.get()) {
                    preview.set(null);
                    size.set("");
                    onProblem.accept(why);
                    pending.set(false);
                }
            });
        }
    }

    /** Stops previewing for good: nothing scheduled is rendered, nothing rendered is shown. */
    void dispose() {
        disposed = true;
        generation.incrementAndGet();
        if (pendingRender != null) {
            pendingRender.cancel(false);
        }
        renderThread.shutdownNow();
    }

    ReadOnlyObjectProperty<ExportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    ReadOnlyStringProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }
}
