package org.sectorscope.model;

/** An option's score on one criterion, 1 (works strongly against it) to 5 (serves it strongly). */
public record Score(String criterionId, int value, String rationale, Extras extras) {
    public static final int MIN = 1;
    public static final int MAX = 5;

    public Score {
        Ids.require(criterionId, "score's criterion");
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException("a score must be 1-5, found " + value);
        }
        rationale = rationale == null ? "" : rationale;
        extras = extras == null ? Extras.NONE : extras;
    }
}
