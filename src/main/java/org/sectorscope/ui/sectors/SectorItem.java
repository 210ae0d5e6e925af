package org.sectorscope.ui.sectors;

import org.sectorscope.model.Placement;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Sector;

/** What a sector card in the list shows; built from the model, never edited directly. */
public record SectorItem(String id, String name, String quadrantLetter, String quadrantName, String quadrantColor,
                         String driver, int evidenceCount, boolean placedByReport) {
    public static SectorItem of(Project project, Sector sector) {
        Quadrant q = project.quadrantOf(sector);
        return new SectorItem(sector.id(), sector.name(), q.letter(), q.name(), q.color(), sector.driver(),
                sector.evidence().size(), sector.placement().basis() == Placement.Basis.REPORT);
    }

    public String quadrantLabel() {
        return quadrantLetter + ") " + quadrantName;
    }

    public String evidenceLabel() {
        return evidenceCount == 1 ? "1 evidence item" : evidenceCount + " evidence items";
    }
}
