package org.sectorscope.model;

import java.util.Locale;
import java.util.Objects;

/**
 * Why a sector sits where it does: whose reading it is, following which source, and the argument.
 * {@code locator} says where in the source the placement is made ("Figure 1.2", "p. 12") and
 * {@code quote} gives the source's own words when its text, not a figure, places the sector; both
 * optional. Whether the report still gets the credit once the analyst has moved the sector is derived
 * (see logic.PlacementCredit), never stored.
 */
public record Placement(Basis basis, String sourceId, String locator, String quote, String rationale, Extras extras) {
    public enum Basis {
        /** The source itself places the sector here. */
        REPORT,
        /** The analyst's own reading. */
        ANALYST;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Basis fromKey(String key) {
            return switch (key) {
                case "report" -> REPORT;
                case "analyst" -> ANALYST;
                default -> throw new IllegalArgumentException("placement basis must be \"report\" or \"analyst\", found \"" + key + "\"");
            };
        }
    }

    public Placement {
        Objects.requireNonNull(basis, "basis");
        sourceId = TextLimit.LINE.require(Text.optional(sourceId), "a placement's source id");
        locator = TextLimit.LINE.require(Text.optional(locator), "a placement's locator");
        quote = TextLimit.PROSE.require(Text.optional(quote), "a placement's quote");
        rationale = TextLimit.PROSE.require(rationale == null ? "" : rationale, "a placement's rationale");
        extras = extras == null ? Extras.NONE : extras;
    }

    public Placement(Basis basis, String sourceId, String rationale, Extras extras) {
        this(basis, sourceId, null, null, rationale, extras);
    }

    public static Placement analyst(String rationale) {
        return new Placement(Basis.ANALYST, null, rationale, Extras.NONE);
    }
}
