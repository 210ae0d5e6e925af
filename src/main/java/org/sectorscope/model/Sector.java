package org.sectorscope.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A sector, with the evidence for its placement. {@code position} is null while the sector is not
 * placed on the framework yet. {@code history} lists the moves that changed its quadrant.
 * {@code positionExtras} holds unknown fields of the file's position object, kept apart so a move
 * never loses them.
 */
public record Sector(String id, String name, String driver, String summary, Position position,
                     Placement placement, List<Evidence> evidence, List<PlacementChange> history, Extras extras,
                     Extras positionExtras) {
    public Sector {
        Ids.require(id, "sector");
        TextLimit.NAME.require(Objects.requireNonNull(name, "name"), "the name of sector " + id);
        driver = TextLimit.NAME.require(driver == null ? "" : driver, "the driver of sector " + id);
        placement = placement == null ? Placement.analyst("") : placement;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        history = history == null ? List.of() : List.copyOf(history);
        summary = TextLimit.PROSE.require(Text.optional(summary), "the summary of sector " + id);
        extras = extras == null ? Extras.NONE : extras;
        positionExtras = positionExtras == null ? Extras.NONE : positionExtras;
    }

    public Sector(String id, String name, String driver, String summary, Position position, Placement placement,
                  List<Evidence> evidence, Extras extras) {
        this(id, name, driver, summary, position, placement, evidence, List.of(), extras, Extras.NONE);
    }

    public boolean isPlaced() {
        return position != null;
    }

    public Sector withPosition(Position p) {
        return new Sector(id, name, driver, summary, p, placement, evidence, history, extras, positionExtras);
    }

    public Sector withName(String n) {
        return new Sector(id, n, driver, summary, position, placement, evidence, history, extras, positionExtras);
    }

    public Sector withEvidence(List<Evidence> e) {
        return new Sector(id, name, driver, summary, position, placement, e, history, extras, positionExtras);
    }

    public Sector withHistory(List<PlacementChange> h) {
        return new Sector(id, name, driver, summary, position, placement, evidence, h, extras, positionExtras);
    }

    /** A copy with one history entry appended. */
    public Sector withChange(PlacementChange change) {
        List<PlacementChange> next = new ArrayList<>(history);
        next.add(change);
        return withHistory(next);
    }

    /** A copy with the history entry {@code changeId} replaced; fails if there is none. */
    public Sector withChange(String changeId, UnaryOperator<PlacementChange> edit) {
        List<PlacementChange> next = new ArrayList<>(history.size());
        boolean found = false;
        for (PlacementChange c : history) {
            found |= c.id().equals(changeId);
            next.add(c.id().equals(changeId) ? edit.apply(c) : c);
        }
        if (!found) {
            throw new IllegalArgumentException("sector " + id + " has no placement change " + changeId);
        }
        return withHistory(next);
    }
}
