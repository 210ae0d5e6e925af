package org.sectorscope.logic;

import java.util.Objects;
import org.sectorscope.model.Evidence;

/** One evidence item found by a search, with the sector it belongs to. */
public record EvidenceHit(String sectorId, String sectorName, Evidence evidence) {
    public EvidenceHit {
        Objects.requireNonNull(sectorId, "sectorId");
        Objects.requireNonNull(sectorName, "sectorName");
        Objects.requireNonNull(evidence, "evidence");
    }
}
