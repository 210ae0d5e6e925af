package org.sectorscope.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sectorscope.model.Edition;
import org.sectorscope.model.Project;

/**
 * Takes, renames or deletes an edition: swaps the project's list of editions, so undo gives the old list
 * back whole (a deleted edition returns to its place).
 */
public record EditEditionsCommand(String description, List<Edition> before, List<Edition> after)
        implements ProjectCommand {
    public EditEditionsCommand {
        Objects.requireNonNull(description, "description");
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** Adds {@code edition} (made by logic.Editions.take) after the others. */
    public static EditEditionsCommand add(Project project, Edition edition) {
        List<Edition> next = new ArrayList<>(project.teamwork().editions());
        if (next.stream().anyMatch(e -> e.id().equals(edition.id()))) {
            throw new IllegalArgumentException("the project already has an edition with id " + edition.id());
        }
        next.add(edition);
        return new EditEditionsCommand("Take edition " + edition.name(), project.teamwork().editions(), next);
    }

    public static EditEditionsCommand rename(Project project, String editionId, String name) {
        Edition old = find(project, editionId);
        List<Edition> next = project.teamwork().editions().stream()
                .map(e -> e.id().equals(editionId) ? e.withName(name.strip()) : e).toList();
        return new EditEditionsCommand("Rename edition " + old.name(), project.teamwork().editions(), next);
    }

    public static EditEditionsCommand delete(Project project, String editionId) {
        Edition old = find(project, editionId);
        List<Edition> next = project.teamwork().editions().stream().filter(e -> !e.id().equals(editionId)).toList();
        return new EditEditionsCommand("Delete edition " + old.name(), project.teamwork().editions(), next);
    }

    static Edition find(Project project, String editionId) {
        return project.teamwork().editions().stream().filter(e -> e.id().equals(editionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no edition with id " + editionId));
    }

    @Override
    public Project apply(Project project) {
        return project.withTeamwork(project.teamwork().withEditions(after));
    }

    @Override
    public Project revert(Project project) {
        return project.withTeamwork(project.teamwork().withEditions(before));
    }
}
