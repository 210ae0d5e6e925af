package org.sectorscope.command;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;

/**
 * One edit of one or several sectors' records (a field set for all of them, such as their driver), as
 * one undoable step. It keeps each changed sector before and after, so undo restores exactly what was
 * there, whatever the edit did. Moves go through {@link MoveSectorsCommand}, which also records history.
 */
public record EditSectorsCommand(String description, List<Sector> before, List<Sector> after)
        implements ProjectCommand {
    public EditSectorsCommand {
        before = List.copyOf(before);
        after = List.copyOf(after);
        if (before.size() != after.size() || before.isEmpty()) {
            throw new IllegalArgumentException("an edit needs the same sectors before and after, at least one");
        }
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).id().equals(after.get(i).id())) {
                throw new IllegalArgumentException("sector " + before.get(i).id() + " cannot become " + after.get(i).id());
            }
        }
    }

    /**
     * {@code edit} applied to each of {@code sectorIds}; empty when it changes none of them (so no empty
     * step lands on the undo stack). {@code what} names the field ("the driver"); the description names the
     * sector, or how many there are: "Set the driver of Semiconductors", "Set the driver of 12 sectors".
     */
    public static Optional<EditSectorsCommand> of(Project project, List<String> sectorIds, String what,
                                                  UnaryOperator<Sector> edit) {
        Set<String> wanted = new HashSet<>(sectorIds);
        List<Sector> before = new ArrayList<>();
        List<Sector> after = new ArrayList<>();
        int found = 0;
        for (Sector old : project.sectors()) { // one pass, however many are selected
            if (!wanted.contains(old.id())) {
                continue;
            }
            found++;
            Sector next = edit.apply(old);
            if (!next.equals(old)) {
                before.add(old);
                after.add(next);
            }
        }
        if (found != wanted.size()) {
            throw new IllegalArgumentException("no sector among " + sectorIds);
        }
        if (before.isEmpty()) {
            return Optional.empty();
        }
        String whose = before.size() == 1 ? before.get(0).name() : before.size() + " sectors";
        return Optional.of(new EditSectorsCommand("Set " + what + " of " + whose, before, after));
    }

    @Override
    public Project apply(Project project) {
        return replace(project, after);
    }

    @Override
    public Project revert(Project project) {
        return replace(project, before);
    }

    private static Project replace(Project project, List<Sector> sectors) {
        return project.withSectorsReplaced(sectors);
    }
}
