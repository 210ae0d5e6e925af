package org.sectorscope.model;

/** An option's score on one criterion as an edition recorded it. */
public record EditionScore(String optionId, String criterionId, int value, Extras extras) {
    public EditionScore {
        Ids.require(optionId, "edition score's option");
        Ids.require(criterionId, "edition score's criterion");
        extras = extras == null ? Extras.NONE : extras;
    }
}
