package org.sectorscope.model;

import java.util.Objects;

/** A criterion policy options are scored on; weights are relative and normalised when used. */
public record Criterion(String id, String name, String description, double weight, Extras extras) {
    public Criterion {
        Ids.require(id, "criterion");
        Objects.requireNonNull(name, "name");
        if (!Double.isFinite(weight) || weight < 0) {
            throw new IllegalArgumentException("criterion " + id + ": weight must be a number >= 0, found " + weight);
        }
        extras = extras == null ? Extras.NONE : extras;
    }
}
