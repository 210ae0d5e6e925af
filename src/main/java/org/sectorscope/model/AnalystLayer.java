package org.sectorscope.model;

import java.util.List;
import java.util.Objects;

/**
 * One named analyst's placements of the project's sectors, held beside the project's own so a team can
 * see where its members agree (see logic.Consensus). A layer may name sectors the project no longer
 * has; those are kept and flagged, never dropped.
 */
public record AnalystLayer(String id, String analyst, List<AnalystPlacement> placements, Extras extras) {
    public AnalystLayer {
        Ids.require(id, "analyst layer");
        TextLimit.NAME.require(Objects.requireNonNull(analyst, "analyst"), "the analyst of layer " + id);
        if (analyst.isBlank()) {
            throw new IllegalArgumentException("analyst layer " + id + " needs the analyst's name");
        }
        placements = List.copyOf(placements);
        extras = extras == null ? Extras.NONE : extras;
    }

    /** The analyst's placement of {@code sectorId}; null when they have not placed it. */
    public AnalystPlacement placement(String sectorId) {
        for (AnalystPlacement p : placements) {
            if (p.sectorId().equals(sectorId)) {
                return p;
            }
        }
        return null;
    }

    public AnalystLayer withAnalyst(String next) {
        return new AnalystLayer(id, next, placements, extras);
    }

    public AnalystLayer withPlacements(List<AnalystPlacement> next) {
        return new AnalystLayer(id, analyst, next, extras);
    }
}
