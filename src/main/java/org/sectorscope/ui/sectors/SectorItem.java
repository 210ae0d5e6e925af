package org.sectorscope.ui.sectors;

import org.sectorscope.model.Placement;
import org.sectorscope.ui.BalanceText;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Sector;

/**
 * What a sector card in the list shows; built from the model, never edited directly. {@code balance}
 * is the graded weight behind each pole; {@code warning} is null unless the placement goes against it.
 */
public record SectorItem(String id, String name, String quadrantLetter, String quadrantName, String quadrantColor,
                         String driver, int evidenceCount, boolean placedByReport, String balance,
                         String warning) {
    /** Shown instead of a quadrant for a sector without a position. */
    public static final String NOT_PLACED = "Not placed";

    public static SectorItem of(Project project, Sector sector) {
        Quadrant q = project.quadrantOf(sector).orElse(null);
        return new SectorItem(sector.id(), sector.name(), q == null ? "" : q.letter(),
                q == null ? NOT_PLACED : q.name(), q == null ? "#FFFFFF" : q.color(), sector.driver(),
                sector.evidence().size(), sector.placement().basis() == Placement.Basis.REPORT,
                BalanceText.summary(project.framework(), sector), BalanceText.warning(project.framework(), sector));
    }

    public boolean placed() {
        return !quadrantLetter.isEmpty();
    }

    public String quadrantLabel() {
        return placed() ? quadrantLetter + ") " + quadrantName : NOT_PLACED;
    }

    public String evidenceLabel() {
        return evidenceCount == 1 ? "1 evidence item" : evidenceCount + " evidence items";
    }
}
