package org.sectorscope.model;

import java.util.Objects;

/**
 * Where one analyst places one sector, and why (optional). {@code positionExtras} holds unknown fields of
 * the file's position object, so none is lost.
 */
public record AnalystPlacement(String sectorId, Position position, String rationale, Extras extras,
                               Extras positionExtras) {
    public AnalystPlacement {
        Ids.require(sectorId, "analyst placement");
        Objects.requireNonNull(position, "position");
        rationale = TextLimit.PROSE.require(Text.optional(rationale), "an analyst's rationale for " + sectorId);
        extras = extras == null ? Extras.NONE : extras;
        positionExtras = positionExtras == null ? Extras.NONE : positionExtras;
    }

    public AnalystPlacement(String sectorId, Position position, String rationale, Extras extras) {
        this(sectorId, position, rationale, extras, Extras.NONE);
    }
}
