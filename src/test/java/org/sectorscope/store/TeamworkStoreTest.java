package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.AnalystLayer;
import org.sectorscope.model.AnalystPlacement;
import org.sectorscope.model.Comment;
import org.sectorscope.model.Edition;
import org.sectorscope.model.EditionScore;
import org.sectorscope.model.EditionSector;
import org.sectorscope.model.Extras;
import org.sectorscope.model.MergeConflict;
import org.sectorscope.model.Placement;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Teamwork;
import org.sectorscope.model.TestProjects;

/** Editions, analyst layers, comments and merge conflicts are saved and read back whole. */
class TeamworkStoreTest {

    static Teamwork sampleTeamwork() {
        Edition edition = new Edition("edition-2020", "CSIS 2020 (report)", "2020-02-01",
                List.of(new EditionSector("gone-sector", "Gone sector", new Position(-0.5, 0.25),
                        Placement.Basis.REPORT, 3, Extras.NONE),
                        new EditionSector("unplaced", "Unplaced", null, null, 0, Extras.of(Map.of("x-note", "kept")))),
                List.of(new EditionScore("opt-1", "crit-1", 4, Extras.NONE)), Extras.NONE);
        AnalystLayer layer = new AnalystLayer("analyst-lee", "J. Lee",
                List.of(new AnalystPlacement("s1", new Position(0.3, -0.2), "SMIC volume", Extras.NONE)), Extras.NONE);
        Comment comment = new Comment("comment-1", Comment.Subject.EVIDENCE, "ev-1", "Reviewer", "2027-03-02T10:00:00Z",
                "Which page?", true, Extras.NONE);
        MergeConflict conflict = new MergeConflict("conflict-1", List.of("sectors", "s1", "position"),
                "Sector s1: position", MergeConflict.Side.of(Map.of("x", 0.1, "y", 0.2)),
                MergeConflict.Side.of(Map.of("x", 0.5, "y", 0.2)), MergeConflict.Side.ABSENT, Extras.NONE);
        return new Teamwork(List.of(edition), List.of(layer), List.of(comment), List.of(conflict));
    }

    @Test
    void everyRecordSurvivesASaveAndARead() throws Exception {
        Project project = TestProjects.small().withTeamwork(sampleTeamwork());
        byte[] bytes = ProjectWriter.toBytes(project);
        Project back = ProjectReader.parse(bytes, "team.sectorscope.json");

        assertEquals(project.teamwork(), back.teamwork());
        assertEquals(new String(bytes, StandardCharsets.UTF_8), ProjectWriter.toText(back) + "");
    }

    @Test
    void editionsAndLayersNamingSectorsTheProjectLacksAreKept() throws Exception {
        Project project = TestProjects.small().withTeamwork(sampleTeamwork());
        Project back = ProjectReader.parse(ProjectWriter.toBytes(project), "team.sectorscope.json");
        assertTrue(ProjectIntegrity.problems(back).isEmpty(), ProjectIntegrity.problems(back).toString());
        assertEquals("gone-sector", back.teamwork().editions().get(0).sectors().get(0).sectorId());
    }

    @Test
    void conflictSidesKeepTheirValuesAndAbsence() throws Exception {
        Project project = TestProjects.small().withTeamwork(sampleTeamwork());
        String text = new String(ProjectWriter.toBytes(project), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"path\": [\n        \"sectors\",\n        \"s1\",\n        \"position\"\n      ]"),
                text);
        assertFalse(text.contains("\"theirs\""), "an absent side is left out");
        MergeConflict back = ProjectReader.parse(text.getBytes(StandardCharsets.UTF_8), "c.json")
                .teamwork().conflicts().get(0);
        assertFalse(back.theirs().present());
        assertEquals(new BigDecimal("0.5"), ((Map<?, ?>) back.ours().value()).get("x"));
        assertEquals("s1", back.sectorId());
    }

    @Test
    void unknownFieldsInsideTheirPositionsSurviveASave() throws Exception {
        Project project = TestProjects.small().withTeamwork(sampleTeamwork());
        String text = ProjectWriter.toText(project)
                .replace("\"x\": -0.5,\n", "\"x\": -0.5,\n          \"precision\": \"rough\",\n")
                .replace("\"x\": 0.3,\n", "\"x\": 0.3,\n            \"by\": \"eye\",\n");
        assertTrue(text.contains("\"precision\"") && text.contains("\"by\""), text);
        Project back = ProjectReader.parse(text.getBytes(StandardCharsets.UTF_8), "future.sectorscope.json");
        assertEquals("rough", back.teamwork().editions().get(0).sectors().get(0).positionExtras().fields()
                .get("precision"));
        assertEquals("eye", back.teamwork().analysts().get(0).placements().get(0).positionExtras().fields().get("by"));
        String again = ProjectWriter.toText(back);
        assertTrue(again.contains("\"precision\": \"rough\"") && again.contains("\"by\": \"eye\""), again);
    }

    @Test
    void aProjectWithoutTeamworkWritesNoneOfItsKeys() {
        String text = ProjectWriter.toText(TestProjects.small());
        for (String key : List.of("editions", "analysts", "comments", "conflicts")) {
            assertFalse(text.contains("\"" + key + "\""), key);
        }
    }

    @Test
    void twoEditionsWithOneIdAreRefusedNamingTheList() {
        Edition e = sampleTeamwork().editions().get(0);
        Project project = TestProjects.small().withTeamwork(Teamwork.NONE.withEditions(List.of(e, e.withName("B"))));
        List<String> problems = ProjectIntegrity.problems(project);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("editions: "), problems.get(0));
        assertThrows(ProjectFileException.class, () -> ProjectReader.parse(ProjectWriter.toBytes(project), "d.json"));
    }
}
