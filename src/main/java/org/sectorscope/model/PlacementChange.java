package org.sectorscope.model;

import java.util.Objects;

/**
 * One entry of a sector's placement history: a move that changed its quadrant (or placed it for the
 * first time), when, and why. {@code from} and {@code fromQuadrant} are null for a first placement;
 * {@code reason} is null until the analyst gives one.
 */
public record PlacementChange(String id, String at, Position from, Position to, String fromQuadrant,
                              String toQuadrant, String reason, Extras extras) {
    public PlacementChange {
        Ids.require(id, "placement change");
        TextLimit.LINE.require(Objects.requireNonNull(at, "at"), "the time of placement change " + id);
        Objects.requireNonNull(to, "to");
        TextLimit.NAME.require(Objects.requireNonNull(toQuadrant, "toQuadrant"), "the quadrant of placement change " + id);
        fromQuadrant = TextLimit.NAME.require(Text.optional(fromQuadrant), "the quadrant of placement change " + id);
        reason = TextLimit.PROSE.require(Text.optional(reason), "the reason of placement change " + id);
        extras = extras == null ? Extras.NONE : extras;
    }

    public PlacementChange withReason(String r) {
        return new PlacementChange(id, at, from, to, fromQuadrant, toQuadrant, r, extras);
    }
}
