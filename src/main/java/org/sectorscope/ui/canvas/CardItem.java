package org.sectorscope.ui.canvas;

import org.sectorscope.logic.plot.MarkerStyles;
import org.sectorscope.logic.plot.SectorMark;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;

/**
 * What the canvas shows of a placed sector: the layout's input ({@code mark}) and the quadrant its
 * signs give. Kept this light because the canvas makes one for every sector on every change; the words
 * a label speaks ({@link CardDetails}) are made only for sectors that get a label.
 */
public record CardItem(SectorMark mark, String quadrantLetter) {
    /** A card for a placed sector, its marker styled among the placed sectors {@code styles} covers. */
    static CardItem of(Project p, Sector s, MarkerStyles styles) {
        return new CardItem(SectorMark.of(p, s, true, styles), p.quadrantOf(s).orElseThrow().letter());
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
}
