package org.sectorscope.command;

import java.util.ArrayList;
import java.util.List;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;

/** Adds a sector at the end of the list. */
public record AddSectorCommand(Sector sector) implements ProjectCommand {
    @Override
    public String description() {
        return "Add " + sector.name();
    }

    @Override
    public Project apply(Project project) {
        if (project.sector(sector.id()).isPresent()) {
            throw new IllegalArgumentException("a sector with id " + sector.id() + " already exists");
        }
        List<Sector> next = new ArrayList<>(project.sectors());
        next.add(sector);
        return project.withSectors(next);
    }

    @Override
    public Project revert(Project project) {
        return project.withSectors(project.sectors().stream().filter(s -> !s.id().equals(sector.id())).toList());
    }
}
