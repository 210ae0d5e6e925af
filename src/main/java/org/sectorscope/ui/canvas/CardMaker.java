package org.sectorscope.ui.canvas;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sectorscope.export.FigureText;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.logic.plot.MarkerKey;
import org.sectorscope.logic.plot.MarkerStyles;
import org.sectorscope.logic.plot.PlotLayout;
import org.sectorscope.logic.plot.SectorMark;
import org.sectorscope.model.Framework;
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
    /** The plot's size at its last layout (FX thread): an opened project is laid out ahead for it. */
    private PlotGeometry plotGeometry;
    /** What was made ahead for the project shown now, until the plot takes its layout. */
    private Prepared ahead;

    /** The cards of {@code placed}, the placed sectors of {@code p}, drawn in {@code styles}. */
    List<CardItem> cards(Project p, List<Sector> placed, MarkerStyles styles) {
        boolean reuse = from != null && styles.perSector() && SectorMark.sameContext(from, p);
        List<CardItem> next = reuse ? RowsInParallel.keeping(placedFrom, made, placed, s -> CardItem.of(p, s, styles))
                : RowsInParallel.map(placed, s -> CardItem.of(p, s, styles));
        from = p;
        placedFrom = placed;
        made = next;
        ahead = null;
        return next;
    }

    /** The cards made for {@code p} ahead of time, kept as if made here (the next edit reuses them). */
    List<CardItem> adopt(Project p, Prepared ready) {
        from = p;
        placedFrom = ready.placed();
        made = ready.cards();
        ahead = ready;
        return made;
    }

    /** FX thread, as an open begins: the work to do on the reading thread, for the plot's size now. */
    Function<Project, Object> preparation() {
        PlotGeometry g = plotGeometry;
        return p -> Prepared.of(p, g);
    }

    /** FX thread: the plot was laid out at {@code g}. */
    void plotLaidOutAt(PlotGeometry g) {
        plotGeometry = g;
    }

    /** A layout of the cards, and the cards by sector id, as the plot keeps them. */
    record LaidOut(PlotLayout layout, Map<String, CardItem> byId) {
        /** Lays {@code cards} out at {@code g}: on the reading thread for an opened file, in the plot otherwise. */
        static LaidOut of(Framework f, List<CardItem> cards, PlotGeometry g) {
            Map<String, CardItem> byId = new HashMap<>(cards.size() * 2);
            cards.forEach(c -> byId.put(c.id(), c));
            return new LaidOut(PlotLayout.compute(f, cards.stream().map(CardItem::mark).toList(), g, FigureText.METRICS),
                    byId);
        }
    }

    /**
     * The layout made ahead for exactly these cards, framework and size, handed over once; null when there is
     * none (then the plot lays them out itself, as it would have).
     */
    LaidOut layoutMadeAhead(List<CardItem> items, Framework f, PlotGeometry g) {
        Prepared ready = ahead;
        ahead = null;
        return ready != null && ready.laidOut() != null && ready.cards() == items && ready.framework().equals(f)
                && ready.geometry().equals(g) ? ready.laidOut() : null;
    }

    /**
     * A project's placed sectors, the legend's key (a walk over every sector) and their cards, made off the FX
     * thread as the project opens; with the plot's layout of them when the plot's size was known (at 10,000
     * sectors a quarter of the frame that first shows the opened file).
     */
    record Prepared(List<Sector> placed, MarkerKey key, List<CardItem> cards, Framework framework,
                    PlotGeometry geometry, LaidOut laidOut) {
        static Prepared of(Project p, PlotGeometry g) {
            List<Sector> placed = p.sectors().stream().filter(Sector::isPlaced).toList();
            MarkerStyles styles = MarkerStyles.of(p, placed);
            List<CardItem> cards = RowsInParallel.map(placed, s -> CardItem.of(p, s, styles));
            if (g == null) {
                return new Prepared(placed, styles.key(), cards, p.framework(), null, null);
            }
            return new Prepared(placed, styles.key(), cards, p.framework(), g, LaidOut.of(p.framework(), cards, g));
        }
    }
}
