package org.sectorscope.logic.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Driver;
import org.sectorscope.model.MarkerShape;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.store.ProjectStore;

/** A legend names the drivers the figure draws, as the project names them. */
class DriverLegendTest {
    private static List<Sector> placed(Project p) {
        return p.sectors().stream().filter(Sector::isPlaced).toList();
    }

    @Test
    void theSampleNamesItsThreeDrivers() throws Exception {
        Project sample = ProjectStore.loadSample();
        assertEquals("State-led", DriverLegend.label(sample, placed(sample), DriverShape.SQUARE));
        assertEquals("Market-oriented", DriverLegend.label(sample, placed(sample), DriverShape.CIRCLE));
        // Solar panels has no driver in the sample: drawn as a diamond, so the diamond says "or other".
        assertEquals("Mixed or other", DriverLegend.label(sample, placed(sample), DriverShape.DIAMOND));
    }

    @Test
    void aRenamedOrAddedDriverIsNamedAsTheProjectNamesIt() throws Exception {
        Project sample = ProjectStore.loadSample();
        List<Driver> drivers = sample.drivers().stream()
                .map(d -> d.id().equals(Driver.STATE_LED) ? new Driver(d.id(), "Government-led", d.shape(), d.color()) : d)
                .toList();
        Driver guilds = new Driver("driver-guilds", "Guild-led", MarkerShape.SQUARE, "#123456");
        Project p = sample.withDrivers(Stream.concat(drivers.stream(), Stream.of(guilds))
                .toList());
        Sector first = placed(p).get(0);
        p = p.withSector(first.id(), s -> s.withDriver(guilds.id()));
        assertEquals("Government-led / Guild-led", DriverLegend.label(p, placed(p), DriverShape.SQUARE));
    }

    @Test
    void aShapeNoShownSectorHasIsNotInTheLegendAndAnUndefinedDriverIsOther() throws Exception {
        Project sample = ProjectStore.loadSample();
        List<Sector> squares = placed(sample).stream()
                .filter(s -> DriverStyle.of(sample, s).shape() == DriverShape.SQUARE).toList();
        assertEquals("", DriverLegend.label(sample, squares, DriverShape.CIRCLE));
        Sector undefined = squares.get(0).withDriver("driver-nobody-defined");
        assertEquals("other", DriverLegend.label(sample, List.of(undefined), DriverShape.DIAMOND));
    }
}
