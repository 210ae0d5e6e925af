package org.sectorscope.model;

import java.util.Objects;

/** Why a sector sits where it does: whose reading it is, following which source, and the argument. */
public record Placement(Basis basis, String sourceId, String rationale, Extras extras) {
    public enum Basis {
        /** The source itself places the sector here. */
        REPORT,
        /** The analyst's own reading. */
        ANALYST;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
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
        sourceId = Text.optional(sourceId);
        rationale = rationale == null ? "" : rationale;
        extras = extras == null ? Extras.NONE : extras;
    }

    public static Placement analyst(String rationale) {
        return new Placement(Basis.ANALYST, null, rationale, Extras.NONE);
    }
}
