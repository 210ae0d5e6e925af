package org.sectorscope.command;

import org.sectorscope.model.Project;

/**
 * Replaces the whole project, as when restoring unsaved work from the recovery journal on top of the
 * saved file: the project is then dirty, and undo goes back to the saved version.
 */
public record ReplaceProjectCommand(String description, Project before, Project after) implements ProjectCommand {
    @Override
    public Project apply(Project project) {
        return after;
    }

    @Override
    public Project revert(Project project) {
        return before;
    }
}
