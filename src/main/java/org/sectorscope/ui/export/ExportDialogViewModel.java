package org.sectorscope.ui.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.sectorscope.command.EditProjectInfoCommand;
import org.sectorscope.export.ExportException;
import org.sectorscope.export.ExportRequest;
import org.sectorscope.export.ExportRequest.Background;
import org.sectorscope.export.ExportRequest.Format;
import org.sectorscope.export.ExportRequest.Page;
import org.sectorscope.export.ExportRequest.View;
import org.sectorscope.export.SizePreset;
import org.sectorscope.model.Project;
import org.sectorscope.model.TextLimit;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.session.SelectionModel;

/**
 * The export dialog: the analyst's {@link ExportChoices}, turned into one {@link ExportRequest} that both
 * the preview ({@link PreviewScheduler}, off the FX thread, stale results dropped) and the export
 * ({@link ExportJob}, finishing even when the dialog is closed) use, so the preview shows what will be
 * written.
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

    /** How long the preview waits for the analyst to stop changing things. */
    public static final long DEBOUNCE_MILLIS = 150;

    private final ProjectSession session;
    private final Start start;
    private final Function<Format, Optional<Path>> chooseFile;
    private final ExportChoices choices;
    private final PngContentsChoice pngContents;
    private final PreviewScheduler previews;
    private final ExportJob job;

    private final BooleanBinding canExport;

    /** Redraws the preview after an edit or undo of the project; removed on {@link #dispose()}. */
    private final ChangeListener<Project> projectChanged = (obs, old, now) -> changed();

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
        this(session, start, chooseFile, fx, PreviewScheduler.newRenderThread(), debounceMillis);
    }

    /** @param renderThread where previews are rendered; a test can wait for it to finish */
    ExportDialogViewModel(ProjectSession session, Start start, Function<Format, Optional<Path>> chooseFile,
                          Executor fx, ScheduledThreadPoolExecutor renderThread, long debounceMillis) {
        this.session = Objects.requireNonNull(session, "session");
        this.start = start == null ? Start.NONE : start;
        this.chooseFile = chooseFile == null ? f -> Optional.empty() : chooseFile;
        Objects.requireNonNull(fx, "fx");
        this.choices = new ExportChoices(session.project(), this.start);
        var compared = session.comparison().choiceProperty().get();
        if (compared != null && compared.fromEditionId() != null && compared.toEditionId() == null) {
            choices.movedSince(compared.fromEditionId()); // the figure shows the trails the canvas shows
        }
        this.pngContents = new PngContentsChoice(session);
        this.previews = new PreviewScheduler(fx, renderThread, debounceMillis, choices.problem::set);
        this.job = new ExportJob(fx);

        canExport = Bindings.createBooleanBinding(() -> choices.request.get() != null
                && choices.problem.get().isEmpty() && !job.runningProperty().get(),
                choices.request, choices.problem, job.runningProperty());

        ChangeListener<Object> changed = (obs, old, now) -> changed();
        for (ObservableValue<?> p : choices.all()) {
            p.addListener(changed);
        }
        session.projectProperty().addListener(projectChanged);
        changed();
    }

    /** Rebuilds the request and schedules its preview; on the FX thread. */
    private void changed() {
        previews.schedule(session.project(), choices.refresh(session.project()));
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
        return chooseFile.apply(choices.format.get()).map(this::exportTo);
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
        ExportRequest r = choices.request.get();
        if (!canExport.get() || r == null) {
            String why = job.runningProperty().get() ? "An export is already running." : choices.problem.get();
            return CompletableFuture.failedFuture(new IllegalStateException(why));
        }
        EditProjectInfoCommand.texts(session.project(), TextLimit.LINE.fit(choices.title.get()),
                TextLimit.LINE.fit(choices.subtitle.get()), TextLimit.LINE.fit(choices.sourceLine.get()))
                .ifPresent(session::execute);
        return job.start(session.project(), session.file(), r, pngContents.embedding(), file.toAbsolutePath());
    }

    /** Stops previewing (the dialog closed); an export that is running still finishes. */
    public void dispose() {
        session.projectProperty().removeListener(projectChanged);
        previews.dispose();
    }

    // ---- what the dialog offers ----

    public boolean compareAvailable() {
        return choices.compareAvailable();
    }

    public boolean selectedAvailable() {
        return choices.selectedAvailable();
    }

    public boolean filteredAvailable() {
        return choices.filteredAvailable();
    }

    public boolean arrowsAvailable() {
        return choices.arrowsAvailable();
    }

    public Start start() {
        return start;
    }

    public String compareLabel() {
        return choices.compareLabel();
    }

    public String allSectorsLabel() {
        return choices.allSectorsLabel(session.project());
    }

    public String selectedSectorsLabel() {
        return choices.selectedSectorsLabel(session.project());
    }

    public String filteredSectorsLabel() {
        return choices.filteredSectorsLabel(session.project());
    }

    public String arrowsLabel() {
        return choices.arrowsLabel();
    }

    // ---- properties ----

    public ObjectProperty<View> viewProperty() {
        return choices.view;
    }

    public ObjectProperty<Sectors> sectorsProperty() {
        return choices.sectors;
    }

    public BooleanProperty confidenceMarksProperty() {
        return choices.confidenceMarks;
    }

    public BooleanProperty arrowsProperty() {
        return choices.arrows;
    }

    public StringProperty titleProperty() {
        return choices.title;
    }

    public StringProperty subtitleProperty() {
        return choices.subtitle;
    }

    public StringProperty sourceLineProperty() {
        return choices.sourceLine;
    }

    /** What the figure says under it when the source line is left empty; empty for the option views. */
    public ReadOnlyStringProperty composedSourceLineProperty() {
        return choices.composedSourceLine.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return choices.date;
    }

    public ObjectProperty<Format> formatProperty() {
        return choices.format;
    }

    /** Pixels per unit, 1 to 4; PNG only. */
    public ObjectProperty<Integer> scaleProperty() {
        return choices.scale;
    }

    /** PNG only. */
    public ObjectProperty<Background> backgroundProperty() {
        return choices.background;
    }

    /** PDF only. */
    public ObjectProperty<Page> pageProperty() {
        return choices.page;
    }

    /** The figure's size by name (issue 16, point 3), or CUSTOM: the width and height typed. */
    public ObjectProperty<SizePreset> sizePresetProperty() {
        return choices.size;
    }

    /** CUSTOM's width as typed, 400 to 8000; empty for the format's usual one. */
    public StringProperty customWidthProperty() {
        return choices.customWidth;
    }

    public StringProperty customHeightProperty() {
        return choices.customHeight;
    }

    /** Pixels per inch: a paper size's pixels and what a PNG records. */
    public ObjectProperty<Integer> dpiProperty() {
        return choices.dpi;
    }

    /** The preset's name with its pixel size at the chosen dpi: "A4 portrait (2480 x 3508 px at 300 dpi)". */
    public String sizeLabel(SizePreset preset) {
        return preset.describe(choices.dpi.get());
    }

    /** PNG only: whether the image carries the project, and without what. */
    public PngContentsChoice pngContents() {
        return pngContents;
    }

    /** True while the view draws the canvas, whose sectors, marks and arrows can be chosen. */
    public ReadOnlyBooleanProperty canvasChoicesProperty() {
        return choices.canvasChoices.getReadOnlyProperty();
    }

    /** What the preview renders and Export writes; null while {@link #problemProperty()} says why not. */
    public ReadOnlyObjectProperty<ExportRequest> requestProperty() {
        return choices.request.getReadOnlyProperty();
    }

    public ExportRequest request() {
        return choices.request.get();
    }

    /** Why nothing can be exported now, or "". */
    public ReadOnlyStringProperty problemProperty() {
        return choices.problem.getReadOnlyProperty();
    }

    /** Why the field editing {@code property} (the title, the custom width or height) is refused, or "". */
    public ReadOnlyStringProperty reasonFor(StringProperty property) {
        return choices.reasons.of(property);
    }

    /** The latest preview, or null before the first one (or when the figure cannot be drawn). */
    public ReadOnlyObjectProperty<ExportPreview> previewProperty() {
        return previews.previewProperty();
    }

    /** True from a change until its preview is shown. */
    public ReadOnlyBooleanProperty previewPendingProperty() {
        return previews.pendingProperty();
    }

    /** The pixel size or page of the file, as {@link ExportPreview#size()} of the latest preview. */
    public ReadOnlyStringProperty sizeProperty() {
        return previews.sizeProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return job.runningProperty();
    }

    /** The running export's progress, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return job.progressProperty();
    }

    /** Where the last export was written, or what went wrong ("Could not export to ...: ..."). */
    public ReadOnlyStringProperty messageProperty() {
        return job.messageProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return job.messageIsErrorProperty();
    }

    public BooleanBinding canExportBinding() {
        return canExport;
    }
}
