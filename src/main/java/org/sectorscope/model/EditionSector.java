package org.sectorscope.model;

import java.util.Objects;

/**
 * One sector as an edition recorded it: its name then (so a sector since removed can still be named),
 * its position ({@code null} when it was not placed), who made the placement and how much evidence it
 * had. {@code positionExtras} holds unknown fields of the file's position object, so none is lost.
 */
public record EditionSector(String sectorId, String name, Position position, Placement.Basis basis, int evidence,
                            Extras extras, Extras positionExtras) {
    public EditionSector {
        Ids.require(sectorId, "edition sector");
        TextLimit.NAME.require(Objects.requireNonNull(name, "name"), "the name of sector " + sectorId + " in an edition");
        basis = basis == null ? Placement.Basis.ANALYST : basis;
        if (evidence < 0) {
            throw new IllegalArgumentException("sector " + sectorId + " in an edition has a negative evidence count");
        }
        extras = extras == null ? Extras.NONE : extras;
        positionExtras = positionExtras == null ? Extras.NONE : positionExtras;
    }

    public EditionSector(String sectorId, String name, Position position, Placement.Basis basis, int evidence,
                         Extras extras) {
        this(sectorId, name, position, basis, evidence, extras, Extras.NONE);
    }
}
