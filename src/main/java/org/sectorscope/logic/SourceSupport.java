package org.sectorscope.logic;

import java.util.List;
import org.sectorscope.model.Source;

/**
 * The evidence that cites one source ({@code source} null for items that cite none), with how many
 * items point to each pole of each axis and how many are context that bears on no axis.
 */
public record SourceSupport(Source source, List<EvidenceHit> hits, int xLow, int xHigh, int yLow, int yHigh,
                            int context) {
    public SourceSupport {
        hits = List.copyOf(hits);
    }
}
