package org.sectorscope.command;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sectorscope.model.PlacementChange;
import org.sectorscope.model.Project;

/**
 * Records why sectors crossed into another quadrant, on the history entries their move created. One
 * reason for one gesture, even when several sectors moved together.
 */
public record SetMoveReasonCommand(List<Target> targets, List<String> oldReasons, String newReason)
        implements ProjectCommand {
    /** A history entry: the sector and the id of its placement change. */
    public record Target(String sectorId, String changeId) {
    }

    public SetMoveReasonCommand {
        targets = List.copyOf(targets);
        oldReasons = Collections.unmodifiableList(new ArrayList<>(oldReasons)); // may hold nulls
    }

    public static SetMoveReasonCommand of(Project project, List<Target> targets, String reason) {
        List<String> old = new ArrayList<>();
        for (Target t : targets) {
            PlacementChange change = project.sector(t.sectorId())
                    .orElseThrow(() -> new IllegalArgumentException("no sector " + t.sectorId()))
                    .history().stream().filter(c -> c.id().equals(t.changeId())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no placement change " + t.changeId()));
            old.add(change.reason());
        }
        return new SetMoveReasonCommand(targets, old, reason == null ? null : reason.strip());
    }

    @Override
    public String description() {
        return "Reason for the move";
    }

    @Override
    public Project apply(Project project) {
        Project p = project;
        for (Target t : targets) {
            p = p.withSector(t.sectorId(), s -> s.withChange(t.changeId(), c -> c.withReason(newReason)));
        }
        return p;
    }

    @Override
    public Project revert(Project project) {
        Project p = project;
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            String old = oldReasons.get(i);
            p = p.withSector(t.sectorId(), s -> s.withChange(t.changeId(), c -> c.withReason(old)));
        }
        return p;
    }
}
