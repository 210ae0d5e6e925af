package org.sectorscope.session;

import java.nio.file.Path;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.sectorscope.command.CommandStack;
import org.sectorscope.command.EditCommentsCommand;
import org.sectorscope.command.EditEditionsCommand;
import org.sectorscope.command.ProjectCommand;
import org.sectorscope.model.Project;
import org.sectorscope.store.FileFingerprint;

/**
 * The open project as the UI sees it: the current model, its file, the command stack behind every
 * change, and the shared selection. Observable through JavaFX properties; used on the FX thread.
 */
public final class ProjectSession {
    private final SelectionModel selection = new SelectionModel();
    private final OpenPreparations preparations = new OpenPreparations();
    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>(this, "project");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper displayName = new ReadOnlyStringWrapper(this, "displayName");
    private final ReadOnlyObjectWrapper<EditStep> lastStep = new ReadOnlyObjectWrapper<>(this, "lastStep");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
    private final StringBinding title;
    private final ComparisonState comparison;
    private FileFingerprint fingerprint;
    private CommandStack stack;
    private long generation;

    public ProjectSession(Project initial, Path file, String displayName) {
        open(initial, file, displayName);
        title = Bindings.createStringBinding(
                () -> (dirty.get() ? "\u2022 " : "") + this.displayName.get() + (readOnly.get() ? " (read-only)" : "")
                        + " \u2014 Sectorscope", dirty, this.displayName, readOnly);
        comparison = new ComparisonState(this);
    }

    /**
     * Opens a project from a file: {@code readOnly} when it must never be overwritten (a newer format,
     * or locked by another writer); {@code loadedAs} is the file as read, to notice changes made to it
     * by other programs before saving over them.
     */
    public void open(Project next, Path nextFile, String name, boolean readOnly, FileFingerprint loadedAs) {
        open(next, nextFile, name);
        this.readOnly.set(readOnly);
        this.fingerprint = loadedAs;
    }

    /** Replaces the open project (after Open or New); history is cleared and the project is clean. */
    public void open(Project next, Path nextFile, String name) {
        generation++;
        readOnly.set(false);
        fingerprint = null;
        stack = new CommandStack(next);
        stack.addListener(s -> sync());
        file.set(nextFile);
        displayName.set(name != null ? name : nextFile != null ? nextFile.getFileName().toString() : "Untitled");
        selection.clear();
        if (comparison != null) {
            comparison.clear(); // another project's editions mean nothing here
        }
        sync();
        // A pane that takes the project a frame later (ui.common.StaggeredProject) takes its part then.
        preparations.keepOnlyFor(next);
    }

    /**
     * How many projects were opened into this session (Open, New, a repair, the sample): an edit keeps the
     * number, a replaced project changes it.
     */
    public long generation() {
        return generation;
    }

    /**
     * Runs {@code command} as one undo step. An edit to the assessment made while an edition is viewed
     * (from the inspector, the Sectors pane, the options...) first brings the canvas back to the current
     * state, so no change is made out of sight; editions and comments are not the assessment and leave the
     * view as it is.
     */
    public void execute(ProjectCommand command) {
        if (comparison != null && comparison.isViewingEdition() && !(command instanceof EditEditionsCommand)
                && !(command instanceof EditCommentsCommand)) {
            comparison.backToCurrent();
        }
        Project before = stack.project();
        stack.execute(command);
        stepped(before, EditStep.Kind.DONE, command.description());
    }

    /** Runs {@code command} in the same undo step as {@code gesture} if that is still the last step. */
    public void executeJoined(ProjectCommand gesture, ProjectCommand command) {
        Project before = stack.project();
        stack.executeJoined(gesture, command);
        stepped(before, EditStep.Kind.DONE, stack.undoDescription().orElse(command.description()));
    }

    public void undo() {
        Project before = stack.project();
        String what = stack.undoDescription().orElse("");
        stack.undo();
        stepped(before, EditStep.Kind.UNDONE, what);
    }

    public void redo() {
        Project before = stack.project();
        String what = stack.redoDescription().orElse("");
        stack.redo();
        stepped(before, EditStep.Kind.REDONE, what);
    }

    /** The last change made through the stack (a new value each time); null until the first. */
    public ReadOnlyObjectProperty<EditStep> lastStepProperty() {
        return lastStep.getReadOnlyProperty();
    }

    private void stepped(Project before, EditStep.Kind kind, String description) {
        if (stack.project() != before) {
            lastStep.set(new EditStep(kind, description));
        }
    }

    /** What a background save writes: the snapshot and the token naming its place in the history. */
    public record SaveTicket(Project snapshot, Object token) {
    }

    public SaveTicket beginSave() {
        return new SaveTicket(stack.project(), stack.savePointToken());
    }

    /** Records that the ticket's snapshot is now on disk at {@code savedTo}; later edits stay dirty. */
    public void completeSave(SaveTicket ticket, Path savedTo) {
        completeSave(ticket, savedTo, null);
    }

    /** As {@link #completeSave(SaveTicket, Path)}, remembering the saved file's fingerprint for the next save. */
    public void completeSave(SaveTicket ticket, Path savedTo, FileFingerprint saved) {
        fingerprint = saved;
        readOnly.set(false); // a Save As of a read-only project writes a file of our own
        file.set(savedTo);
        displayName.set(savedTo.getFileName().toString());
        stack.markSaved(ticket.token());
    }

    private void sync() {
        project.set(stack.project());
        dirty.set(stack.isDirty());
        canUndo.set(stack.canUndo());
        canRedo.set(stack.canRedo());
        undoText.set(stack.undoDescription().map(d -> "Undo " + d).orElse("Undo"));
        redoText.set(stack.redoDescription().map(d -> "Redo " + d).orElse("Redo"));
        // Sectors deleted or undone away leave the selection.
        selection.retainExisting(stack.project().sectors().stream().map(s -> s.id())
                .collect(Collectors.toSet()));
        selection.retainExistingOption(stack.project().options().stream().map(o -> o.id())
                .collect(Collectors.toSet()));
    }

    /** True when Save must not write to the file (Save As still works). */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public boolean isReadOnly() {
        return readOnly.get();
    }

    /** The open file as it was when loaded or last saved here; null when unknown or there is no file. */
    public FileFingerprint fingerprint() {
        return fingerprint;
    }

    /** The edition viewed and the comparison drawn, shared by every pane. */
    public ComparisonState comparison() {
        return comparison;
    }

    /** Work the panes do for a project being opened, off the FX thread (see {@link OpenPreparations}). */
    public OpenPreparations preparations() {
        return preparations;
    }

    public SelectionModel selection() {
        return selection;
    }

    public Project project() {
        return project.get();
    }

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty displayNameProperty() {
        return displayName.getReadOnlyProperty();
    }

    public StringBinding titleBinding() {
        return title;
    }
}
