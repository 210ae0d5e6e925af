package org.sectorscope.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sectorscope.model.Edition;
import org.sectorscope.model.EditionSector;
import org.sectorscope.model.Placement;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;

/**
 * Puts the sectors back where an edition had them, as one undoable step: the position and basis of each
 * sector the edition holds that the project still has. Sectors the edition lacks stay as they are, and
 * sectors only the edition names are not brought back (their records are gone). The sectors changed are
 * kept before and after, so undo is exact; history is left alone, since a restore is no new reading.
 */
public record RestoreEditionCommand(String description, List<Sector> before, List<Sector> after)
        implements ProjectCommand {
    public RestoreEditionCommand {
        Objects.requireNonNull(description, "description");
        before = List.copyOf(before);
        after = List.copyOf(after);
        if (before.size() != after.size()) {
            throw new IllegalArgumentException("the same sectors are needed before and after");
        }
    }

    /** What restoring {@code editionId} would do to {@code project}. */
    public static RestoreEditionCommand of(Project project, String editionId) {
        Edition edition = EditEditionsCommand.find(project, editionId);
        List<Sector> before = new ArrayList<>();
        List<Sector> after = new ArrayList<>();
        for (Sector s : project.sectors()) {
            EditionSector then = edition.sector(s.id());
            if (then == null) {
                continue;
            }
            Placement p = s.placement();
            Sector next = s.withPosition(then.position());
            if (p.basis() != then.basis()) {
                next = next.withPlacement(new Placement(then.basis(), p.sourceId(), p.locator(), p.quote(),
                        p.rationale(), p.extras()));
            }
            if (!next.equals(s)) {
                before.add(s);
                after.add(next);
            }
        }
        return new RestoreEditionCommand("Restore edition " + edition.name(), before, after);
    }

    /** How many sectors the restore moves or re-credits. */
    public int changedCount() {
        return after.size();
    }

    @Override
    public Project apply(Project project) {
        return project.withSectorsReplaced(after);
    }

    @Override
    public Project revert(Project project) {
        return project.withSectorsReplaced(before);
    }
}
