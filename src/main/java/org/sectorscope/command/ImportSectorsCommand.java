package org.sectorscope.command;

import java.util.List;
import org.sectorscope.model.Driver;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;

/**
 * A sectors import as one undoable step: the sector and driver lists before and after (new sectors
 * appended, updated ones replaced in place, new drivers appended). Holding whole lists keeps undo
 * exact however many rows the import had, at the cost of two list references.
 */
public record ImportSectorsCommand(String description, List<Driver> driversBefore, List<Driver> driversAfter,
                                   List<Sector> sectorsBefore, List<Sector> sectorsAfter) implements ProjectCommand {
    public ImportSectorsCommand {
        driversBefore = List.copyOf(driversBefore);
        driversAfter = List.copyOf(driversAfter);
        sectorsBefore = List.copyOf(sectorsBefore);
        sectorsAfter = List.copyOf(sectorsAfter);
    }

    /** The step from {@code before} to {@code after}, which differ in their sectors and drivers only. */
    public static ImportSectorsCommand between(String description, Project before, Project after) {
        return new ImportSectorsCommand(description, before.drivers(), after.drivers(), before.sectors(),
                after.sectors());
    }

    @Override
    public Project apply(Project project) {
        return project.withDrivers(driversAfter).withSectors(sectorsAfter);
    }

    @Override
    public Project revert(Project project) {
        return project.withDrivers(driversBefore).withSectors(sectorsBefore);
    }
}
