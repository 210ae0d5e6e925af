package org.sectorscope.model;

import java.util.Objects;

/** Where one analyst places one sector, and why (optional). */
public record AnalystPlacement(String sectorId, Position position, String rationale, Extras extras) {
    public AnalystPlacement {
        Ids.require(sectorId, "analyst placement");
        Objects.requireNonNull(position, "position");
        rationale = TextLimit.PROSE.require(Text.optional(rationale), "an analyst's rationale for " + sectorId);
        extras = extras == null ? Extras.NONE : extras;
    }
}
