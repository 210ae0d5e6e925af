package org.sectorscope.ui.evidence;

import org.sectorscope.logic.EvidenceBalance;
import org.sectorscope.model.AxisId;
import org.sectorscope.model.Axis;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Side;

/**
 * One axis of the Evidence pane's balance: the graded weight and item count behind each pole, and
 * which pole the sector sits on (null while unplaced).
 */
public record BalanceRow(String axisTitle, String lowLabel, double lowWeight, int lowItems, String highLabel,
                         double highWeight, int highItems, Side placedOn) {
    static BalanceRow of(Axis axis, AxisId id, Sector s) {
        EvidenceBalance.AxisBalance b = EvidenceBalance.of(s, id);
        Side placed = !s.isPlaced() ? null : Side.of(id == AxisId.X ? s.position().x() : s.position().y());
        return new BalanceRow(axis.title(), axis.lowLabel(), b.towardLow(), b.itemsLow(), axis.highLabel(),
                b.towardHigh(), b.itemsHigh(), placed);
    }

    /** The low pole's share of the weight, 0..1; 0.5 when nothing bears on the axis. */
    public double lowShare() {
        double total = lowWeight + highWeight;
        return total == 0 ? 0.5 : lowWeight / total;
    }

    public boolean isEmpty() {
        return lowItems + highItems == 0;
    }
}
