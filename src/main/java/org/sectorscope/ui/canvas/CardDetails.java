package org.sectorscope.ui.canvas;

import org.sectorscope.logic.PlacementConfidence;
import org.sectorscope.logic.PlacementCredit;
import org.sectorscope.logic.PlotLocation;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.ui.common.BalanceText;

/**
 * The words a sector's label speaks to a screen reader and in its tooltip.
 *
 * @param where   "A) Win-Win", or "on the A/B line"
 * @param credit  who placed it ("placed by the report (Kennedy, Figure 1.2, CSIS 2020)")
 * @param warning why the placement goes against its evidence, or null
 */
record CardDetails(String name, String where, String credit, String confidence, String warning) {
    static CardDetails of(Project p, Sector s) {
        return new CardDetails(s.name(), PlotLocation.of(p.framework(), s.position()).label(),
                PlacementCredit.of(p, s).describe(), PlacementConfidence.of(s).label(),
                BalanceText.warning(p.framework(), s));
    }

    String accessibleText() {
        return name + ", " + where + ", " + credit + ", " + confidence + (warning == null ? "" : ". Warning: " + warning);
    }
}
