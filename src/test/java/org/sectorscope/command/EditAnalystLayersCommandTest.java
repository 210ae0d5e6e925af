package org.sectorscope.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.LayerImport;
import org.sectorscope.model.AnalystLayer;
import org.sectorscope.model.AnalystPlacement;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.ProjectInfo;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;
import org.sectorscope.model.TestTeams;

class EditAnalystLayersCommandTest {
    private final Project team = TestTeams.threeAnalysts();

    private static List<String> names(Project p) {
        return p.teamwork().analysts().stream().map(AnalystLayer::analyst).toList();
    }

    /** Another analyst's copy: Solar moved, Chips unplaced, a sector this project lacks, authored by Lin Wei. */
    private static Project linsFile() {
        Project p = TestProjects.small();
        ProjectInfo i = p.info();
        List<Sector> sectors = new ArrayList<>(p.sectors().stream()
                .map(s -> s.id().equals(TestProjects.CHIPS) ? s.withPosition(null)
                        : s.id().equals(TestProjects.SOLAR) ? s.withPosition(new Position(-0.2, 0.3)) : s)
                .toList());
        sectors.add(new Sector(TestTeams.BATTERIES, "Batteries", "", null, new Position(0.2, 0.2), null, List.of(),
                Extras.NONE));
        return p.withInfo(new ProjectInfo(i.id(), i.title(), null, "Lin Wei", null, null, Extras.NONE))
                .withSectors(sectors);
    }

    @Test
    void importingAnotherAnalystsFileMatchesByIdAndKeepsWhatTheProjectLacks() {
        Project ours = TestProjects.small();
        LayerImport in = LayerImport.of(ours, linsFile(), "lin.sectorscope.json");
        assertEquals("Lin Wei", in.suggestedName());
        assertEquals(3, in.matched(), "Solar, Biotech and Aircraft; Chips is not placed there");
        assertEquals(List.of("Batteries"), in.lacking());
        assertEquals("Matched 3 placed sectors; 1 this project lacks (kept in the layer and flagged): Batteries",
                in.report());
        CommandStack stack = new CommandStack(ours);
        stack.execute(EditAnalystLayersCommand.add(ours, in.layer("Lin W."), "Import Lin W.'s placements"));
        AnalystLayer layer = stack.project().teamwork().analysts().get(0);
        assertEquals("Lin W.", layer.analyst());
        assertEquals(4, layer.placements().size());
        assertEquals(new Position(-0.2, 0.3), layer.placement(TestProjects.SOLAR).position());
        assertEquals("The report calls it a success.", layer.placement(TestProjects.SOLAR).rationale());
        assertEquals(new Position(0.2, 0.2), layer.placement(TestTeams.BATTERIES).position());
        assertEquals(ours.sectors(), stack.project().sectors(), "the project's own placements stay");
        assertEquals("Import Lin W.'s placements", stack.undoDescription().orElseThrow());
        stack.undo();
        assertEquals(ours, stack.project());
    }

    @Test
    void aFileOfAnUnrelatedProjectIsRefusedNamingTheFile() {
        Project other = TestProjects.random(7, 5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LayerImport.of(TestProjects.small(), other, "elsewhere.sectorscope.json"));
        assertTrue(e.getMessage().startsWith("elsewhere.sectorscope.json is not a version of this project"),
                e.getMessage());
    }

    @Test
    void copyingMyPlacementsMakesALayerOfTheCurrentPositions() {
        Project p = TestProjects.small();
        EditAnalystLayersCommand copy = EditAnalystLayersCommand.copyOwn(p, "  Me  ");
        assertEquals("Add Me's placements as a layer", copy.description());
        Project after = copy.apply(p);
        AnalystLayer mine = after.teamwork().analysts().get(0);
        assertEquals("Me", mine.analyst());
        assertEquals(4, mine.placements().size());
        for (Sector s : p.sectors()) {
            assertEquals(s.position(), mine.placement(s.id()).position());
        }
        assertEquals(p, copy.revert(after));
        assertThrows(IllegalArgumentException.class, () -> EditAnalystLayersCommand.copyOwn(p, " "));
        assertThrows(IllegalArgumentException.class, () -> EditAnalystLayersCommand.copyOwn(after, "me"),
                "a second layer by the same name could not be told apart");
    }

    @Test
    void renameAndRemoveAreEachOneUndoStep() {
        CommandStack stack = new CommandStack(team);
        assertTrue(EditAnalystLayersCommand.rename(team, TestTeams.LIN, "Lin Wei").isEmpty());
        stack.execute(EditAnalystLayersCommand.rename(team, TestTeams.LIN, "Wei Lin").orElseThrow());
        assertEquals("Rename analyst Lin Wei to Wei Lin", stack.undoDescription().orElseThrow());
        assertEquals(List.of("Wei Lin", "Ngozi Okafor"), names(stack.project()));
        assertThrows(IllegalArgumentException.class,
                () -> EditAnalystLayersCommand.rename(stack.project(), TestTeams.LIN, "ngozi okafor"));
        stack.execute(EditAnalystLayersCommand.remove(stack.project(), TestTeams.LIN));
        assertEquals("Remove Wei Lin's layer", stack.undoDescription().orElseThrow());
        assertEquals(List.of("Ngozi Okafor"), names(stack.project()));
        stack.undo();
        assertEquals(List.of("Wei Lin", "Ngozi Okafor"), names(stack.project()), "back in its place");
        assertEquals(4, stack.project().teamwork().analysts().get(0).placements().size(),
                "with its placements, the one of a sector the project lacks included");
        stack.undo();
        assertEquals(team, stack.project());
    }

    @Test
    void aDragInALayerMovesThatAnalystsPlacementOnly() {
        Map<String, Position> to = new LinkedHashMap<>();
        to.put(TestProjects.SOLAR, new Position(0.1, 0.1));
        to.put(TestProjects.AIRCRAFT, new Position(0.9, -0.9));
        EditAnalystLayersCommand move = EditAnalystLayersCommand.move(team, TestTeams.OKAFOR, to).orElseThrow();
        assertEquals("Move 2 sectors in Ngozi Okafor's layer", move.description());
        Project after = move.apply(team);
        AnalystLayer okafor = after.teamwork().analysts().get(1);
        assertEquals(new Position(0.1, 0.1), okafor.placement(TestProjects.SOLAR).position());
        assertEquals(new Position(0.9, -0.9), okafor.placement(TestProjects.AIRCRAFT).position(), "placed anew");
        assertEquals(team.sectors(), after.sectors());
        assertEquals(team.teamwork().analysts().get(0), after.teamwork().analysts().get(0));
        assertEquals(team, move.revert(after));
        assertTrue(EditAnalystLayersCommand.move(team, TestTeams.OKAFOR,
                Map.of(TestProjects.SOLAR, new Position(-0.7, 0.6))).isEmpty(), "a drag back to where it was");
        AnalystPlacement kept = EditAnalystLayersCommand.move(team, TestTeams.LIN,
                Map.of(TestProjects.SOLAR, new Position(-0.1, 0.1))).orElseThrow().apply(team)
                .teamwork().analysts().get(0).placement(TestProjects.SOLAR);
        assertEquals("Cost leadership is a global gain.", kept.rationale());
        assertFalse(team.teamwork().analysts().get(0).placement(TestProjects.SOLAR).position()
                .equals(kept.position()));
    }
}
