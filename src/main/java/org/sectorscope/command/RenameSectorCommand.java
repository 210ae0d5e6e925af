package org.sectorscope.command;

import org.sectorscope.model.Project;

/** Renames a sector. */
public record RenameSectorCommand(String sectorId, String oldName, String newName) implements ProjectCommand {
    public static RenameSectorCommand of(Project project, String sectorId, String newName) {
        var sector = project.sector(sectorId).orElseThrow(() -> new IllegalArgumentException("no sector " + sectorId));
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("a sector needs a name");
        }
        return new RenameSectorCommand(sectorId, sector.name(), newName.strip());
    }

    @Override
    public String description() {
        return "Rename " + oldName;
    }

    @Override
    public Project apply(Project project) {
        return project.withSector(sectorId, s -> s.withName(newName));
    }

    @Override
    public Project revert(Project project) {
        return project.withSector(sectorId, s -> s.withName(oldName));
    }
}
