package org.sectorscope.logic;

import java.util.List;
import java.util.Locale;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Sector;

/** Questions the panes ask about sectors: filtering, dividing lines, which options address one. */
public final class SectorQueries {
    private SectorQueries() {
    }

    /**
     * Whether the sector matches a typed filter: every word must occur in its name, driver, quadrant, tags
     * or custom field values ("Lead region: MIIT").
     */
    public static boolean matches(Project project, Sector sector, String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String where = project.quadrantOf(sector).map(q -> q.letter() + ") " + q.name()).orElse("not placed");
        if (sector.isPlaced() && PlotLocation.of(project.framework(), sector.position()).onLine()) {
            where += " " + PlotLocation.of(project.framework(), sector.position()).label(); // "on the A/B line"
        }
        String haystack = (sector.name() + " " + project.driverNameOf(sector) + " " + where + " "
                + String.join(" ", sector.tags()) + " " + FieldValues.line(project, sector)).toLowerCase(Locale.ROOT);
        for (String word : filter.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Options that name the sector, or the quadrant it currently sits in, among their targets. */
    public static List<PolicyOption> optionsAddressing(Project project, String sectorId) {
        return project.sector(sectorId).map(s -> {
            String letter = project.quadrantOf(s).map(Quadrant::letter).orElse(null);
            return project.options().stream()
                    .filter(o -> o.targets().sectorIds().contains(sectorId)
                            || (letter != null && o.targets().quadrantLetters().contains(letter)))
                    .toList();
        }).orElse(List.of());
    }
}
