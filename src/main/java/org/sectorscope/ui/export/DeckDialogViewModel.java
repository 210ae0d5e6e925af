package org.sectorscope.ui.export;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import org.sectorscope.command.EditDeckSectionsCommand;
import org.sectorscope.export.ExportRequest;
import org.sectorscope.export.ExportRequest.Format;
import org.sectorscope.export.ProjectEmbedding;
import org.sectorscope.export.SizePreset;
import org.sectorscope.model.DeckSection;
import org.sectorscope.model.DeckSections;
import org.sectorscope.model.Project;
import org.sectorscope.session.ProjectSession;

/**
 * File > Export Briefing Deck: which sections go in (the project's saved choice to start with), PowerPoint or
 * PDF, 16:9 or 4:3 slides. Export saves a changed choice in the project as one undoable
 * {@link EditDeckSectionsCommand}, so the next deck, from the window or the command line, has the same
 * sections, then writes the deck on the export thread ({@link ExportJob}), reporting its progress.
 *
 * <p>Used on the FX thread, which {@code fx} stands for (in tests, any thread that drains it).
 */
public final class DeckDialogViewModel {
    /** The slides' shape. */
    public enum Slides {
        WIDE("16:9"), STANDARD("4:3");

        private final String label;

        Slides(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final ProjectSession session;
    private final Function<Format, Optional<Path>> chooseFile;
    private final Map<DeckSection, BooleanProperty> sections = new EnumMap<>(DeckSection.class);
    private final ObjectProperty<Format> format = new SimpleObjectProperty<>(this, "format", Format.DECK);
    private final ObjectProperty<Slides> slides = new SimpleObjectProperty<>(this, "slides", Slides.WIDE);
    private final StringBinding problem;
    private final BooleanBinding canExport;
    private final ExportJob job;
    /** An undo or redo of the sections while the dialog is open shows in its check boxes; removed on dispose. */
    private final ChangeListener<Project> projectChanged = (obs, old, now) -> {
        if (old == null || !old.deck().equals(now.deck())) {
            showSections(now.deck());
        }
    };

    /** On the FX thread. */
    public DeckDialogViewModel(ProjectSession session, Function<Format, Optional<Path>> chooseFile) {
        this(session, chooseFile, Platform::runLater);
    }

    /**
     * @param chooseFile asks where to write a deck of the format ({@link Format#DECK} or {@link Format#DECK_PDF});
     *                   empty when the analyst cancels
     * @param fx         runs work on the thread this view model is used on (the FX thread)
     */
    public DeckDialogViewModel(ProjectSession session, Function<Format, Optional<Path>> chooseFile, Executor fx) {
        this.session = Objects.requireNonNull(session, "session");
        this.chooseFile = chooseFile == null ? f -> Optional.empty() : chooseFile;
        this.job = new ExportJob(Objects.requireNonNull(fx, "fx"));
        for (DeckSection s : DeckSection.values()) {
            sections.put(s, new SimpleBooleanProperty(this, s.key()));
        }
        showSections(session.project().deck());
        BooleanProperty[] all = sections.values().toArray(BooleanProperty[]::new);
        problem = Bindings.createStringBinding(() -> chosen().isEmpty() ? "Choose at least one section." : "", all);
        canExport = Bindings.createBooleanBinding(() -> problem.get().isEmpty() && !job.runningProperty().get(),
                problem, job.runningProperty());
        session.projectProperty().addListener(projectChanged);
    }

    private void showSections(DeckSections deck) {
        sections.forEach((s, on) -> on.set(deck.includes(s)));
    }

    /** The sections ticked, in the deck's order. */
    public List<DeckSection> chosen() {
        return sections.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
    }

    /**
     * What Export writes: the deck in the chosen format, with the project's texts, today's date and the
     * chosen slides' shape; its sections are the project's once Export has saved the choice.
     */
    public ExportRequest request() {
        ExportRequest r = ExportRequest.defaults(session.project(), format.get());
        return slides.get() == Slides.STANDARD ? SizePreset.SLIDE_4_3.apply(r, ExportRequest.DEFAULT_DPI) : r;
    }

    /** Asks {@link #chooseFile} where to write and exports there; empty when nothing can be exported or it was cancelled. */
    public Optional<CompletableFuture<Path>> export() {
        if (!canExport.get()) {
            return Optional.empty();
        }
        return chooseFile.apply(format.get()).map(this::exportTo);
    }

    /**
     * Saves a changed choice of sections into the project (one undo step) and writes the deck to
     * {@code file} on the export thread. The future completes on the FX thread, after
     * {@link #messageProperty()} says where the deck went or what went wrong.
     */
    public CompletableFuture<Path> exportTo(Path file) {
        Objects.requireNonNull(file, "file");
        if (!canExport.get()) {
            String why = job.runningProperty().get() ? "An export is already running." : problem.get();
            return CompletableFuture.failedFuture(new IllegalStateException(why));
        }
        EditDeckSectionsCommand.of(session.project(), chosen()).ifPresent(session::execute);
        return job.start(session.project(), session.file(), request(), ProjectEmbedding.FULL, file.toAbsolutePath());
    }

    /** The dialog closed; an export that is running still finishes. */
    public void dispose() {
        session.projectProperty().removeListener(projectChanged);
    }

    /** Whether {@code section} goes in the deck. */
    public BooleanProperty sectionProperty(DeckSection section) {
        return sections.get(section);
    }

    /** {@link Format#DECK} (PowerPoint) or {@link Format#DECK_PDF}. */
    public ObjectProperty<Format> formatProperty() {
        return format;
    }

    public ObjectProperty<Slides> slidesProperty() {
        return slides;
    }

    /** Why nothing can be exported now, or "". */
    public StringBinding problemBinding() {
        return problem;
    }

    public BooleanBinding canExportBinding() {
        return canExport;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return job.runningProperty();
    }

    /** The running export's progress, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return job.progressProperty();
    }

    /** Where the last deck was written, or what went wrong. */
    public ReadOnlyStringProperty messageProperty() {
        return job.messageProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return job.messageIsErrorProperty();
    }
}
