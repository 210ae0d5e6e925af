package org.sectorscope.logic.plot;

import org.sectorscope.model.Driver;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;

/**
 * How a sector's driver is drawn, looked up in the project's own drivers: the name for labels, the
 * marker's shape and its colour (0xRRGGBB). A sector without a driver, or whose driver the project does
 * not define, is drawn as the report drew "mixed or other": a dark diamond with no name.
 */
public record DriverStyle(String name, DriverShape shape, int rgb) {
    public static final DriverStyle NONE = new DriverStyle("", DriverShape.DIAMOND, PlotPalette.OTHER_DRIVER);

    public static DriverStyle of(Driver d) {
        return new DriverStyle(d.name(), DriverShape.of(d.shape()), Integer.parseInt(d.color().substring(1), 16));
    }

    public static DriverStyle of(Project project, Sector sector) {
        return project.driverOf(sector).map(DriverStyle::of).orElse(NONE);
    }
}
