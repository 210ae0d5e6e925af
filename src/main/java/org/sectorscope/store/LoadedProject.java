package org.sectorscope.store;

import java.util.Objects;
import org.sectorscope.model.Project;

/**
 * A project as opened for the user: the project, the schema version its file was written in, whether it
 * must be kept read-only (a newer version wrote it, so saving over it could lose what this version does
 * not understand), and a notice to show, or {@code ""} when there is nothing to say.
 */
public record LoadedProject(Project project, int fileVersion, boolean readOnly, String notice) {
    public LoadedProject {
        Objects.requireNonNull(project, "project");
        notice = notice == null ? "" : notice;
    }

    public boolean hasNotice() {
        return !notice.isEmpty();
    }
}
