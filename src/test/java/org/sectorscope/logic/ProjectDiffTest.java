package org.sectorscope.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.command.EditEvidenceCommand;
import org.sectorscope.command.MoveSectorsCommand;
import org.sectorscope.command.RemoveSectorsCommand;
import org.sectorscope.command.RenameSectorCommand;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;

class ProjectDiffTest {
    private final Project small = TestProjects.small();

    @Test
    void equalProjectsHaveNoLines() {
        assertEquals(List.of(), ProjectDiff.describe(small, TestProjects.small()));
    }

    @Test
    void movesRenamesAndEvidenceAreNamedAndCounted() {
        Project p = MoveSectorsCommand.of(small, TestProjects.CHIPS, new Position(0.5, -0.5)).apply(small);
        p = MoveSectorsCommand.of(p, TestProjects.SOLAR, new Position(-0.5, 0.6)).apply(p);
        p = RenameSectorCommand.of(p, TestProjects.BIOTECH, "Biopharma").apply(p);
        p = EditEvidenceCommand.remove(p, TestProjects.SOLAR, "ev-solar-2").apply(p);
        assertEquals(List.of("Sectors renamed (1): Biotech \u2192 Biopharma",
                "Sectors moved (2): Solar PV (within A), Semiconductors B \u2192 D",
                "1 evidence item removed"), ProjectDiff.describe(small, p));
    }

    @Test
    void removedSectorsCountTheirEvidence() {
        Project p = RemoveSectorsCommand.of(small, List.of(TestProjects.CHIPS)).apply(small);
        // Removing a sector also drops it from the options that targeted it (Targeted subsidies).
        assertEquals(List.of("Sectors removed (1): Semiconductors", "2 evidence items removed",
                "Policy options, criteria or scores changed"), ProjectDiff.describe(small, p));
    }
}
