package org.sectorscope.logic.plot;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sectorscope.model.Driver;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;

/**
 * What a marker shape stands for in a figure's legend, read from the project's own drivers: the names of
 * the drivers drawn with that shape among the sectors shown ("State-led"), and "other" for a sector whose
 * driver the project does not define. So a legend never names a driver the figure does not draw, nor
 * keeps the report's name for a driver the project has renamed.
 */
public final class DriverLegend {
    private DriverLegend() {
    }

    /** The label for {@code shape}; empty when no shown sector is drawn with it. */
    public static String label(Project project, Collection<Sector> shown, DriverShape shape) {
        Set<String> used = new HashSet<>();
        boolean other = false;
        for (Sector s : shown) {
            DriverStyle style = DriverStyle.of(project, s);
            if (style.shape() == shape) {
                other |= style.name().isBlank();
                used.add(s.driver());
            }
        }
        // in the project's order of drivers, so the legend reads the same whichever sectors come first
        List<String> names = project.drivers().stream().filter(d -> used.contains(d.id())).map(Driver::name).toList();
        String label = String.join(" / ", names);
        if (other) {
            label = label.isEmpty() ? "other" : label + " or other";
        }
        return label;
    }
}
