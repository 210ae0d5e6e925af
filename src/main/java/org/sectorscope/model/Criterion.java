package org.sectorscope.model;

import java.util.Objects;

/** A criterion policy options are scored on; weights are relative and normalised when used. */
public record Criterion(String id, String name, String description, double weight, Extras extras) {
    /** Bounded so that any number of weights sums to a finite total. */
    public static final double MAX_WEIGHT = 1_000_000;

    public Criterion {
        Ids.require(id, "criterion");
        TextLimit.NAME.require(Objects.requireNonNull(name, "name"), "the name of criterion " + id);
        if (!Double.isFinite(weight) || weight < 0 || weight > MAX_WEIGHT) {
            throw new IllegalArgumentException("criterion " + id + ": weight must be a number from 0 to 1000000, found "
                    + weight);
        }
        description = TextLimit.PROSE.require(Text.optional(description), "the description of criterion " + id);
        extras = extras == null ? Extras.NONE : extras;
    }
}
