package org.sectorscope.model;

import java.util.List;

/**
 * An option's score on one criterion, 1 (works strongly against it) to 5 (serves it strongly), with
 * the argument for it and, optionally, the evidence items that back it.
 */
public record Score(String criterionId, int value, String rationale, List<String> evidenceIds, Extras extras) {
    public static final int MIN = 1;
    public static final int MAX = 5;

    public Score {
        Ids.require(criterionId, "score's criterion");
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException("a score must be 1-5, found " + value);
        }
        rationale = TextLimit.PROSE.require(rationale == null ? "" : rationale, "a score's rationale");
        evidenceIds = Text.strings(evidenceIds, TextLimit.LINE, "a score's evidence");
        extras = extras == null ? Extras.NONE : extras;
    }

    public Score(String criterionId, int value, String rationale, Extras extras) {
        this(criterionId, value, rationale, List.of(), extras);
    }
}
