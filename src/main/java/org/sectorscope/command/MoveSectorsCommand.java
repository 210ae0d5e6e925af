package org.sectorscope.command;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sectorscope.model.Ids;
import org.sectorscope.model.PlacementChange;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Sector;

/**
 * Moves (or first places) one or more sectors; a whole drag or nudge gesture becomes one of these.
 * A move that changes a sector's quadrant, or places it for the first time, also appends an entry to
 * its placement history, which revert removes again.
 */
public record MoveSectorsCommand(String description, List<Move> moves) implements ProjectCommand {
    /** {@code from} is null when the sector had no position; {@code change} is null within a quadrant. */
    public record Move(String sectorId, Position from, Position to, PlacementChange change) {
        public Move {
            Objects.requireNonNull(to, "to");
        }

        /** A move that stays within its quadrant, so it leaves no history entry. */
        public Move(String sectorId, Position from, Position to) {
            this(sectorId, from, to, null);
        }
    }

    public MoveSectorsCommand {
        moves = List.copyOf(moves);
    }

    /** A move of one sector from where it is now to {@code to}, stamped with the system clock. */
    public static MoveSectorsCommand of(Project project, String sectorId, Position to) {
        return of(project, sectorId, to, Clock.systemUTC());
    }

    /** A move of one sector from where it is now to {@code to}. */
    public static MoveSectorsCommand of(Project project, String sectorId, Position to, Clock clock) {
        Map<String, Position> targets = new LinkedHashMap<>();
        targets.put(sectorId, to);
        return of(project, targets, clock);
    }

    /** Moves several sectors at once; described by the one sector's name or by the count. */
    public static MoveSectorsCommand of(Project project, Map<String, Position> targets, Clock clock) {
        String at = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
        List<Move> moves = new ArrayList<>();
        String firstName = null;
        boolean placing = true;
        for (Map.Entry<String, Position> t : targets.entrySet()) {
            Sector s = project.sector(t.getKey())
                    .orElseThrow(() -> new IllegalArgumentException("no sector " + t.getKey()));
            firstName = firstName == null ? s.name() : firstName;
            placing &= !s.isPlaced();
            Quadrant before = project.quadrantOf(s).orElse(null);
            Quadrant after = project.framework().quadrantOf(t.getValue());
            PlacementChange change = Objects.equals(before, after) ? null : new PlacementChange(Ids.newId("move"), at,
                    s.position(), t.getValue(), before == null ? null : before.letter(), after.letter(), null, null);
            moves.add(new Move(s.id(), s.position(), t.getValue(), change));
        }
        String verb = placing ? "Place " : "Move ";
        String what = moves.size() == 1 ? firstName : moves.size() + " sectors";
        return new MoveSectorsCommand(verb + what, moves);
    }

    /** The moves that crossed into another quadrant (or placed a sector), in order. */
    public List<Move> quadrantChanges() {
        return moves.stream().filter(m -> m.change() != null).toList();
    }

    @Override
    public Project apply(Project project) {
        Project p = project;
        for (Move m : moves) {
            p = p.withSector(m.sectorId(), s -> {
                Sector moved = s.withPosition(m.to());
                return m.change() == null ? moved : moved.withChange(m.change());
            });
        }
        return p;
    }

    @Override
    public Project revert(Project project) {
        Project p = project;
        for (int i = moves.size() - 1; i >= 0; i--) {
            Move m = moves.get(i);
            p = p.withSector(m.sectorId(), s -> {
                Sector back = s.withPosition(m.from());
                return m.change() == null ? back : back.withHistory(
                        s.history().stream().filter(c -> !c.id().equals(m.change().id())).toList());
            });
        }
        return p;
    }
}
