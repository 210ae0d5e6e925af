package org.sectorscope.model;

import java.util.List;
import java.util.Objects;

/** A sector placed on the framework, with the evidence for its placement. */
public record Sector(String id, String name, String driver, String summary, Position position,
                     Placement placement, List<Evidence> evidence, Extras extras) {
    public Sector {
        Ids.require(id, "sector");
        Objects.requireNonNull(name, "name");
        driver = driver == null ? "" : driver;
        Objects.requireNonNull(position, "position");
        placement = placement == null ? Placement.analyst("") : placement;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        extras = extras == null ? Extras.NONE : extras;
    }

    public Sector withPosition(Position p) {
        return new Sector(id, name, driver, summary, p, placement, evidence, extras);
    }

    public Sector withName(String n) {
        return new Sector(id, n, driver, summary, position, placement, evidence, extras);
    }
}
