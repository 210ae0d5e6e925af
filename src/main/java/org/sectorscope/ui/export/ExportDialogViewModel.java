package org.sectorscope.ui.export;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.sectorscope.command.EditProjectInfoCommand;
import org.sectorscope.export.ExportException;
import org.sectorscope.export.ExportRequest;
import org.sectorscope.export.FigureRenderer;
import org.sectorscope.logic.FigureCredits;
import org.sectorscope.export.ExportRequest.Background;
import org.sectorscope.export.ExportRequest.Format;
import org.sectorscope.export.ExportRequest.Page;
import org.sectorscope.export.ExportRequest.View;
import org.sectorscope.export.Exporter;
import org.sectorscope.export.Figure;
import org.sectorscope.export.Figures;
import org.sectorscope.export.PdfExporter;
import org.sectorscope.export.PngExporter;
import org.sectorscope.export.ProjectEmbedding;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TextLimit;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.session.SelectionModel;
import org.sectorscope.store.AtomicFileWriter;
import org.sectorscope.store.ProjectFileGuard;

/**
 * The export dialog's state: what to draw, its texts and the file format, turned into one
 * {@link ExportRequest} that both the preview and the export use, so the preview shows what will be
 * written. The preview is rendered at scale 1 on a background thread of its own, 150 ms after the last
 * change, and a result that is no longer current is dropped. An export runs on a thread of its own
 * (not a daemon, so quitting waits for the file) and finishes even when the dialog is closed.
 *
 * <p>Used on the FX thread, which {@code fx} stands for (in tests, any thread that drains it).
 */
public final class ExportDialogViewModel {
    /**
     * What the window had selected when the dialog opened.
     *
     * @param selectedSectorIds the selected sectors, in selection order (empty for none)
     * @param filteredSectorIds the sectors the Sectors pane's filter shows, or null when no filter is on
     * @param selectedOptionId  the selected policy option (its arrows can be drawn), or null
     * @param compareOptionIds  the policy options selected for a comparison (2 to 4 make one), may be empty
     */
    public record Start(List<String> selectedSectorIds, List<String> filteredSectorIds, String selectedOptionId,
                        List<String> compareOptionIds) {
        /** Nothing selected, no filter. */
        public static final Start NONE = new Start(List.of(), null, null, List.of());

        public Start {
            selectedSectorIds = selectedSectorIds == null ? List.of() : List.copyOf(selectedSectorIds);
            filteredSectorIds = filteredSectorIds == null ? null : List.copyOf(filteredSectorIds);
            compareOptionIds = compareOptionIds == null ? List.of() : List.copyOf(compareOptionIds);
        }

        /** The shared selection's sectors and option; no filter and nothing to compare. */
        public static Start of(SelectionModel selection) {
            return new Start(List.copyOf(selection.sectorIds()), null, selection.optionId(), List.of());
        }
    }

    /** Which sectors the canvas figure draws. */
    public enum Sectors { ALL, SELECTED, FILTERED }

    /**
     * A rendered preview: the figure at scale 1, the size or page of the file in words ("PNG, 2400 x 1600
     * px", "PDF, Letter landscape"), and the request it was rendered from.
     */
    public record Preview(BufferedImage image, String size, ExportRequest request) {
    }

    /** How long the preview waits for the analyst to stop changing things. */
    public static final long DEBOUNCE_MILLIS = 150;

    private final ProjectSession session;
    private final Start start;
    private final Function<Format, Optional<Path>> chooseFile;
    private final Executor fx;
    private final long debounceMillis;
    private final ScheduledThreadPoolExecutor previews;

    private final ObjectProperty<View> view = new SimpleObjectProperty<>(this, "view", View.CANVAS);
    private final ObjectProperty<Sectors> sectors = new SimpleObjectProperty<>(this, "sectors", Sectors.ALL);
    private final BooleanProperty confidenceMarks = new SimpleBooleanProperty(this, "confidenceMarks", true);
    private final BooleanProperty arrows = new SimpleBooleanProperty(this, "arrows");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty subtitle = new SimpleStringProperty(this, "subtitle", "");
    private final StringProperty sourceLine = new SimpleStringProperty(this, "sourceLine", "");
    /** The line the figure gets when the analyst writes none: composed from who placed the sectors shown. */
    private final ReadOnlyStringWrapper composedSourceLine = new ReadOnlyStringWrapper(this, "composedSourceLine", "");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ObjectProperty<Format> format = new SimpleObjectProperty<>(this, "format", Format.PNG);
    private final ObjectProperty<Integer> scale = new SimpleObjectProperty<>(this, "scale", 1);
    private final ObjectProperty<Background> background = new SimpleObjectProperty<>(this, "background",
            Background.WHITE);
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(this, "page", Page.FIT);
    private final PngContentsChoice pngContents;

    private final ReadOnlyBooleanWrapper canvasChoices = new ReadOnlyBooleanWrapper(this, "canvasChoices", true);
    private final ReadOnlyObjectWrapper<ExportRequest> request = new ReadOnlyObjectWrapper<>(this, "request");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyBooleanWrapper previewPending = new ReadOnlyBooleanWrapper(this, "previewPending");
    private final ReadOnlyStringWrapper size = new ReadOnlyStringWrapper(this, "size", "");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError");
    private final BooleanBinding canExport;

    /** Bumped on the FX thread at every change; a preview rendered for an older value is dropped. */
    private final AtomicLong generation = new AtomicLong();
    private ScheduledFuture<?> pendingPreview;
    private boolean disposed;
    /** Redraws the preview after an edit or undo of the project; removed on {@link #dispose()}. */
    private final ChangeListener<Project> projectChanged = (obs, old, now) -> changed();

    private final boolean compareAvailable;
    private final boolean selectedAvailable;
    private final boolean filteredAvailable;
    private final String arrowsOptionName;

    /** On the FX thread, with the usual debounce. */
    public ExportDialogViewModel(ProjectSession session, Start start, Function<Format, Optional<Path>> chooseFile) {
        this(session, start, chooseFile, Platform::runLater, DEBOUNCE_MILLIS);
    }

    /**
     * @param chooseFile asks where to write a file of the format; empty when the analyst cancels
     * @param fx         runs work on the thread this view model is used on (the FX thread)
     */
    public ExportDialogViewModel(ProjectSession session, Start start, Function<Format, Optional<Path>> chooseFile,
                                 Executor fx, long debounceMillis) {
        this.session = Objects.requireNonNull(session, "session");
        this.start = start == null ? Start.NONE : start;
        this.chooseFile = chooseFile == null ? f -> Optional.empty() : chooseFile;
        this.fx = Objects.requireNonNull(fx, "fx");
        this.debounceMillis = Math.max(0, debounceMillis);
        this.pngContents = new PngContentsChoice(session);
        this.previews = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "sectorscope-export-preview");
            t.setDaemon(true);
            return t;
        });
        previews.setRemoveOnCancelPolicy(true);

        Project project = session.project();
        compareAvailable = validCompare(project, this.start.compareOptionIds());
        selectedAvailable = !this.start.selectedSectorIds().isEmpty();
        filteredAvailable = this.start.filteredSectorIds() != null;
        arrowsOptionName = this.start.selectedOptionId() == null ? null
                : project.option(this.start.selectedOptionId()).map(PolicyOption::name).orElse(null);
        // The canvas shows the selected option's targets and moves; so does the figure, unless turned off.
        arrows.set(arrowsOptionName != null);
        title.set(project.info().title());
        subtitle.set(nullToEmpty(project.info().subtitle()));
        sourceLine.set(nullToEmpty(project.info().sourceLine()));
        date.set(LocalDate.now());

        canExport = Bindings.createBooleanBinding(() -> request.get() != null && problem.get().isEmpty()
                && !exporting.get(), request, problem, exporting);
        canvasChoices.bind(view.isEqualTo(View.CANVAS));

        ChangeListener<Object> changed = (obs, old, now) -> changed();
        for (ObservableValue<?> p : List.<ObservableValue<?>>of(view, sectors, confidenceMarks, arrows, title,
                subtitle, sourceLine, date, format, scale, background, page)) {
            p.addListener(changed);
        }
        session.projectProperty().addListener(projectChanged);
        changed();
    }

    private static boolean validCompare(Project project, List<String> ids) {
        return ids.size() >= 2 && ids.size() <= 4 && Set.copyOf(ids).size() == ids.size()
                && ids.stream().allMatch(id -> project.option(id).isPresent());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    // ---- the request ----

    /** Rebuilds the request and schedules its preview; on the FX thread. */
    private void changed() {
        ExportRequest next = null;
        String why;
        try {
            why = check();
            if (why.isEmpty()) {
                next = build(session.project());
            }
        } catch (IllegalArgumentException e) {
            why = capitalise(e.getMessage());
        }
        request.set(next);
        problem.set(why);
        composedSourceLine.set(view.get() != View.CANVAS || !why.isEmpty() ? ""
                : nullToEmpty(FigureCredits.composed(session.project(), FigureRenderer.included(session.project(), sectorIds()))));
        schedulePreview(next);
    }

    /** What keeps the choices from making a figure, or "". */
    private String check() {
        if (title.get() == null || title.get().isBlank()) {
            return "The figure needs a title.";
        }
        if (view.get() == View.COMPARE && !compareAvailable) {
            return "Select 2 to 4 policy options in the Policy options pane to compare them.";
        }
        if (view.get() == View.CANVAS && sectors.get() == Sectors.SELECTED && !selectedAvailable) {
            return "No sectors are selected.";
        }
        if (view.get() == View.CANVAS && sectors.get() == Sectors.FILTERED && !filteredAvailable) {
            return "The Sectors pane has no filter on.";
        }
        return "";
    }

    private ExportRequest build(Project project) {
        Format f = format.get();
        ExportRequest r = ExportRequest.defaults(project, f)
                .withTitle(title.get().strip())
                .withSubtitle(strip(subtitle.get()))
                .withSourceLine(strip(sourceLine.get()))
                .withDate(date.get());
        r = switch (view.get()) {
            case CANVAS -> r.withSectorIds(sectorIds())
                    .withConfidenceMarks(confidenceMarks.get())
                    .withArrowsOptionId(arrows.get() && arrowsOptionName != null ? start.selectedOptionId() : null);
            case OPTIONS -> r.withView(View.OPTIONS);
            case COMPARE -> r.withCompare(start.compareOptionIds());
        };
        if (f == Format.PNG) {
            r = r.withScale(scale.get()).withBackground(background.get());
        }
        if (f == Format.PDF) {
            r = r.withPage(page.get());
        }
        return r;
    }

    private List<String> sectorIds() {
        return switch (sectors.get()) {
            case ALL -> null;
            case SELECTED -> start.selectedSectorIds();
            case FILTERED -> start.filteredSectorIds();
        };
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String capitalise(String s) {
        if (s == null || s.isEmpty()) {
            return "This figure cannot be drawn.";
        }
        String first = s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
        return first.endsWith(".") ? first : first + ".";
    }

    // ---- the preview ----

    private void schedulePreview(ExportRequest next) {
        long gen = generation.incrementAndGet();
        if (pendingPreview != null) {
            pendingPreview.cancel(false);
            pendingPreview = null;
        }
        if (next == null || disposed) {
            preview.set(null); // an old picture would no longer be what Export writes
            previewPending.set(false);
            size.set("");
            return;
        }
        previewPending.set(true);
        Project snapshot = session.project();
        pendingPreview = previews.schedule(() -> render(gen, snapshot, next), debounceMillis, TimeUnit.MILLISECONDS);
    }

    /** On the preview thread. */
    private void render(long gen, Project project, ExportRequest r) {
        if (gen != generation.get()) {
            return; // something changed while this waited; a newer render is on its way
        }
        try {
            Figure figure = Figures.of(project, r);
            String words = sizeText(r, figure);
            // A PDF of a long table has many pages; the preview is the first, not one image of them all.
            BufferedImage image = PngExporter.render(r.format() == Format.PDF
                    ? PdfExporter.pages(r.page(), figure).get(0) : figure, 1);
            fx.execute(() -> {
                if (gen == generation.get()) {
                    preview.set(new Preview(image, words, r));
                    size.set(words);
                    previewPending.set(false);
                }
            });
        } catch (RuntimeException | OutOfMemoryError e) {
            String why = e instanceof IllegalArgumentException ? capitalise(e.getMessage())
                    : "The preview could not be drawn: " + e;
            fx.execute(() -> {
                if (gen == generation.get()) {
                    preview.set(null);
                    size.set("");
                    problem.set(why);
                    previewPending.set(false);
                }
            });
        }
    }

    /** The file's size or page in words: "PNG, 2400 x 1600 px", "PDF, Letter landscape". */
    static String sizeText(ExportRequest r, Figure figure) {
        int w = figure.width();
        int h = figure.height();
        return switch (r.format()) {
            case PNG -> "PNG, " + w * r.scale() + " x " + h * r.scale() + " px"
                    + (r.background() == Background.TRANSPARENT ? ", transparent background" : "");
            case SVG -> "SVG, " + w + " x " + h + " (vector, any size)";
            case PDF -> pdfSize(r, figure);
            case PPTX -> "PowerPoint slide, 16:9, picture " + w * r.scale() + " x " + h * r.scale() + " px";
        };
    }

    /** "PDF, 1200 x 800 pt", or for a long table "PDF, 3 pages 1200 pt wide (the preview shows the first)". */
    private static String pdfSize(ExportRequest r, Figure figure) {
        int pages = PdfExporter.pages(r.page(), figure).size();
        String many = String.format(Locale.ROOT, "%,d pages", pages);
        String first = pages == 1 ? "" : " (the preview shows the first)";
        return switch (r.page()) {
            case FIT -> pages == 1 ? "PDF, " + figure.width() + " x " + figure.height() + " pt"
                    : "PDF, " + many + " " + figure.width() + " pt wide" + first;
            case LETTER_LANDSCAPE -> "PDF, Letter landscape" + (pages == 1 ? "" : ", " + many) + first;
            case A4_LANDSCAPE -> "PDF, A4 landscape" + (pages == 1 ? "" : ", " + many) + first;
        };
    }

    // ---- export ----

    /**
     * Asks {@link #chooseFile} where to write and exports there; empty when nothing can be exported now or
     * the analyst cancelled the file choice.
     */
    public Optional<CompletableFuture<Path>> export() {
        if (!canExport.get()) {
            return Optional.empty();
        }
        return chooseFile.apply(format.get()).map(this::exportTo);
    }

    /**
     * Exports the current request to {@code file} on a thread of its own. Changed texts are first saved
     * into the project as one undoable {@link EditProjectInfoCommand}, so they are remembered for the next
     * export and the project embedded in a PNG carries them too. The future completes on the FX thread,
     * after {@link #messageProperty()} says where the file went or, failing with the
     * {@link ExportException}, what went wrong.
     */
    public CompletableFuture<Path> exportTo(Path file) {
        Objects.requireNonNull(file, "file");
        ExportRequest r = request.get();
        if (!canExport.get() || r == null) {
            String why = exporting.get() ? "An export is already running." : problem.get();
            return CompletableFuture.failedFuture(new IllegalStateException(why));
        }
        EditProjectInfoCommand.texts(session.project(), TextLimit.LINE.fit(title.get()),
                TextLimit.LINE.fit(subtitle.get()), TextLimit.LINE.fit(sourceLine.get()))
                .ifPresent(session::execute);
        Project snapshot = session.project();
        Path projectFile = session.file();
        ProjectEmbedding embedding = pngContents.embedding();
        Path target = file.toAbsolutePath();
        exporting.set(true);
        progress.set(0);
        messageIsError.set(false);
        message.set("Exporting to " + target + "\u2026");
        CompletableFuture<Path> done = new CompletableFuture<>();
        AtomicBoolean progressPosted = new AtomicBoolean();
        AtomicLong latest = new AtomicLong();
        Thread worker = new Thread(() -> {
            try {
                Optional<String> overwritesProject = ProjectFileGuard.refusal(projectFile, target);
                if (overwritesProject.isPresent()) {
                    throw new ExportException(target, "it " + overwritesProject.get() + "; choose another file");
                }
                boolean replacing = Files.isRegularFile(target);
                Exporter.export(snapshot, r, embedding, target, p -> {
                    latest.set(Double.doubleToLongBits(p));
                    if (progressPosted.compareAndSet(false, true)) { // one hop at a time; the latest value wins
                        fx.execute(() -> {
                            progressPosted.set(false);
                            progress.set(Double.longBitsToDouble(latest.get()));
                        });
                    }
                });
                fx.execute(() -> {
                    exporting.set(false);
                    progress.set(1);
                    messageIsError.set(false);
                    message.set("Exported to " + target + (replacing ? " (the file it replaced is kept as "
                            + AtomicFileWriter.backupOf(target).getFileName() + ")" : ""));
                    done.complete(target);
                });
            } catch (ExportException e) {
                failed(done, e, e.getMessage());
            } catch (RuntimeException | Error e) {
                failed(done, e, "Could not export to " + target + ": " + e);
            }
        }, "sectorscope-export");
        worker.setDaemon(false); // quitting waits for the file rather than leaving it unwritten
        worker.start();
        return done;
    }

    private void failed(CompletableFuture<Path> done, Throwable e, String text) {
        fx.execute(() -> {
            exporting.set(false);
            progress.set(0);
            messageIsError.set(true);
            message.set(text);
            done.completeExceptionally(e);
        });
    }

    /** Stops previewing (the dialog closed); an export that is running still finishes. */
    public void dispose() {
        disposed = true;
        session.projectProperty().removeListener(projectChanged);
        generation.incrementAndGet();
        if (pendingPreview != null) {
            pendingPreview.cancel(false);
        }
        previews.shutdownNow();
    }

    // ---- what the dialog offers ----

    public boolean compareAvailable() {
        return compareAvailable;
    }

    public boolean selectedAvailable() {
        return selectedAvailable;
    }

    public boolean filteredAvailable() {
        return filteredAvailable;
    }

    public boolean arrowsAvailable() {
        return arrowsOptionName != null;
    }

    public Start start() {
        return start;
    }

    public String compareLabel() {
        return compareAvailable ? "Comparison of the " + start.compareOptionIds().size() + " selected options"
                : "Comparison of the selected options (select 2 to 4)";
    }

    public String allSectorsLabel() {
        return "All sectors (" + placed(null) + ")";
    }

    public String selectedSectorsLabel() {
        return selectedAvailable ? "The selected sectors (" + placed(start.selectedSectorIds()) + ")"
                : "The selected sectors (none selected)";
    }

    public String filteredSectorsLabel() {
        return filteredAvailable ? "The sectors in the current filter (" + placed(start.filteredSectorIds()) + ")"
                : "The sectors in the current filter (no filter on)";
    }

    public String arrowsLabel() {
        return arrowsOptionName == null ? "Arrows of the selected option (none selected)"
                : "Arrows of the selected option: " + arrowsOptionName;
    }

    /** How many of these sectors (all for null) are placed, so drawn. */
    private long placed(List<String> ids) {
        Set<String> wanted = ids == null ? null : Set.copyOf(ids);
        return session.project().sectors().stream().filter(Sector::isPlaced)
                .filter(s -> wanted == null || wanted.contains(s.id())).count();
    }

    // ---- properties ----

    public ObjectProperty<View> viewProperty() {
        return view;
    }

    public ObjectProperty<Sectors> sectorsProperty() {
        return sectors;
    }

    public BooleanProperty confidenceMarksProperty() {
        return confidenceMarks;
    }

    public BooleanProperty arrowsProperty() {
        return arrows;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty subtitleProperty() {
        return subtitle;
    }

    public StringProperty sourceLineProperty() {
        return sourceLine;
    }

    /** What the figure says under it when the source line is left empty; empty for the option views. */
    public ReadOnlyStringProperty composedSourceLineProperty() {
        return composedSourceLine.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<Format> formatProperty() {
        return format;
    }

    /** Pixels per unit, 1 to 4; PNG only. */
    public ObjectProperty<Integer> scaleProperty() {
        return scale;
    }

    /** PNG only. */
    public ObjectProperty<Background> backgroundProperty() {
        return background;
    }

    /** PDF only. */
    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    /** PNG only: whether the image carries the project, and without what. */
    public PngContentsChoice pngContents() {
        return pngContents;
    }

    /** True while the view draws the canvas, whose sectors, marks and arrows can be chosen. */
    public ReadOnlyBooleanProperty canvasChoicesProperty() {
        return canvasChoices.getReadOnlyProperty();
    }

    /** What the preview renders and Export writes; null while {@link #problemProperty()} says why not. */
    public ReadOnlyObjectProperty<ExportRequest> requestProperty() {
        return request.getReadOnlyProperty();
    }

    public ExportRequest request() {
        return request.get();
    }

    /** Why nothing can be exported now, or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The latest preview, or null before the first one (or when the figure cannot be drawn). */
    public ReadOnlyObjectProperty<Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** True from a change until its preview is shown. */
    public ReadOnlyBooleanProperty previewPendingProperty() {
        return previewPending.getReadOnlyProperty();
    }

    /** The pixel size or page of the file, as {@link Preview#size()} of the latest preview. */
    public ReadOnlyStringProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** The running export's progress, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Where the last export was written, or what went wrong ("Could not export to ...: ..."). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public BooleanBinding canExportBinding() {
        return canExport;
    }
}
