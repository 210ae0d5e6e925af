package org.sectorscope.logic;

import java.util.Comparator;
import java.util.List;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Sector;

/** A sector's strongest evidence, as the memo and the briefing deck quote it. */
public final class StrongestEvidence {
    /**
     * Strongest first, in the Admiralty grade's own order: reliability A before F, then credibility 1 before 6
     * (so A1 is the strongest and F6 the weakest); equal grades keep the project's order.
     */
    public static final Comparator<Evidence> ORDER = Comparator.comparing(Evidence::reliability)
            .thenComparingInt(Evidence::credibility);

    private StrongestEvidence() {
    }

    /** At most {@code count} of the sector's items, strongest first. */
    public static List<Evidence> of(Sector sector, int count) {
        return sector.evidence().stream().sorted(ORDER).limit(count).toList();
    }
}
