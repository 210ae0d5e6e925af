package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.logic.Consensus;
import org.sectorscope.model.Project;

/** The screenshot demo is what its comment promises, and survives a save and a read. */
class AnalystsDemoTest {
    @Test
    void theDemoHasThreeAnalystsContestedSectorsAndOneFlaggedPlacement(@TempDir Path dir) throws Exception {
        Project demo = AnalystsDemo.sampleWithTeam();
        Consensus c = Consensus.of(demo);
        assertEquals(3, c.analysts().size());
        assertTrue(c.sectors().stream().filter(s -> s.count() == 3).count() >= 8, "crowded: most sectors by all three");
        assertTrue(c.sectors().stream().anyMatch(s -> s.agreement() < 1), "some sectors are contested");
        assertEquals(1, c.orphans().size());
        assertEquals(AnalystsDemo.LACKING, c.orphans().get(0).sectorId());
        Path file = dir.resolve("team.sectorscope.json");
        AnalystsDemo.main(new String[] {file.toString()});
        assertEquals(demo, ProjectStore.load(file));
    }
}
