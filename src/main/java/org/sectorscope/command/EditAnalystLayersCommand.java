package org.sectorscope.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sectorscope.model.AnalystLayer;
import org.sectorscope.model.AnalystPlacement;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Ids;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TextLimit;

/**
 * Replaces the project's analyst layers (its other analysts' placements): adding one (imported from another
 * file, or a copy of the project's own placements), renaming, removing, or one analyst's drag in their own
 * layer. Each is one undo step; revert puts the whole list back as it was, placements of sectors the
 * project lacks included. The project's own sectors are never touched.
 */
public record EditAnalystLayersCommand(String description, List<AnalystLayer> before, List<AnalystLayer> after)
        implements ProjectCommand {
    public EditAnalystLayersCommand {
        Objects.requireNonNull(description, "description");
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /**
     * Adds {@code layer} at the end, described by {@code description} ("Import Lin Wei's placements").
     *
     * @throws IllegalArgumentException when its id is taken or another layer has the same analyst's name
     */
    public static EditAnalystLayersCommand add(Project project, AnalystLayer layer, String description) {
        List<AnalystLayer> layers = project.teamwork().analysts();
        if (layers.stream().anyMatch(l -> l.id().equals(layer.id()))) {
            throw new IllegalArgumentException("there is already a layer with the id " + layer.id());
        }
        requireFreeName(layers, layer.analyst(), null);
        List<AnalystLayer> after = new ArrayList<>(layers);
        after.add(layer);
        return new EditAnalystLayersCommand(description, layers, after);
    }

    /**
     * A new layer named {@code analyst} holding the project's current positions (and rationale) of its placed
     * sectors: "Add my placements as a layer", so they stay as one analyst's view when the project moves on.
     */
    public static EditAnalystLayersCommand copyOwn(Project project, String analyst) {
        String name = name(analyst);
        List<AnalystPlacement> placements = new ArrayList<>();
        for (Sector s : project.sectors()) {
            if (s.isPlaced()) {
                placements.add(new AnalystPlacement(s.id(), s.position(), s.placement().rationale(), Extras.NONE));
            }
        }
        if (placements.isEmpty()) {
            throw new IllegalArgumentException("the project has no placed sectors to copy");
        }
        return add(project, new AnalystLayer(Ids.newId("layer"), name, placements, Extras.NONE),
                "Add " + name + "'s placements as a layer");
    }

    /** Renames the analyst of a layer; empty when the name is what it is already. */
    public static Optional<EditAnalystLayersCommand> rename(Project project, String layerId, String analyst) {
        String name = name(analyst);
        AnalystLayer old = layer(project, layerId);
        if (old.analyst().equals(name)) {
            return Optional.empty();
        }
        requireFreeName(project.teamwork().analysts(), name, layerId);
        return Optional.of(replace(project, old.withAnalyst(name),
                "Rename analyst " + old.analyst() + " to " + name));
    }

    /** Removes a layer with all its placements (undo brings it back where it was in the list). */
    public static EditAnalystLayersCommand remove(Project project, String layerId) {
        AnalystLayer old = layer(project, layerId);
        List<AnalystLayer> layers = project.teamwork().analysts();
        List<AnalystLayer> after = layers.stream().filter(l -> l != old).toList();
        return new EditAnalystLayersCommand("Remove " + old.analyst() + "'s layer", layers, after);
    }

    /**
     * Moves (or first places) sectors in one analyst's layer: a drag on the canvas while that layer is the
     * active one. Rationale stays; a sector the layer had not placed is added at the end. Empty when nothing
     * moves.
     */
    public static Optional<EditAnalystLayersCommand> move(Project project, String layerId,
                                                          Map<String, Position> targets) {
        AnalystLayer old = layer(project, layerId);
        List<AnalystPlacement> placements = new ArrayList<>(old.placements());
        String firstName = null;
        int moved = 0;
        for (Map.Entry<String, Position> t : targets.entrySet()) {
            AnalystPlacement was = old.placement(t.getKey());
            if (was != null && was.position().equals(t.getValue())) {
                continue;
            }
            AnalystPlacement now = was == null ? new AnalystPlacement(t.getKey(), t.getValue(), null, Extras.NONE)
                    : new AnalystPlacement(was.sectorId(), t.getValue(), was.rationale(), was.extras());
            if (was == null) {
                placements.add(now);
            } else {
                placements.set(placements.indexOf(was), now);
            }
            moved++;
            if (firstName == null) {
                firstName = project.sector(t.getKey()).map(Sector::name).orElse(t.getKey());
            }
        }
        if (moved == 0) {
            return Optional.empty();
        }
        String what = moved == 1 ? firstName : moved + " sectors";
        return Optional.of(replace(project, old.withPlacements(placements),
                "Move " + what + " in " + old.analyst() + "'s layer"));
    }

    private static EditAnalystLayersCommand replace(Project project, AnalystLayer next, String description) {
        List<AnalystLayer> layers = project.teamwork().analysts();
        List<AnalystLayer> after = layers.stream().map(l -> l.id().equals(next.id()) ? next : l).toList();
        return new EditAnalystLayersCommand(description, layers, after);
    }

    private static AnalystLayer layer(Project project, String layerId) {
        return project.teamwork().analysts().stream().filter(l -> l.id().equals(layerId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no analyst layer " + layerId));
    }

    /**
     * Why {@code analyst} cannot name a layer: blank, or the name of a layer other than {@code exceptId}'s
     * (null: any layer). Empty when it can. The rule every add, import and rename applies.
     */
    public static Optional<String> nameRefusal(Project project, String analyst, String exceptId) {
        try {
            requireFreeName(project.teamwork().analysts(), name(analyst), exceptId);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static String name(String analyst) {
        if (analyst == null || analyst.isBlank()) {
            throw new IllegalArgumentException("a layer needs the analyst's name");
        }
        return TextLimit.NAME.fit(analyst.strip());
    }

    /** Two layers by one name could not be told apart in the menus and the legend. */
    private static void requireFreeName(List<AnalystLayer> layers, String name, String exceptId) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        for (AnalystLayer l : layers) {
            if (!l.id().equals(exceptId) && l.analyst().strip().toLowerCase(Locale.ROOT).equals(key)) {
                throw new IllegalArgumentException("there is already a layer by " + l.analyst());
            }
        }
    }

    @Override
    public Project apply(Project project) {
        return project.withTeamwork(project.teamwork().withAnalysts(after));
    }

    @Override
    public Project revert(Project project) {
        return project.withTeamwork(project.teamwork().withAnalysts(before));
    }
}
