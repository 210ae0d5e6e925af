package org.sectorscope.ui.common;

import java.util.ArrayList;
import java.util.List;
import org.sectorscope.logic.EvidenceBalance;
import org.sectorscope.model.AxisId;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Side;

/** The evidence balance and its warning in words, shared by the sector list, the canvas and the Evidence pane. */
public final class BalanceText {
    public static final String WARNING_MARK = EvidenceBalance.WARNING_MARK;

    private BalanceText() {
    }

    /**
     * The weight behind each pole with any, per axis: "Success 1.9 · Failure 0.4 | Constructive 0.6";
     * empty when no item bears on an axis.
     */
    public static String summary(Framework f, Sector s) {
        List<String> axes = new ArrayList<>();
        for (AxisId axis : List.of(AxisId.X, AxisId.Y)) {
            EvidenceBalance.AxisBalance b = EvidenceBalance.of(s, axis);
            List<String> poles = new ArrayList<>();
            for (Side side : List.of(Side.LOW, Side.HIGH)) {
                int items = side == Side.LOW ? b.itemsLow() : b.itemsHigh();
                if (items > 0) {
                    poles.add(f.axis(axis).label(side) + " " + weight(b.toward(side)));
                }
            }
            if (!poles.isEmpty()) {
                axes.add(String.join(" \u00b7 ", poles));
            }
        }
        return String.join(" | ", axes);
    }

    /** Every contradiction of the placement, one sentence each; null when there is none. */
    public static String warning(Framework f, Sector s) {
        List<String> lines = EvidenceBalance.contradictions(s).stream()
                .map(c -> EvidenceBalance.describe(c, f)).toList();
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    public static String weight(double w) {
        return EvidenceBalance.weightText(w);
    }
}
