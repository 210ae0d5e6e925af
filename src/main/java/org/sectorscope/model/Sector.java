package org.sectorscope.model;

import java.util.List;
import java.util.Objects;

/**
 * A sector placed on the framework, with the evidence for its placement. {@code positionExtras} holds
 * unknown fields of the file's position object, kept apart so a move never loses them.
 */
public record Sector(String id, String name, String driver, String summary, Position position,
                     Placement placement, List<Evidence> evidence, Extras extras, Extras positionExtras) {
    public Sector {
        Ids.require(id, "sector");
        Objects.requireNonNull(name, "name");
        driver = driver == null ? "" : driver;
        Objects.requireNonNull(position, "position");
        placement = placement == null ? Placement.analyst("") : placement;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        summary = Text.optional(summary);
        extras = extras == null ? Extras.NONE : extras;
        positionExtras = positionExtras == null ? Extras.NONE : positionExtras;
    }

    public Sector(String id, String name, String driver, String summary, Position position, Placement placement,
                  List<Evidence> evidence, Extras extras) {
        this(id, name, driver, summary, position, placement, evidence, extras, Extras.NONE);
    }

    public Sector withPosition(Position p) {
        return new Sector(id, name, driver, summary, p, placement, evidence, extras, positionExtras);
    }

    public Sector withName(String n) {
        return new Sector(id, n, driver, summary, position, placement, evidence, extras, positionExtras);
    }
}
