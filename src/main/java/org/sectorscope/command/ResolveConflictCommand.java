package org.sectorscope.command;

import java.util.Objects;
import org.sectorscope.model.MergeConflict;
import org.sectorscope.model.Project;

/**
 * Resolves one merge conflict: keeping ours drops its record; taking theirs swaps in the project the store
 * prepared with their value in place (a value is set by its path in the file's tree, which only the store
 * knows). The project before is kept whole, so undo puts the conflict and the value back exactly.
 */
public record ResolveConflictCommand(String description, Project before, Project after) implements ProjectCommand {
    public ResolveConflictCommand {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** Keeps ours: the project already holds it, so only the record goes. */
    public static ResolveConflictCommand keepOurs(Project project, String conflictId) {
        MergeConflict c = existing(project, conflictId);
        Project after = project.withTeamwork(project.teamwork().withConflicts(project.teamwork().conflicts().stream()
                .filter(x -> !x.id().equals(conflictId)).toList()));
        return new ResolveConflictCommand("Keep Ours for " + c.label(), project, after);
    }

    /** Takes theirs: {@code resolved} is {@code project} with their value in place and the record gone. */
    public static ResolveConflictCommand takeTheirs(Project project, String conflictId, Project resolved) {
        MergeConflict c = existing(project, conflictId);
        if (resolved.teamwork().conflicts().stream().anyMatch(x -> x.id().equals(conflictId))) {
            throw new IllegalArgumentException("the resolved project still holds conflict " + conflictId);
        }
        return new ResolveConflictCommand("Take Theirs for " + c.label(), project, resolved);
    }

    private static MergeConflict existing(Project project, String conflictId) {
        return project.teamwork().conflicts().stream().filter(c -> c.id().equals(conflictId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no conflict " + conflictId));
    }

    @Override
    public Project apply(Project project) {
        return after;
    }

    @Override
    public Project revert(Project project) {
        return before;
    }
}
