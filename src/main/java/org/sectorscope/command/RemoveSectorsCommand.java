package org.sectorscope.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Targets;

/**
 * Removes sectors, and with them the options' references to them, so the project stays consistent.
 * Undo restores the sectors at their old indexes and the options exactly as they were.
 */
public record RemoveSectorsCommand(List<Sector> sectorsBefore, List<PolicyOption> optionsBefore, Set<String> ids)
        implements ProjectCommand {
    public RemoveSectorsCommand {
        sectorsBefore = List.copyOf(sectorsBefore);
        optionsBefore = List.copyOf(optionsBefore);
        ids = Set.copyOf(ids);
    }

    public static RemoveSectorsCommand of(Project project, List<String> ids) {
        for (String id : ids) {
            project.sector(id).orElseThrow(() -> new IllegalArgumentException("no sector " + id));
        }
        return new RemoveSectorsCommand(project.sectors(), project.options(), Set.copyOf(ids));
    }

    @Override
    public String description() {
        if (ids.size() == 1) {
            String id = ids.iterator().next();
            return "Delete " + sectorsBefore.stream().filter(s -> s.id().equals(id)).findFirst()
                    .map(Sector::name).orElse(id);
        }
        return "Delete " + ids.size() + " sectors";
    }

    @Override
    public Project apply(Project project) {
        List<PolicyOption> options = new ArrayList<>();
        for (PolicyOption o : project.options()) {
            Targets t = o.targets();
            if (t.sectorIds().stream().noneMatch(ids::contains)) {
                options.add(o);
                continue;
            }
            Targets without = new Targets(t.sectorIds().stream().filter(id -> !ids.contains(id)).toList(),
                    t.quadrantLetters(), t.extras());
            options.add(new PolicyOption(o.id(), o.name(), o.description(), o.sourceId(), without,
                    o.intendedEffect(), o.scores(), o.extras()));
        }
        return project.withSectors(project.sectors().stream().filter(s -> !ids.contains(s.id())).toList())
                .withOptions(options);
    }

    /** Restores the sector list and the options as they were when the command was made. */
    @Override
    public Project revert(Project project) {
        return project.withSectors(sectorsBefore).withOptions(optionsBefore);
    }
}
