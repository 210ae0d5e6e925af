package org.sectorscope.command;

import java.util.ArrayList;
import java.util.List;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Targets;

/**
 * Removes a sector, and with it the options' references to it, so the project stays consistent.
 * Undo restores the sector at its old index and the options exactly as they were.
 */
public record RemoveSectorCommand(Sector sector, int index, List<PolicyOption> optionsBefore) implements ProjectCommand {
    public static RemoveSectorCommand of(Project project, String sectorId) {
        int index = -1;
        for (int i = 0; i < project.sectors().size(); i++) {
            if (project.sectors().get(i).id().equals(sectorId)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new IllegalArgumentException("no sector " + sectorId);
        }
        return new RemoveSectorCommand(project.sectors().get(index), index, project.options());
    }

    @Override
    public String description() {
        return "Delete " + sector.name();
    }

    @Override
    public Project apply(Project project) {
        List<PolicyOption> options = project.options().stream().map(o -> {
            if (!o.targets().sectorIds().contains(sector.id())) {
                return o;
            }
            Targets t = o.targets();
            Targets without = new Targets(t.sectorIds().stream().filter(id -> !id.equals(sector.id())).toList(),
                    t.quadrantLetters(), t.extras());
            return new PolicyOption(o.id(), o.name(), o.description(), o.sourceId(), without, o.intendedEffect(),
                    o.scores(), o.extras());
        }).toList();
        return project.withSectors(project.sectors().stream().filter(s -> !s.id().equals(sector.id())).toList())
                .withOptions(options);
    }

    @Override
    public Project revert(Project project) {
        List<Sector> next = new ArrayList<>(project.sectors());
        next.add(Math.min(index, next.size()), sector);
        return project.withSectors(next).withOptions(optionsBefore);
    }
}
