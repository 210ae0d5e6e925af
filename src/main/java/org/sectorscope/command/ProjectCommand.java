package org.sectorscope.command;

import org.sectorscope.model.Project;

/** One undoable change to a project. {@code revert(apply(p))} must equal {@code p}. */
public interface ProjectCommand {
    /** What the Edit menu says, e.g. "Move Semiconductors". */
    String description();

    Project apply(Project project);

    Project revert(Project project);
}
