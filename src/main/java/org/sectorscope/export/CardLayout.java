package org.sectorscope.export;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sectorscope.logic.CardSpreader;
import org.sectorscope.logic.EvidenceBalance;
import org.sectorscope.logic.PlacementConfidence;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.model.Sector;

/**
 * Sizes each sector's card and places it with {@link CardSpreader}, as the canvas does, so no card
 * covers another or a quadrant name. The room per card picks how much a card shows, with the canvas's
 * thresholds: name, driver and meter; the name only; or, on a crowded plot, the driver shape alone.
 */
final class CardLayout {
    static final double PAD_X = 6;
    static final double PAD_Y = 4;
    static final double GAP = 5;
    static final double MARKER = DriverMarker.SIZE;
    /** A shape-only card: the marker in a small rounded square. */
    static final double DOT = MARKER + 6;
    static final Font NAME = ExportFonts.bold(12);
    static final Font NAME_COMPACT = ExportFonts.bold(11);
    static final Font META = ExportFonts.regular(10);
    static final Font MARK = ExportFonts.regular(10);
    static final String WARNING_MARK = EvidenceBalance.WARNING_MARK;

    /** The canvas's thresholds (QuadrantPlot): square units of plot per card for full and compact cards. */
    static final double FULL_AREA = 14_000;
    static final double COMPACT_AREA = 2_500;
    static final double COMPACT_BELOW = 640;
    /** Above this many sectors spreading costs too much, and labels would not be legible anyway: shapes only. */
    static final int SPREAD_LIMIT = 400;
    private static final double SPREAD_GAP = 4;

    private CardLayout() {
    }

    static List<SectorCard> layout(List<Sector> sectors, PlotGeometry g, List<CardSpreader.Box> fixed,
                                   boolean marks, Set<String> targetIds) {
        double room = g.width() * g.height() / Math.max(1, sectors.size());
        boolean full = room >= FULL_AREA && g.width() >= COMPACT_BELOW;
        boolean labelled = sectors.size() <= SPREAD_LIMIT && room >= COMPACT_AREA;
        List<SectorCard> cards = new ArrayList<>(sectors.size());
        for (Sector s : sectors) {
            cards.add(labelled ? sized(s, g, full, marks, targetIds.contains(s.id()))
                    : dot(s, g, targetIds.contains(s.id())));
        }
        if (!labelled) {
            return cards;
        }
        List<CardSpreader.Box> desired = cards.stream().map(SectorCard::box).toList();
        List<CardSpreader.Box> placed = CardSpreader.place(desired, fixed, bounds(g), SPREAD_GAP);
        List<SectorCard> out = new ArrayList<>(cards.size());
        for (int i = 0; i < cards.size(); i++) {
            SectorCard c = cards.get(i);
            CardSpreader.Box b = placed.get(i);
            // No free spot left: the sector is still shown, as its shape at its own place.
            out.add(b == null ? dot(c.sector(), g, c.target()) : withBox(c, b));
        }
        return out;
    }

    /** Cards stay 2 units inside the plot's frame. */
    static CardSpreader.Box bounds(PlotGeometry g) {
        return new CardSpreader.Box(g.left() + 2, g.top() + 2, g.width() - 4, g.height() - 4);
    }

    private static SectorCard withBox(SectorCard c, CardSpreader.Box b) {
        return new SectorCard(c.sector(), b, c.labelled(), c.compact(), c.nameLines(), c.driverText(), c.mark(),
                c.markColor(), c.target());
    }

    /** A full or compact card, centred on the sector's position (whole units, for crisp edges). */
    private static SectorCard sized(Sector s, PlotGeometry g, boolean full, boolean marks, boolean target) {
        Font nameFont = full ? NAME : NAME_COMPACT;
        double textLeft = PAD_X + MARKER + GAP;
        double maxW = full ? Math.max(120, Math.min(180, g.width() / 5.2)) : 132;
        String name = Typesetter.clean(s.name());
        String driver = full ? Typesetter.clean(s.driver()) : "";
        String mark = full && marks ? mark(s) : "";
        double markW = mark.isEmpty() ? 0 : Typesetter.width(mark, MARK);
        double driverW = driver.isEmpty() ? 0 : Typesetter.width(driver, META) + GAP;
        double one = textLeft + Typesetter.width(name, nameFont) + PAD_X + 1;
        double meta = textLeft + driverW + markW + PAD_X;
        double w = Math.ceil(Math.min(maxW, Math.max(one, meta)));
        List<String> lines = Typesetter.wrap(name, nameFont, w - textLeft - PAD_X, full ? 3 : 2);
        // The driver is drawn as the marker too, so its name gives way when the card is narrow.
        if (!driver.isEmpty() && textLeft + driverW + markW > w - PAD_X) {
            driver = "";
        }
        boolean metaLine = !driver.isEmpty() || !mark.isEmpty();
        double h = PAD_Y + lines.size() * Typesetter.lineHeight(nameFont)
                + (metaLine ? 1 + Typesetter.lineHeight(META) : 0) + PAD_Y;
        h = Math.ceil(h);
        double x = Math.round(g.toPixelX(s.position().x()) - w / 2);
        double y = Math.round(g.toPixelY(s.position().y()) - h / 2);
        return new SectorCard(s, new CardSpreader.Box(x, y, w, h), true, !full, lines, driver, mark,
                markColor(s), target);
    }

    /** The shape alone, centred on the position and kept inside the plot. */
    static SectorCard dot(Sector s, PlotGeometry g, boolean target) {
        CardSpreader.Box b = bounds(g);
        double x = clamp(g.toPixelX(s.position().x()) - DOT / 2, b.x(), b.x() + b.w() - DOT);
        double y = clamp(g.toPixelY(s.position().y()) - DOT / 2, b.y(), b.y() + b.h() - DOT);
        return new SectorCard(s, new CardSpreader.Box(x, y, DOT, DOT), false, false, List.of(), "", "", null, target);
    }

    /** "▮▮▯ 3 ⚠": the support meter, the evidence count and, when the evidence disagrees, the warning. */
    static String mark(Sector s) {
        boolean contradicted = !EvidenceBalance.contradictions(s).isEmpty();
        return PlacementConfidence.of(s).bars() + " " + s.evidence().size() + (contradicted ? " " + WARNING_MARK : "");
    }

    private static Color markColor(Sector s) {
        if (!EvidenceBalance.contradictions(s).isEmpty()) {
            return Palette.WARNING;
        }
        return PlacementConfidence.of(s) == PlacementConfidence.Level.NONE ? Palette.CONFIDENCE_NONE : Palette.CONFIDENCE;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
