package org.sectorscope.ui.canvas;

import org.sectorscope.logic.PlacementCredit;
import org.sectorscope.logic.PlotLocation;
import org.sectorscope.logic.plot.SectorMark;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.ui.BalanceText;

/**
 * What the canvas shows of a placed sector: the layout's input ({@code mark}), and the words its card
 * speaks to a screen reader and in its tooltip. {@code warning} is null unless the evidence disagrees.
 *
 * @param quadrantLetter the quadrant its position's signs give
 * @param where          "A) Win-Win", or "on the A/B line"
 * @param credit         who placed it, in words ("placed by the report (Kennedy, Figure 1.2, CSIS 2020)")
 */
public record CardItem(SectorMark mark, String quadrantLetter, String where, String credit, String warning) {
    /** A card for a placed sector. */
    static CardItem of(Project p, Sector s) {
        return new CardItem(SectorMark.of(p, s, true), p.quadrantOf(s).orElseThrow().letter(),
                PlotLocation.of(p.framework(), s.position()).label(), PlacementCredit.of(p, s).describe(),
                BalanceText.warning(p.framework(), s));
    }

    public String id() {
        return mark.id();
    }

    public String name() {
        return mark.name();
    }

    public Position position() {
        return mark.position();
    }

    /** The sentence a screen reader says for the card. */
    String accessibleText() {
        return mark.name() + ", " + where + ", " + credit + ", " + mark.confidence().label()
                + (warning == null ? "" : ". Warning: " + warning);
    }
}
