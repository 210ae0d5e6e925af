package org.sectorscope.ui.sources;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sectorscope.command.EditSourcesCommand;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Ids;
import org.sectorscope.model.Project;
import org.sectorscope.model.Source;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.common.FieldReasons;
import org.sectorscope.ui.common.FieldReasons.Problem;

/**
 * The Sources dialog's state: the project's sources as rows, the selected one's fields, and what may be
 * done with it. Edits are applied field by field: {@link #commit()} (called when a field loses focus or
 * Enter is pressed) executes one {@link EditSourcesCommand} through the session, so each is one undo
 * step. The fields follow the session's project, so an undo made elsewhere shows here at once.
 * Needs no toolkit; used on the FX thread.
 */
public final class SourcesDialogViewModel {
    /** The title a source added by {@link #add()} starts with. */
    public static final String NEW_TITLE = "New source";
    private static final String NEEDS_AUTHOR_OR_TITLE = "A source needs an author or a title.";

    private final ProjectSession session;
    private final SourceOpener opener;
    private final ObservableList<SourceRow> rows = FXCollections.observableArrayList();
    private final ObservableList<SourceRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper selectedId = new ReadOnlyStringWrapper(this, "selectedId");
    private final SourceFields fields = new SourceFields();
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper(this, "hasSelection");
    private final ReadOnlyBooleanWrapper canDelete = new ReadOnlyBooleanWrapper(this, "canDelete");
    private final ReadOnlyBooleanWrapper canOpen = new ReadOnlyBooleanWrapper(this, "canOpen");
    private final ReadOnlyStringWrapper citations = new ReadOnlyStringWrapper(this, "citations", "");
    private final ReadOnlyStringWrapper deleteBlockedReason = new ReadOnlyStringWrapper(this, "deleteBlockedReason", "");
    private final ReadOnlyStringWrapper openTooltip = new ReadOnlyStringWrapper(this, "openTooltip", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final FieldReasons reasons = new FieldReasons();
    private final ChangeListener<Project> projectListener = (obs, old, p) -> refresh();
    /** Where the selected row was, so that a deleted source hands the selection to its neighbour. */
    private int lastIndex;
    private boolean disposed;

    /** @param opener opens a source's file or URL when it is safe to, asking first when it needs a yes */
    public SourcesDialogViewModel(ProjectSession session, SourceOpener opener) {
        this.session = Objects.requireNonNull(session, "session");
        this.opener = Objects.requireNonNull(opener, "opener");
        session.projectProperty().addListener(projectListener);
        fields.author.addListener(o -> recheckFields());
        fields.title.addListener(o -> recheckFields());
        List<Source> sources = session.project().sources();
        selectedId.set(sources.isEmpty() ? null : sources.get(0).id());
        refresh();
    }

    // ---- following the project ----

    private void refresh() {
        Project p = session.project();
        List<SourceRow> next = p.sources().stream().map(s -> SourceRow.of(p, s)).toList();
        if (next.size() == rows.size()) {
            for (int i = 0; i < next.size(); i++) { // in place, so a list showing the rows keeps its selection
                if (!next.get(i).equals(rows.get(i))) {
                    rows.set(i, next.get(i));
                }
            }
        } else {
            rows.setAll(next);
        }
        if (selectedId.get() == null || p.source(selectedId.get()).isEmpty()) {
            selectedId.set(next.isEmpty() ? null : next.get(Math.min(lastIndex, next.size() - 1)).id());
        }
        load();
    }

    /** Fills the fields and flags from the model's copy of the selected source. */
    private void load() {
        Project p = session.project();
        Source s = current().orElse(null);
        hasSelection.set(s != null);
        fields.show(s);
        if (s == null) {
            citations.set("");
            deleteBlockedReason.set("");
            canDelete.set(false);
            canOpen.set(false);
            openTooltip.set("");
            return;
        }
        recheckFields();
        lastIndex = p.sources().indexOf(s);
        EditSourcesCommand.Citations c = EditSourcesCommand.citations(p, s.id());
        citations.set(c.isEmpty() ? "Not cited by anything yet." : "Cited by " + c.describe() + ".");
        canDelete.set(c.isEmpty());
        deleteBlockedReason.set(c.isEmpty() ? ""
                : "Cannot delete: cited by " + c.describe() + ". Remove those citations first.");
        Optional<String> target = openTarget();
        canOpen.set(target.isPresent());
        openTooltip.set(target.map(t -> "Opens " + SourceOpening.visible(t)).orElse(s.file() != null
                ? "The file's path is relative and the project has no folder yet: save the project first."
                : "This source has neither a file nor a URL."));
    }

    /**
     * Marks the author and title while both are empty: the rule {@link #commit()} applies when the field is
     * left, said as it is typed.
     */
    private void recheckFields() {
        Source s = disposed ? null : current().orElse(null);
        List<Problem> out = new ArrayList<>();
        if (s != null) {
            Source edited = fields.edited(s);
            if (edited.author().isBlank() && edited.title().isBlank()) {
                out.add(new Problem(fields.author, NEEDS_AUTHOR_OR_TITLE));
                out.add(new Problem(fields.title, NEEDS_AUTHOR_OR_TITLE));
            }
        }
        reasons.update(out);
    }

    private Optional<Source> current() {
        return session.project().source(selectedId.get());
    }

    // ---- actions ----

    /** Shows the source {@code id}, after applying any pending edit to the one shown; unknown ids are ignored. */
    public void select(String id) {
        if (disposed || Objects.equals(id, selectedId.get()) || session.project().source(id).isEmpty()) {
            return;
        }
        commit();
        problem.set(null);
        selectedId.set(id);
        load();
    }

    /**
     * Applies the fields to the selected source as one undoable edit. A field whose text is still what
     * was loaded keeps the model's value exactly, so leaving an untouched field changes nothing. Returns
     * whether the project changed; an edit the model refuses is undone in the fields and explained by
     * {@link #problemProperty()}.
     */
    public boolean commit() {
        if (disposed) {
            return false;
        }
        Source s = current().orElse(null);
        if (s == null) {
            return false;
        }
        Source edited = fields.edited(s);
        if (edited.equals(s)) {
            load(); // shows normalised text, e.g. a field of spaces as empty
            return false;
        }
        if (edited.author().isBlank() && edited.title().isBlank()) {
            problem.set("A source needs an author or a title; the field was put back.");
            load();
            return false;
        }
        try {
            session.execute(EditSourcesCommand.update(session.project(), edited));
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            load();
            return false;
        }
        problem.set(null);
        return true;
    }

    /** Adds an empty source titled {@value #NEW_TITLE} as one undoable step and selects it; returns its id. */
    public String add() {
        commit();
        Source s = new Source(Ids.newId("src"), "", NEW_TITLE, null, null, null, null, null, null, null, Extras.NONE);
        session.execute(EditSourcesCommand.add(session.project(), s));
        select(s.id());
        return s.id();
    }

    /** Deletes the selected source, unless something cites it; its neighbour is selected. Returns whether it did. */
    public boolean delete() {
        Source s = current().orElse(null);
        if (disposed || s == null || !canDelete.get()) {
            return false;
        }
        try {
            session.execute(EditSourcesCommand.remove(session.project(), s.id()));
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return false;
        }
        problem.set(null);
        return true;
    }

    /**
     * What "Open source" points at, read without touching the disk: the file as a {@code file:} URI (a
     * relative path is taken from the project file's folder), or else the URL (given {@code https://} when
     * it names no scheme). See {@link SourceOpening#target}.
     */
    public Optional<String> openTarget() {
        Source s = current().orElse(null);
        return s == null ? Optional.empty() : SourceOpening.target(s.file(), s.url(), projectFolder().orElse(null));
    }

    /**
     * Opens the selected source if {@link SourceOpening} allows it, after asking when it needs a yes; a
     * refusal is explained by {@link #problemProperty()}. Empty when there is nothing to open.
     */
    public Optional<CompletableFuture<SourceOpener.Outcome>> open() {
        String before = problem.get();
        commit();
        if (Objects.equals(before, problem.get())) {
            problem.set(null); // an earlier "Not opened" says nothing about this attempt
        }
        return openTarget().map(target -> opener.open(target, projectFolder().orElse(null)).whenComplete(
                (outcome, failure) -> {
                    if (outcome != null && !outcome.message().isEmpty()) {
                        problem.set(outcome.message());
                    }
                }));
    }

    /**
     * Sets the file of the selected source to {@code chosen} (from the Browse dialog) and applies it.
     * A file in or below the project's folder is stored relative to it, so the two can move together.
     */
    public boolean chooseFile(Path chosen) {
        Path abs = chosen.toAbsolutePath().normalize();
        String stored = projectFolder().filter(abs::startsWith).map(dir -> dir.relativize(abs).toString())
                .orElse(abs.toString());
        fields.file.set(stored);
        if (abs.getParent() != null) {
            opener.folders().trust(abs.getParent()); // the analyst picked a document there
        }
        return commit();
    }

    /** Where the Browse dialog starts: the folder of the current file, else the project's folder. */
    public Optional<Path> browseFolder() {
        Optional<Path> fromFile = openTarget().filter(t -> t.startsWith("file:")).flatMap(t -> {
            try {
                return Optional.ofNullable(Path.of(URI.create(t)).getParent());
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
        return fromFile.or(this::projectFolder).filter(Files::isDirectory);
    }

    private Optional<Path> projectFolder() {
        Path f = session.file();
        return f == null ? Optional.empty() : Optional.ofNullable(f.toAbsolutePath().getParent());
    }

    /** Stops following the session; later calls change nothing. The dialog calls this when it closes. */
    public void dispose() {
        if (!disposed) {
            disposed = true;
            session.projectProperty().removeListener(projectListener);
        }
    }

    // ---- properties ----

    /** The project's sources in project order. */
    public ObservableList<SourceRow> rows() {
        return readOnlyRows;
    }

    /** The id of the source shown in the form; null when the project has none. */
    public ReadOnlyStringProperty selectedIdProperty() {
        return selectedId.getReadOnlyProperty();
    }

    public String selectedId() {
        return selectedId.get();
    }

    public StringProperty authorProperty() {
        return fields.author;
    }

    public StringProperty titleProperty() {
        return fields.title;
    }

    public StringProperty chapterProperty() {
        return fields.chapter;
    }

    public StringProperty pagesProperty() {
        return fields.pages;
    }

    public StringProperty containerProperty() {
        return fields.container;
    }

    public StringProperty publisherProperty() {
        return fields.publisher;
    }

    public StringProperty dateProperty() {
        return fields.date;
    }

    public StringProperty urlProperty() {
        return fields.url;
    }

    public StringProperty fileProperty() {
        return fields.file;
    }

    public ReadOnlyBooleanProperty hasSelectionProperty() {
        return hasSelection.getReadOnlyProperty();
    }

    /** True while the selected source is cited by nothing. */
    public ReadOnlyBooleanProperty canDeleteProperty() {
        return canDelete.getReadOnlyProperty();
    }

    /** True while the selected source has a file or a URL. */
    public ReadOnlyBooleanProperty canOpenProperty() {
        return canOpen.getReadOnlyProperty();
    }

    /** "Cited by 2 evidence items and 1 sector placement." for the selected source. */
    public ReadOnlyStringProperty citationsProperty() {
        return citations.getReadOnlyProperty();
    }

    /** Why Delete is disabled; empty while it is enabled or nothing is selected. */
    public ReadOnlyStringProperty deleteBlockedReasonProperty() {
        return deleteBlockedReason.getReadOnlyProperty();
    }

    /** What Open source would open, or why it cannot. */
    public ReadOnlyStringProperty openTooltipProperty() {
        return openTooltip.getReadOnlyProperty();
    }

    /** Why the field editing {@code property} (the author or the title) is refused as typed, or "". */
    public ReadOnlyStringProperty reasonFor(StringProperty property) {
        return reasons.of(property);
    }

    /** The last refused edit or deletion, in words; null when there is none. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
