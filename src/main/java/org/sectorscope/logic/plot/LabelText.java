package org.sectorscope.logic.plot;

import java.util.ArrayList;
import java.util.List;
import org.sectorscope.logic.PlotGeometry;

/**
 * What a label says and how big it is. A full label: the name on up to three lines, then the driver's
 * name and the meter ("▮▮▯ 3 ⚠") on one line. A compact label: the name on up to two lines in smaller
 * type, with the ⚠ after it when the evidence disagrees, so the warning is never lost; where even that
 * finds no room, the name on one short line, cut with an ellipsis (the whole name shows on hover).
 */
final class LabelText {
    /** A label's text and size, before it is placed. */
    record Sized(boolean compact, List<String> lines, String driverText, double w, double h) {
    }

    private static final double NAME_ROOM = 2 * (PlotStyle.FULL_NAME_LINES + 1)
            * Math.max(PlotStyle.fullMaxWidth(Double.MAX_VALUE), PlotStyle.COMPACT_MAX_WIDTH);

    private final TextMetrics m;
    private final PlotGeometry g;

    LabelText(TextMetrics m, PlotGeometry g) {
        this.m = m;
        this.g = g;
    }

    /** The sizes to try for a sector, largest first: full (when the plot has room for full labels), compact, one line. */
    List<Sized> tries(boolean full, SectorMark s) {
        List<Sized> out = new ArrayList<>(3);
        if (full) {
            out.add(fullLabel(s));
        }
        out.add(compact(s, PlotStyle.COMPACT_MAX_WIDTH, PlotStyle.COMPACT_NAME_LINES));
        out.add(compact(s, PlotStyle.SHORT_MAX_WIDTH, 1));
        return out;
    }

    private Sized fullLabel(SectorMark s) {
        TextStyle nameStyle = TextStyle.CARD_NAME;
        double pad = PlotStyle.PAD_X;
        double maxW = PlotStyle.fullMaxWidth(g.width());
        String name = name(s);
        // Cut to what could fit: a driver wider than the label gives way below, unmeasured past that.
        String driver = TextFit.clean(s.driver(), maxW, TextStyle.CARD_META.size());
        String meta = meta(s);
        double metaW = meta.isEmpty() ? 0 : width(meta, TextStyle.CARD_META);
        double driverW = driver.isEmpty() ? 0 : width(driver, TextStyle.CARD_META) + PlotStyle.META_GAP;
        double one = 2 * pad + width(TextFit.ellipsize(name, maxW, nameStyle.size(), t -> width(t, nameStyle)), nameStyle) + 1;
        double w = Math.ceil(Math.min(maxW, Math.max(one, 2 * pad + driverW + metaW)));
        List<String> lines = TextFit.wrap(name, w - 2 * pad, PlotStyle.FULL_NAME_LINES, nameStyle.size(),
                t -> width(t, nameStyle));
        // The driver is the marker's shape too, so its name gives way when the label is narrow.
        if (!driver.isEmpty() && 2 * pad + driverW + metaW > w) {
            driver = "";
        }
        boolean metaLine = !driver.isEmpty() || !meta.isEmpty();
        double h = PlotStyle.PAD_Y * 2 + lines.size() * m.lineHeight(nameStyle)
                + (metaLine ? 1 + m.lineHeight(TextStyle.CARD_META) : 0);
        return new Sized(false, lines, driver, w, Math.ceil(h));
    }

    private Sized compact(SectorMark s, double maxWidth, int maxLines) {
        TextStyle nameStyle = TextStyle.CARD_NAME_COMPACT;
        double pad = PlotStyle.COMPACT_PAD_X;
        double warnW = s.warning() ? width(SectorMark.WARNING_MARK, nameStyle) + PlotStyle.META_GAP : 0;
        String name = name(s);
        double maxText = maxWidth - 2 * pad - warnW;
        double one = width(TextFit.ellipsize(name, maxText, nameStyle.size(), t -> width(t, nameStyle)), nameStyle) + 1;
        double w = Math.ceil(Math.min(maxWidth, 2 * pad + warnW + one));
        List<String> lines = TextFit.wrap(name, w - 2 * pad - warnW, maxLines, nameStyle.size(),
                t -> width(t, nameStyle));
        double h = PlotStyle.COMPACT_PAD_Y * 2 + Math.max(1, lines.size()) * m.lineHeight(nameStyle);
        return new Sized(true, lines, "", w, Math.ceil(h));
    }

    /**
     * The name, cleaned and cut to twice what the widest label's lines could hold (what any size's wrap
     * and ellipsis would cut it to anyway), so a name of any length costs what a long one does.
     */
    private static String name(SectorMark s) {
        return TextFit.clean(s.name(), NAME_ROOM, TextStyle.CARD_NAME_COMPACT.size());
    }

    /** "▮▮▯ 3" and, when the evidence disagrees, " ⚠"; empty when marks are off. */
    static String meta(SectorMark s) {
        if (s.meter() == null) {
            return "";
        }
        return s.warning() ? s.meter() + " " + SectorMark.WARNING_MARK : s.meter();
    }

    private double width(String t, TextStyle style) {
        return m.width(t, style);
    }
}
