package org.sectorscope.command;

import java.util.Objects;
import org.sectorscope.model.Project;

/**
 * Two commands that undo as one step: a gesture and a detail the user added to it right after (a move
 * and the reason for it). Named by the gesture, since that is what the user undoes.
 */
public record JoinedCommand(ProjectCommand first, ProjectCommand then) implements ProjectCommand {
    public JoinedCommand {
        Objects.requireNonNull(first);
        Objects.requireNonNull(then);
    }

    @Override
    public String description() {
        return first.description();
    }

    @Override
    public Project apply(Project project) {
        return then.apply(first.apply(project));
    }

    @Override
    public Project revert(Project project) {
        return first.revert(then.revert(project));
    }
}
