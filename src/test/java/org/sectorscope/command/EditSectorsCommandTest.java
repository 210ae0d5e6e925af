package org.sectorscope.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Driver;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;

class EditSectorsCommandTest {
    private final Project project = TestProjects.small();

    private static Sector withDriver(Sector s, String driverId) {
        return s.withDriver(driverId);
    }

    @Test
    void settingTheDriverOfSeveralSectorsIsOneStepThatUndoesExactly() {
        List<String> ids = List.of(TestProjects.SOLAR, TestProjects.CHIPS, TestProjects.BIOTECH);
        EditSectorsCommand command = EditSectorsCommand.of(project, ids, "the driver", s -> withDriver(s, Driver.MIXED))
                .orElseThrow();
        Project edited = command.apply(project);
        for (String id : ids) {
            assertEquals(Driver.MIXED, edited.sector(id).orElseThrow().driver());
        }
        assertEquals(project.sector(TestProjects.AIRCRAFT), edited.sector(TestProjects.AIRCRAFT), "others untouched");
        assertEquals(project, command.revert(edited));
        assertEquals("Set the driver of " + command.before().size() + " sectors", command.description());
    }

    @Test
    void onlySectorsThatChangeAreKeptAndOneIsNamed() {
        Sector chips = project.sector(TestProjects.CHIPS).orElseThrow();
        String kept = chips.driver();
        EditSectorsCommand command = EditSectorsCommand.of(project,
                List.of(TestProjects.CHIPS, TestProjects.SOLAR), "the driver",
                s -> s.id().equals(TestProjects.CHIPS) ? s : withDriver(s, kept.equals(Driver.MIXED) ? Driver.MARKET : Driver.MIXED)).orElseThrow();
        assertEquals(1, command.after().size());
        Sector solar = project.sector(TestProjects.SOLAR).orElseThrow();
        assertEquals("Set the driver of " + solar.name(), command.description());
        assertNotEquals(project, command.apply(project));
    }

    @Test
    void anEditThatChangesNothingIsNoStep() {
        assertTrue(EditSectorsCommand.of(project, List.of(TestProjects.SOLAR), "the driver", s -> s).isEmpty());
    }

    @Test
    void anUnknownSectorIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> EditSectorsCommand.of(project, List.of("no-such"), "the driver", s -> s));
    }
}
