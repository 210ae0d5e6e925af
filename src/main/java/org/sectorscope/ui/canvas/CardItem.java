package org.sectorscope.ui.canvas;

import org.sectorscope.logic.PlacementConfidence;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.ui.BalanceText;

/** What a card on the canvas shows and where it sits; {@code warning} is null unless the evidence disagrees. */
public record CardItem(String id, String name, String driver, int evidenceCount, Position position,
                       String quadrantLetter, PlacementConfidence.Level confidence, String warning) {
    /** A card for a placed sector. */
    static CardItem of(Project p, Sector s) {
        return new CardItem(s.id(), s.name(), s.driver(), s.evidence().size(), s.position(),
                p.quadrantOf(s).orElseThrow().letter(), PlacementConfidence.of(s),
                BalanceText.warning(p.framework(), s));
    }
}
