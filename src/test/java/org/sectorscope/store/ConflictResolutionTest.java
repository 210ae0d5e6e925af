package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.MergeConflict;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;

/** Keeping ours or taking theirs for one conflict a merge recorded. */
class ConflictResolutionTest {
    static Project merged(Project ours, Project theirs) throws ProjectFileException {
        return ProjectMerge.merge(TestProjects.small(), ours, theirs, "ours", "theirs").project();
    }

    static Project moved(String sectorId, double x, double y) {
        return TestProjects.small().withSector(sectorId, s -> s.withPosition(new Position(x, y)));
    }

    static Project removed(String sectorId) {
        return TestProjects.small().withSectors(TestProjects.small().sectors().stream()
                .filter(s -> !s.id().equals(sectorId)).toList());
    }

    private static MergeConflict only(Project p) {
        assertEquals(1, p.teamwork().conflicts().size(), p.teamwork().conflicts().toString());
        return p.teamwork().conflicts().get(0);
    }

    @Test
    void takingTheirsPutsTheirPositionInAndDropsTheRecord() throws Exception {
        Project p = merged(moved(TestProjects.CHIPS, 0.3, -0.7), moved(TestProjects.CHIPS, 0.6, 0.6));
        Project resolved = ConflictResolution.apply(p, only(p), ConflictResolution.Choice.THEIRS);
        assertEquals(new Position(0.6, 0.6), resolved.sector(TestProjects.CHIPS).orElseThrow().position());
        assertTrue(resolved.teamwork().conflicts().isEmpty());
        assertEquals(p.withTeamwork(p.teamwork().withConflicts(List.of()))
                .withSector(TestProjects.CHIPS, s -> s.withPosition(new Position(0.6, 0.6))), resolved,
                "nothing else changes");
    }

    @Test
    void keepingOursOnlyDropsTheRecord() throws Exception {
        Project p = merged(moved(TestProjects.CHIPS, 0.3, -0.7), moved(TestProjects.CHIPS, 0.6, 0.6));
        Project resolved = ConflictResolution.apply(p, only(p), ConflictResolution.Choice.OURS);
        assertEquals(p.withTeamwork(p.teamwork().withConflicts(List.of())), resolved);
    }

    @Test
    void takingTheirRemovalRemovesTheSector() throws Exception {
        Project p = merged(TestProjects.small().withSector(TestProjects.AIRCRAFT, s -> s.withSummary("Edited")),
                removed(TestProjects.AIRCRAFT));
        assertEquals(List.of("sectors", TestProjects.AIRCRAFT), only(p).path());
        Project resolved = ConflictResolution.apply(p, only(p), ConflictResolution.Choice.THEIRS);
        assertTrue(resolved.sector(TestProjects.AIRCRAFT).isEmpty());
        assertTrue(resolved.teamwork().conflicts().isEmpty());
    }

    @Test
    void takingTheirEditOfWhatWeRemovedBringsItBack() throws Exception {
        Project p = merged(removed(TestProjects.AIRCRAFT),
                TestProjects.small().withSector(TestProjects.AIRCRAFT, s -> s.withSummary("Edited")));
        assertTrue(p.sector(TestProjects.AIRCRAFT).isEmpty(), "ours removed it");
        Project resolved = ConflictResolution.apply(p, only(p), ConflictResolution.Choice.THEIRS);
        Sector back = resolved.sector(TestProjects.AIRCRAFT).orElseThrow();
        assertEquals("Edited", back.summary());
    }

    @Test
    void aConflictNotInTheProjectIsRefused() throws Exception {
        Project p = merged(moved(TestProjects.CHIPS, 0.3, -0.7), moved(TestProjects.CHIPS, 0.6, 0.6));
        MergeConflict c = only(p);
        Project without = ConflictResolution.apply(p, c, ConflictResolution.Choice.OURS);
        assertThrows(IllegalArgumentException.class,
                () -> ConflictResolution.apply(without, c, ConflictResolution.Choice.THEIRS));
    }
}
