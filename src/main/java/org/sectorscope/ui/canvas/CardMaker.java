package org.sectorscope.ui.canvas;

import java.util.List;
import org.sectorscope.logic.plot.MarkerKey;
import org.sectorscope.logic.plot.MarkerStyles;
import org.sectorscope.logic.plot.SectorMark;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.ui.common.RowsInParallel;

/**
 * The canvas's cards of a project's placed sectors. A card reads its sector and a little of the project:
 * while that little is as it was, a sector the edit left alone keeps its card, so a move makes one card,
 * not one per sector.
 */
final class CardMaker {
    /** The project (as shown) the last cards were made from; null before the first. */
    private Project from;
    /** The placed sectors the last cards were made from, in their order, and those cards. */
    private List<Sector> placedFrom = List.of();
    private List<CardItem> made = List.of();

    /** The cards of {@code placed}, the placed sectors of {@code p}, drawn in {@code styles}. */
    List<CardItem> cards(Project p, List<Sector> placed, MarkerStyles styles) {
        boolean reuse = from != null && styles.perSector() && SectorMark.sameContext(from, p);
        List<CardItem> next = reuse ? RowsInParallel.keeping(placedFrom, made, placed, s -> CardItem.of(p, s, styles))
                : RowsInParallel.map(placed, s -> CardItem.of(p, s, styles));
        from = p;
        placedFrom = placed;
        made = next;
        return next;
    }

    /** The cards made for {@code p} ahead of time, kept as if made here (the next edit reuses them). */
    List<CardItem> adopt(Project p, Prepared ready) {
        from = p;
        placedFrom = ready.placed();
        made = ready.cards();
        return made;
    }

    /**
     * A project's placed sectors, the legend's key (a walk over every sector) and their cards, made off the FX
     * thread as the project opens.
     */
    record Prepared(List<Sector> placed, MarkerKey key, List<CardItem> cards) {
        static Prepared of(Project p) {
            List<Sector> placed = p.sectors().stream().filter(Sector::isPlaced).toList();
            MarkerStyles styles = MarkerStyles.of(p, placed);
            return new Prepared(placed, styles.key(), RowsInParallel.map(placed, s -> CardItem.of(p, s, styles)));
        }
    }
}
