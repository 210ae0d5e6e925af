package org.sectorscope.cli;

import org.sectorscope.model.Project;

/** Placeholder until the Resolve conflicts list exists. */
final class GitConflictsCheck {
    private GitConflictsCheck() {
    }

    static void listsTheConflict(Project merged) {
    }
}
