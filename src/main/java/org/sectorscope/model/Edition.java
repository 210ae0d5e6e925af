package org.sectorscope.model;

import java.util.List;
import java.util.Objects;

/**
 * A named, dated snapshot of the assessment: where each sector stood, how much evidence it had, and the
 * options' scores at the moment it was taken ("CSIS 2020 (report)", "Brief, March 2027"). Editions are
 * read-only records of the past; they may name sectors and options the project no longer has, which
 * are kept and flagged rather than dropped (see logic.EditionCheck).
 */
public record Edition(String id, String name, String takenAt, List<EditionSector> sectors, List<EditionScore> scores,
                      Extras extras) {
    public Edition {
        Ids.require(id, "edition");
        TextLimit.NAME.require(Objects.requireNonNull(name, "name"), "the name of edition " + id);
        if (name.isBlank()) {
            throw new IllegalArgumentException("edition " + id + " needs a name");
        }
        TextLimit.LINE.require(Objects.requireNonNull(takenAt, "takenAt"), "the date of edition " + id);
        sectors = List.copyOf(sectors);
        scores = scores == null ? List.of() : List.copyOf(scores);
        extras = extras == null ? Extras.NONE : extras;
    }

    public Edition withName(String next) {
        return new Edition(id, next, takenAt, sectors, scores, extras);
    }

    /** Where sector {@code sectorId} stood in this edition; null when the edition does not hold it. */
    public EditionSector sector(String sectorId) {
        for (EditionSector s : sectors) {
            if (s.sectorId().equals(sectorId)) {
                return s;
            }
        }
        return null;
    }
}
