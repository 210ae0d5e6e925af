package org.sectorscope.ui.conflicts;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sectorscope.command.ResolveConflictCommand;
import org.sectorscope.logic.ConflictText;
import org.sectorscope.model.MergeConflict;
import org.sectorscope.model.Project;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ConflictResolution;
import org.sectorscope.store.ProjectFileException;

/**
 * The Resolve conflicts list: one row per conflict a merge recorded in the project, with what the common
 * version, ours and theirs had there in words, and Keep ours / Take theirs, each one undoable command.
 * Follows every edit (an undo brings a row back).
 */
public final class ConflictsViewModel {
    /** One conflict; {@code sectorId} is the sector it is about, or null. */
    public record Row(String conflictId, String label, String base, String ours, String theirs, String sectorId) {
    }

    private final ProjectSession session;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    public ConflictsViewModel(ProjectSession session) {
        this.session = session;
        session.projectProperty().addListener((obs, old, p) -> update(p));
        update(session.project());
    }

    /** Whether a project holds conflicts, so the list opens by itself when it is opened. */
    public static boolean needsResolving(Project p) {
        return !p.teamwork().conflicts().isEmpty();
    }

    private void update(Project p) {
        List<Row> next = p.teamwork().conflicts().stream().map(c -> new Row(c.id(), c.label(),
                ConflictText.words(c.base(), p.framework(), "not there"),
                ConflictText.words(c.ours(), p.framework(), "removed"),
                ConflictText.words(c.theirs(), p.framework(), "removed"), c.sectorId())).toList();
        rows.setAll(next);
        int n = next.size();
        summary.set(n == 0 ? "No conflicts left to resolve. Save the project to finish the merge."
                : n + (n == 1 ? " change was" : " changes were") + " made differently on both sides of a merge."
                + " The project holds ours until you choose.");
    }

    public void keepOurs(String conflictId) {
        problem.set("");
        session.execute(ResolveConflictCommand.keepOurs(session.project(), conflictId));
    }

    /** Takes theirs; when their value cannot stand in the project now, says why and changes nothing. */
    public void takeTheirs(String conflictId) {
        Project p = session.project();
        MergeConflict c = p.teamwork().conflicts().stream().filter(x -> x.id().equals(conflictId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no conflict " + conflictId));
        try {
            Project resolved = ConflictResolution.apply(p, c, ConflictResolution.Choice.THEIRS);
            problem.set("");
            session.execute(ResolveConflictCommand.takeTheirs(p, conflictId, resolved));
        } catch (ProjectFileException e) {
            problem.set(c.label() + ": " + e.problem());
        }
    }

    /** Picking a conflict about a sector selects the sector in every pane. */
    public void select(String conflictId) {
        rows.stream().filter(r -> r.conflictId().equals(conflictId) && r.sectorId() != null).findFirst()
                .filter(r -> session.project().sector(r.sectorId()).isPresent())
                .ifPresent(r -> session.selection().selectSector(r.sectorId()));
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** Why the last Take theirs changed nothing; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
