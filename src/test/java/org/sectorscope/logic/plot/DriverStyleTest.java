package org.sectorscope.logic.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Driver;
import org.sectorscope.model.MarkerShape;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;

/** A sector's driver is drawn from the project's definition; the defaults look as they always have. */
class DriverStyleTest {
    @Test
    void theDefaultDriversKeepTheShapesAndColoursOfTheFixedMapping() {
        List<Driver> d = Driver.defaults();
        assertEquals(new DriverStyle("State-led", DriverShape.SQUARE, DriverShape.SQUARE.rgb()), DriverStyle.of(d.get(0)));
        assertEquals(new DriverStyle("Market-oriented", DriverShape.CIRCLE, DriverShape.CIRCLE.rgb()),
                DriverStyle.of(d.get(1)));
        assertEquals(new DriverStyle("Mixed", DriverShape.DIAMOND, DriverShape.DIAMOND.rgb()), DriverStyle.of(d.get(2)));
    }

    @Test
    void aProjectsOwnDriverAndAMissingOne() {
        Project p = TestProjects.small().withDrivers(List.of(new Driver(Driver.STATE_LED, "Provincial state",
                MarkerShape.CIRCLE, "#0A0B0C")));
        Sector solar = p.sector(TestProjects.SOLAR).orElseThrow();
        assertEquals(new DriverStyle("Provincial state", DriverShape.CIRCLE, 0x0a0b0c), DriverStyle.of(p, solar));
        assertEquals(DriverStyle.NONE, DriverStyle.of(p, p.sector(TestProjects.BIOTECH).orElseThrow()));
        SectorMark mark = SectorMark.of(p, List.of(solar), false).get(0);
        assertEquals("Provincial state", mark.driver());
        assertEquals(DriverShape.CIRCLE, mark.shape());
        assertEquals(0x0a0b0c, mark.rgb(), "the marker is drawn in the driver's stored colour, not its shape's");
    }
}
