package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.command.MoveSectorsCommand;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.MergeConflict;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;

/**
 * The three-way merge on ids, on hand-made versions of the schema version 2 example: what merges
 * cleanly, what is a conflict (kept as ours plus a record), and what is refused.
 */
class ProjectMergeTest {
    private static final ObjectReader TREES = ProjectJson.MAPPER.reader()
            .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

    @TempDir
    Path dir;

    static ObjectNode example(int version) {
        try {
            return (ObjectNode) TREES.readTree(MigrationFixturesTest.bytes(MigrationFixturesTest.exampleOf(version)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode edited(ObjectNode tree, Consumer<ObjectNode> edit) {
        ObjectNode copy = tree.deepCopy();
        edit.accept(copy);
        return copy;
    }

    static ObjectNode record(JsonNode list, String id) {
        for (JsonNode n : list) {
            if (id.equals(n.path("id").asText()) || id.equals(n.path("criterionId").asText())) {
                return (ObjectNode) n;
            }
        }
        throw new IllegalArgumentException("no " + id);
    }

    static ObjectNode sector(ObjectNode root, String id) {
        return record(root.get("sectors"), id);
    }

    static void move(ObjectNode root, String sectorId, double x, double y) {
        ObjectNode position = sector(root, sectorId).putObject("position");
        position.put("x", BigDecimal.valueOf(x));
        position.put("y", BigDecimal.valueOf(y));
    }

    private Path write(String name, JsonNode tree) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, ProjectJson.MAPPER.writeValueAsBytes(tree));
        return file;
    }

    private ProjectMerge.Result merge(JsonNode base, JsonNode ours, JsonNode theirs) throws Exception {
        return ProjectMerge.merge(write("base.json", base), write("ours.json", ours), write("theirs.json", theirs));
    }

    private static Sector sectorOf(Project p, String id) {
        return p.sector(id).orElseThrow();
    }

    @Test
    void twoAnalystsMovingDifferentSectorsMergeCleanly() throws Exception {
        ObjectNode base = example(2);
        ProjectMerge.Result r = merge(base, edited(base, t -> move(t, "sector-solar", 0.3, 0.4)),
                edited(base, t -> move(t, "sector-chips", 0.6, -0.2)));
        assertTrue(r.clean(), r.conflicts().toString());
        assertEquals(0.3, sectorOf(r.project(), "sector-solar").position().x());
        assertEquals(0.6, sectorOf(r.project(), "sector-chips").position().x());
        assertTrue(r.project().teamwork().conflicts().isEmpty());
    }

    @Test
    void evidenceAddedOnOneSideAndAnOptionRescoredOnTheOtherBothArrive() throws Exception {
        ObjectNode base = example(2);
        ObjectNode ours = edited(base, t -> {
            ObjectNode ev = ((ArrayNode) sector(t, "sector-chips").get("evidence")).addObject();
            ev.put("id", "ev-chips-new").put("quote", "New fab opened.").put("reliability", "B")
                    .put("credibility", 2).put("axis", "x").put("toward", "low");
        });
        ObjectNode theirs = edited(base, t -> record(record(t.get("options"), "opt-controls").get("scores"),
                "crit-security").put("value", 5));
        ProjectMerge.Result r = merge(base, ours, theirs);
        assertTrue(r.clean(), r.conflicts().toString());
        List<String> evidence = sectorOf(r.project(), "sector-chips").evidence().stream().map(Evidence::id).toList();
        assertEquals(List.of("ev-chips-1", "ev-chips-new"), evidence);
        PolicyOption controls = r.project().option("opt-controls").orElseThrow();
        assertEquals(5, controls.scores().stream().filter(s -> s.criterionId().equals("crit-security"))
                .findFirst().orElseThrow().value());
    }

    private static ObjectNode comment(ObjectNode root, String id, String text) {
        ArrayNode comments = root.has("comments") ? (ArrayNode) root.get("comments") : root.putArray("comments");
        ObjectNode c = comments.addObject();
        c.put("id", id).put("on", "sector").put("subjectId", "sector-chips").put("author", "Reviewer")
                .put("at", "2027-03-02T10:00:00Z").put("text", text);
        return c;
    }

    @Test
    void commentsEditionsAndLayersMergeOnIdsLikeAnyOtherRecord() throws Exception {
        ObjectNode base = edited(example(2), t -> comment(t, "c-base", "Why D?"));
        ObjectNode ours = edited(base, t -> {
            comment(t, "c-ours", "Which page?");
            record(t.get("comments"), "c-base").put("resolved", true);
        });
        ObjectNode theirs = edited(base, t -> {
            comment(t, "c-theirs", "Source is old.");
            ObjectNode layer = t.putArray("analysts").addObject().put("id", "layer-lee").put("analyst", "J. Lee");
            ObjectNode at = layer.putArray("placements").addObject().put("sectorId", "sector-chips")
                    .putObject("position");
            at.put("x", BigDecimal.valueOf(0.5));
            at.put("y", BigDecimal.valueOf(-0.5));
            t.putArray("editions").addObject().put("id", "ed-1").put("name", "Brief").put("takenAt", "2027-03-01")
                    .putArray("sectors");
        });
        ProjectMerge.Result r = merge(base, ours, theirs);
        assertTrue(r.clean(), r.conflicts().toString());
        var comments = r.project().teamwork().comments();
        // Theirs' addition goes after its predecessor in theirs' list (c-base), before ours' own.
        assertEquals(List.of("c-base", "c-theirs", "c-ours"), comments.stream().map(c -> c.id()).toList());
        assertTrue(comments.get(0).resolved(), "ours resolved it; theirs left it as it was");
        assertEquals("J. Lee", r.project().teamwork().analysts().get(0).analyst());
        assertEquals("Brief", r.project().teamwork().editions().get(0).name());

        ObjectNode ours2 = edited(base, t -> record(t.get("comments"), "c-base").put("text", "Why D, not B?"));
        ObjectNode theirs2 = edited(base, t -> record(t.get("comments"), "c-base").put("text", "Why not C?"));
        ProjectMerge.Result both = merge(base, ours2, theirs2);
        assertEquals(1, both.conflicts().size());
        assertEquals(List.of("comments", "c-base", "text"), both.conflicts().get(0).path());
        assertEquals("Why D, not B?", both.project().teamwork().comments().get(0).text(), "ours is kept");
    }

    @Test
    void renamesOnBothSidesOfDifferentThingsMerge() throws Exception {
        ObjectNode base = example(2);
        ProjectMerge.Result r = merge(base, edited(base, t -> sector(t, "sector-solar").put("name", "Solar power")),
                edited(base, t -> record(t.get("options"), "opt-openness").put("name", "Open markets")));
        assertTrue(r.clean());
        assertEquals("Solar power", sectorOf(r.project(), "sector-solar").name());
        assertEquals("Open markets", r.project().option("opt-openness").orElseThrow().name());
    }

    @Test
    void additionsOnBothSidesAreKeptWithTheirsAfterTheirPredecessor() throws Exception {
        ObjectNode base = example(2);
        ObjectNode ours = edited(base, t -> ((ArrayNode) t.get("sectors")).addObject()
                .put("id", "sector-ours").put("name", "Ours"));
        ObjectNode theirs = edited(base, t -> ((ArrayNode) t.get("sectors")).insertObject(1)
                .put("id", "sector-theirs").put("name", "Theirs"));
        ProjectMerge.Result r = merge(base, ours, theirs);
        assertTrue(r.clean());
        assertEquals(List.of("sector-solar", "sector-theirs", "sector-chips", "sector-aircraft", "sector-ours"),
                r.project().sectors().stream().map(Sector::id).toList());
    }

    @Test
    void aRemovalOnOneSideIsTakenAndTagsMergeAsSets() throws Exception {
        ObjectNode base = example(2);
        ObjectNode ours = edited(base, t -> ((ArrayNode) t.get("sectors")).remove(2)); // sector-aircraft
        ObjectNode theirs = edited(base, t -> {
            ArrayNode tags = (ArrayNode) sector(t, "sector-solar").get("tags");
            tags.remove(0); // energy
            tags.add("subsidised");
        });
        ours = edited(ours, t -> ((ArrayNode) sector(t, "sector-solar").get("tags")).add("mature"));
        ProjectMerge.Result r = merge(base, ours, theirs);
        assertTrue(r.clean(), r.conflicts().toString());
        assertTrue(r.project().sector("sector-aircraft").isEmpty());
        assertEquals(List.of("export-heavy", "mature", "subsidised"), sectorOf(r.project(), "sector-solar").tags());
    }

    @Test
    void theSameSectorMovedDifferentlyIsOneConflictKeepingOurs() throws Exception {
        ObjectNode base = example(2);
        ProjectMerge.Result r = merge(base, edited(base, t -> move(t, "sector-chips", 0.35, -0.2)),
                edited(base, t -> move(t, "sector-chips", 0.5, 0.5)));
        assertEquals(1, r.conflicts().size(), r.conflicts().toString());
        MergeConflict c = r.conflicts().get(0);
        assertEquals("conflict-1", c.id());
        assertEquals(List.of("sectors", "sector-chips", "position"), c.path());
        assertEquals("Semiconductors: position".replace("Semiconductors", sectorOf(r.project(), "sector-chips")
                .name()), c.label());
        assertEquals(0.35, sectorOf(r.project(), "sector-chips").position().x(), "the project keeps ours");
        assertEquals(new BigDecimal("0.5"), ((Map<?, ?>) c.theirs().value()).get("x"));
        assertEquals(new BigDecimal("-0.4"), ((Map<?, ?>) c.base().value()).get("x"));
        assertEquals(r.conflicts(), r.project().teamwork().conflicts());
    }

    @Test
    void theSameQuoteEditedDifferentlyIsAConflictNamedForItsEvidence() throws Exception {
        ObjectNode base = example(2);
        ProjectMerge.Result r = merge(base,
                edited(base, t -> record(sector(t, "sector-solar").get("evidence"), "ev-solar-1").put("quote", "A")),
                edited(base, t -> record(sector(t, "sector-solar").get("evidence"), "ev-solar-1").put("quote", "B")));
        assertEquals(1, r.conflicts().size());
        assertEquals("Evidence ev-solar-1 of Solar PV: quote", r.conflicts().get(0).label());
        assertEquals("A", sectorOf(r.project(), "sector-solar").evidence().get(0).quote());
        assertEquals("B", r.conflicts().get(0).theirs().value());
    }

    @Test
    void anEditAgainstARemovalIsAConflict() throws Exception {
        ObjectNode base = example(2);
        ProjectMerge.Result r = merge(base, edited(base, t -> sector(t, "sector-aircraft").put("summary", "Edited")),
                edited(base, t -> ((ArrayNode) t.get("sectors")).remove(2)));
        assertEquals(1, r.conflicts().size());
        MergeConflict c = r.conflicts().get(0);
        assertEquals(List.of("sectors", "sector-aircraft"), c.path());
        assertTrue(c.label().endsWith("edited here, removed there"), c.label());
        assertFalse(c.theirs().present());
        assertTrue(c.ours().present());
        assertEquals("Edited", sectorOf(r.project(), "sector-aircraft").summary());
    }

    @Test
    void theSameScoreChangedDifferentlyIsAConflict() throws Exception {
        ObjectNode base = example(2);
        ProjectMerge.Result r = merge(base,
                edited(base, t -> record(record(t.get("options"), "opt-controls").get("scores"), "crit-cost")
                        .put("value", 1)),
                edited(base, t -> record(record(t.get("options"), "opt-controls").get("scores"), "crit-cost")
                        .put("value", 5)));
        assertEquals(1, r.conflicts().size());
        assertEquals(List.of("options", "opt-controls", "scores", "crit-cost", "value"), r.conflicts().get(0).path());
        assertTrue(r.conflicts().get(0).label().startsWith("Score "), r.conflicts().get(0).label());
    }

    @Test
    void unknownFieldsOnEverySideSurvive() throws Exception {
        ObjectNode base = example(2);
        ObjectNode ours = edited(base, t -> sector(t, "sector-solar").put("oursOnly", "kept"));
        ObjectNode theirs = edited(base, t -> ((ObjectNode) t.get("layout")).put("zoom", new BigDecimal("2.5")));
        ProjectMerge.Result r = merge(base, ours, theirs);
        assertTrue(r.clean());
        String text = ProjectWriter.toText(r.project());
        assertTrue(text.contains("\"oursOnly\": \"kept\""), text);
        assertTrue(text.contains("\"zoom\": 2.5"), text);
        assertTrue(text.contains("\"precision\": 1.5"), "an unknown key inside a position");
        assertTrue(text.contains("\"reviewedBy\""));
    }

    @Test
    void versionsOfDifferentSchemaVersionsAreConvertedFirst() throws Exception {
        ObjectNode v1 = example(1);
        ObjectNode theirs = edited(v1, t -> move(t, "sector-chips", 0.6, -0.2)); // still version 1
        Project oursProject = ProjectReader.parse(ProjectJson.MAPPER.writeValueAsBytes(
                edited(v1, t -> move(t, "sector-solar", 0.3, 0.4))), "ours");
        ObjectNode ours = (ObjectNode) ProjectMerge.tree(oursProject); // saved as the current version
        assertEquals(ProjectFormat.SCHEMA_VERSION, ours.get("schemaVersion").asInt());
        ProjectMerge.Result r = merge(v1, ours, theirs);
        assertTrue(r.clean(), r.conflicts().toString());
        assertEquals(0.3, sectorOf(r.project(), "sector-solar").position().x());
        assertEquals(0.6, sectorOf(r.project(), "sector-chips").position().x());
        assertFalse(r.project().drivers().isEmpty(), "version 1's driver names became drivers on every side");
    }

    @Test
    void unrelatedProjectsAreRefused() throws Exception {
        ObjectNode base = example(2);
        ObjectNode other = edited(base, t -> {
            ((ObjectNode) t.get("project")).put("id", "someone-else");
            t.set("sectors", t.arrayNode());
            t.set("options", t.arrayNode());
        });
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> merge(base, base, other));
        assertTrue(e.problem().contains("not a version of the same project"), e.getMessage());
    }

    @Test
    void conflictsAlreadyRecordedAreKeptAndNewOnesGetFreshIds() throws Exception {
        ObjectNode base = example(2);
        ProjectMerge.Result first = merge(base, edited(base, t -> move(t, "sector-chips", 0.35, -0.2)),
                edited(base, t -> move(t, "sector-chips", 0.5, 0.5)));
        ObjectNode merged = (ObjectNode) ProjectMerge.tree(first.project());
        ProjectMerge.Result second = merge(base, merged, edited(base, t -> sector(t, "sector-solar")
                .put("summary", "theirs")));
        assertTrue(second.clean());
        assertEquals(List.of("conflict-1"), second.project().teamwork().conflicts().stream()
                .map(MergeConflict::id).toList());
        ProjectMerge.Result third = merge(base, merged, edited(base, t -> move(t, "sector-solar", 0.9, 0.9)));
        assertEquals(1, third.project().teamwork().conflicts().size(), "solar moved on one side only: clean");
        ProjectMerge.Result fourth = merge(base, edited(merged, t -> move(t, "sector-solar", 0.1, 0.1)),
                edited(base, t -> move(t, "sector-solar", 0.9, 0.9)));
        assertEquals(List.of("conflict-1", "conflict-2"), fourth.project().teamwork().conflicts().stream()
                .map(MergeConflict::id).toList());
    }

    @Test
    void anEmptyBaseMeansNoCommonVersion() throws Exception {
        ObjectNode base = example(2);
        Path empty = dir.resolve("empty.json");
        Files.write(empty, new byte[0]);
        ProjectMerge.Result r = ProjectMerge.merge(empty, write("o.json", edited(base, t -> move(t, "sector-chips",
                0.1, 0.1))), write("t.json", base));
        assertEquals(1, r.conflicts().size());
        assertEquals(List.of("sectors", "sector-chips", "position"), r.conflicts().get(0).path());
        assertTrue(new String(ProjectWriter.toBytes(r.project()), StandardCharsets.UTF_8).contains("conflict-1"));
    }

    @Test
    void movesMadeWithTheCommandKeepEveryHistoryEntryFromBothSides() throws Exception {
        Project base = TestProjects.small();
        String chips = TestProjects.CHIPS;
        String solar = TestProjects.SOLAR;
        Project ours = MoveSectorsCommand.of(base, chips, new Position(
                0.3, -0.7)).apply(base);
        Project theirs = MoveSectorsCommand.of(base, solar,
                new Position(0.2, 0.9)).apply(base);
        theirs = MoveSectorsCommand.of(theirs, chips,
                new Position(-0.3, 0.5)).apply(theirs); // B to A: a history entry
        ProjectMerge.Result r = ProjectMerge.merge(base, ours, theirs, "ours", "theirs");
        assertEquals(1, r.conflicts().size(), "chips moved on both sides");
        assertEquals(List.of("sectors", chips, "position"), r.conflicts().get(0).path());
        Sector mergedChips = sectorOf(r.project(), chips);
        assertEquals(base.sector(chips).orElseThrow().history().size() + 2, mergedChips.history().size(),
                "both sides' moves are in its history");
        assertEquals(0.2, sectorOf(r.project(), solar).position().x());
    }

    @Test
    void conflictsTwoEarlierMergesRecordedUnderOneIdAreBothKept() throws Exception {
        ObjectNode base = example(2);
        ObjectNode ours = (ObjectNode) ProjectMerge.tree(merge(base, edited(base, t -> move(t, "sector-chips", 0.35,
                -0.2)), edited(base, t -> move(t, "sector-chips", 0.5, 0.5))).project());
        ObjectNode theirs = (ObjectNode) ProjectMerge.tree(merge(base, edited(base, t -> move(t, "sector-solar", 0.1,
                0.1)), edited(base, t -> move(t, "sector-solar", 0.9, 0.9))).project());
        ProjectMerge.Result r = merge(base, ours, theirs);
        Map<String, List<String>> pathById = new java.util.TreeMap<>();
        r.project().teamwork().conflicts().forEach(c -> pathById.put(c.id(), c.path()));
        assertEquals(Map.of("conflict-1", List.of("sectors", "sector-chips", "position"),
                "conflict-2", List.of("sectors", "sector-solar", "position")), pathById,
                "theirs' conflict-1 is kept as conflict-2");
        assertTrue(r.clean(), "each side's sector was moved on that side only: " + r.conflicts());
    }

    @Test
    void aMergeThatWouldNotBeAValidProjectIsRefusedWithTheReason() throws Exception {
        ObjectNode base = example(2);
        ObjectNode ours = edited(base, t -> ((ArrayNode) t.get("drivers")).remove(2)); // driver-mixed, unused here
        ObjectNode theirs = edited(base, t -> sector(t, "sector-aircraft").put("driver", "driver-mixed"));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> merge(base, ours, theirs));
        assertTrue(e.problem().startsWith("could not be merged: the merged project would not be valid"), e.problem());
        assertTrue(e.problem().contains("driver-mixed"), e.problem());
    }
}
