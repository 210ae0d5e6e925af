package org.sectorscope.store;

import java.util.List;
import java.util.Objects;
import org.sectorscope.model.Project;

/**
 * A repaired copy of a refused project file, made by {@link ProjectRepair}: the project, which passes
 * every check of the strict reader, and what was changed to get it, one plain sentence per fix, each
 * naming where (e.g. {@code sectors[3].evidence[1]: source "ch99" does not exist; the citation was removed}).
 * The file on disk is never changed; saving the copy is up to the user.
 */
public record RepairedProject(Project project, List<String> fixes) {
    public RepairedProject {
        Objects.requireNonNull(project, "project");
        fixes = List.copyOf(fixes);
    }
}
