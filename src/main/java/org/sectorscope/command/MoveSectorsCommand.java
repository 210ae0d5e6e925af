package org.sectorscope.command;

import java.util.List;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;

/** Moves one or more sectors; a whole drag gesture becomes one of these when it ends. */
public record MoveSectorsCommand(String description, List<Move> moves) implements ProjectCommand {
    public record Move(String sectorId, Position from, Position to) {
    }

    public MoveSectorsCommand {
        moves = List.copyOf(moves);
    }

    /** A move of one sector from where it is now to {@code to}. */
    public static MoveSectorsCommand of(Project project, String sectorId, Position to) {
        var sector = project.sector(sectorId).orElseThrow(() -> new IllegalArgumentException("no sector " + sectorId));
        return new MoveSectorsCommand("Move " + sector.name(), List.of(new Move(sectorId, sector.position(), to)));
    }

    @Override
    public Project apply(Project project) {
        Project p = project;
        for (Move m : moves) {
            p = p.withSector(m.sectorId(), s -> s.withPosition(m.to()));
        }
        return p;
    }

    @Override
    public Project revert(Project project) {
        Project p = project;
        for (int i = moves.size() - 1; i >= 0; i--) {
            Move m = moves.get(i);
            p = p.withSector(m.sectorId(), s -> s.withPosition(m.from()));
        }
        return p;
    }
}
