package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.CustomField;
import org.sectorscope.model.Driver;
import org.sectorscope.model.FieldValue;
import org.sectorscope.model.MarkerShape;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;

/** Drivers, custom fields, tags and field values in the file: reading, refusing, repairing, limits. */
class DriversAndFieldsStoreTest {
    private static final String NAME = "p.sectorscope.json";

    private static Project withFields() {
        Project p = TestProjects.small().withFields(List.of(
                new CustomField("field-output", "Output", CustomField.Kind.NUMBER, "USD bn"),
                new CustomField("field-firm", "Lead firm", CustomField.Kind.TEXT, null)));
        return p.withSector(TestProjects.SOLAR, s -> s.withTags(List.of("energy", "export-heavy"))
                .withFieldValue("field-output", FieldValue.of(312.5)).withFieldValue("field-firm", FieldValue.of("LONGi")));
    }

    private static ObjectNode tree(Project p) {
        return MigrationFixturesTest.tree(ProjectWriter.toBytes(p));
    }

    private static byte[] bytes(Project p, Consumer<ObjectNode> edit) {
        ObjectNode root = tree(p);
        edit.accept(root);
        return root.toPrettyString().getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode sector0(ObjectNode root) {
        return (ObjectNode) root.at("/sectors/0");
    }

    @Test
    void theNewPartsRoundTripInTheirPlaces() throws Exception {
        List<Driver> drivers = new ArrayList<>(Driver.defaults());
        drivers.add(new Driver("driver-own", "Provincial", MarkerShape.CIRCLE, "#123abc"));
        Project p = withFields().withDrivers(drivers).withSector(TestProjects.CHIPS, s -> s.withDriver("driver-own"));
        ObjectNode root = tree(p);
        assertEquals("{\"id\":\"driver-own\",\"name\":\"Provincial\",\"shape\":\"circle\",\"color\":\"#123abc\"}",
                root.at("/drivers/3").toString());
        assertEquals("driver-own", root.at("/sectors/1/driver").asText());
        assertEquals("{\"id\":\"field-output\",\"name\":\"Output\",\"kind\":\"number\",\"unit\":\"USD bn\"}",
                root.at("/fields/0").toString());
        assertEquals("[\"energy\",\"export-heavy\"]", sector0(root).get("tags").toString());
        assertEquals("{\"field-output\":312.5,\"field-firm\":\"LONGi\"}", sector0(root).get("fields").toString());
        assertEquals(p, ProjectReader.parse(ProjectWriter.toBytes(p), NAME));
        assertFalse(tree(TestProjects.small()).has("fields"), "no fields, no key");
    }

    @Test
    void aValueForAFieldTheProjectDoesNotDefineIsRefusedAndRepairedByRemovingIt() {
        byte[] bad = bytes(withFields(), r -> ((ObjectNode) sector0(r).get("fields")).put("field-gone", 4));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectReader.parse(bad, NAME));
        assertEquals("sectors[0].fields: no field with id \"field-gone\"", e.problem());
        RepairedProject repaired = ProjectRepair.attempt(bad, NAME).orElseThrow();
        assertEquals(List.of("sectors[0].fields: field \"field-gone\" does not exist; its value was removed"),
                repaired.fixes());
        assertEquals(withFields(), repaired.project());
    }

    @Test
    void aValueOfTheOtherKindIsRefusedAndRepaired() {
        byte[] bad = bytes(withFields(), r -> ((ObjectNode) sector0(r).get("fields")).put("field-output", "a lot"));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectReader.parse(bad, NAME));
        assertEquals("sectors[0].fields.field-output: field \"Output\" holds numbers, found a text", e.problem());
        RepairedProject repaired = ProjectRepair.attempt(bad, NAME).orElseThrow();
        assertEquals(List.of("sectors[0].fields.field-output: the field holds numbers, not texts; the value was removed"),
                repaired.fixes());
        assertFalse(repaired.project().sector(TestProjects.SOLAR).orElseThrow().fields().containsKey("field-output"));
    }

    @Test
    void aValueThatIsNeitherANumberNorATextIsRefused() {
        byte[] bad = bytes(withFields(), r -> ((ObjectNode) sector0(r).get("fields")).put("field-output", true));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectReader.parse(bad, NAME));
        assertEquals("sectors[0].fields.field-output: must be a number or a text, found boolean", e.problem());
        byte[] huge = bytes(withFields(), r -> ((ObjectNode) sector0(r).get("fields"))
                .put("field-output", new java.math.BigDecimal("1e400")));
        ProjectFileException inf = assertThrows(ProjectFileException.class, () -> ProjectReader.parse(huge, NAME));
        assertEquals("sectors[0].fields.field-output: a field's number must be finite, found Infinity", inf.problem());
    }

    @Test
    void aDriverTheProjectDoesNotDefineIsRefusedAndRepairedByRemovingIt() {
        byte[] bad = bytes(TestProjects.small(), r -> sector0(r).put("driver", "State-led"));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectReader.parse(bad, NAME));
        assertEquals("sectors[0].driver: no driver with id \"State-led\"", e.problem());
        RepairedProject repaired = ProjectRepair.attempt(bad, NAME).orElseThrow();
        assertEquals(List.of("sectors[0].driver: driver \"State-led\" does not exist; the sector was left without one"),
                repaired.fixes());
        assertEquals("", repaired.project().sectors().get(0).driver());
    }

    @Test
    void aDriverNeedsAKnownShapeAndAColour() {
        byte[] shape = bytes(TestProjects.small(), r -> ((ObjectNode) r.at("/drivers/0")).put("shape", "star"));
        assertTrue(assertThrows(ProjectFileException.class, () -> ProjectReader.parse(shape, NAME)).problem()
                .startsWith("drivers[0]: shape must be"));
        byte[] colour = bytes(TestProjects.small(), r -> ((ObjectNode) r.at("/drivers/0")).put("color", "red"));
        assertEquals("drivers[0]: driver driver-state-led: colour must be #rrggbb, found red",
                assertThrows(ProjectFileException.class, () -> ProjectReader.parse(colour, NAME)).problem());
        byte[] missing = bytes(TestProjects.small(), r -> r.remove("drivers"));
        assertEquals("drivers: is missing",
                assertThrows(ProjectFileException.class, () -> ProjectReader.parse(missing, NAME)).problem());
    }

    @Test
    void aTagGivenTwiceIsRefusedAndRepairedKeepingTheFirst() {
        byte[] bad = bytes(withFields(), r -> ((ArrayNode) sector0(r).get("tags")).add("energy"));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectReader.parse(bad, NAME));
        assertEquals("sectors[0]: sector sector-solar has the tag \"energy\" twice", e.problem());
        RepairedProject repaired = ProjectRepair.attempt(bad, NAME).orElseThrow();
        assertEquals(List.of("sectors[0].tags[2]: the tag \"energy\" is already given; it was removed"), repaired.fixes());
        assertEquals(withFields(), repaired.project());
    }

    @Test
    void longTagsAndFieldTextsAreCutByTheRepair() {
        String longText = "x".repeat(3_000);
        byte[] bad = bytes(withFields(), r -> {
            ((ArrayNode) sector0(r).get("tags")).set(0, longText);
            ((ObjectNode) sector0(r).get("fields")).put("field-firm", longText);
        });
        assertThrows(ProjectFileException.class, () -> ProjectReader.parse(bad, NAME));
        RepairedProject repaired = ProjectRepair.attempt(bad, NAME).orElseThrow();
        assertEquals(List.of("sectors[0].tags[0]: cut from 3,000 to 200 characters, the most it may have",
                "sectors[0].fields.field-firm: cut from 3,000 to 2,000 characters, the most it may have"), repaired.fixes());
    }

    @Test
    void theListsAreBoundedOnReadingAndOnSaving() {
        List<String> tags = new ArrayList<>();
        for (int i = 0; i <= ProjectLimits.MAX_TAGS_PER_SECTOR; i++) {
            tags.add("tag " + i);
        }
        Project tooMany = TestProjects.small().withSector(TestProjects.SOLAR, s -> s.withTags(tags));
        ProjectFileException save = assertThrows(ProjectFileException.class,
                () -> ProjectLimits.checkSavable(ProjectWriter.toBytes(tooMany), tooMany, NAME));
        assertTrue(save.problem().contains("sectors[0].tags: has 51 tags; a project may have at most 50"), save.problem());
        ProjectFileException read = assertThrows(ProjectFileException.class,
                () -> ProjectReader.parse(ProjectWriter.toBytes(tooMany), NAME));
        assertEquals("sectors[0].tags: has 51 tags; a project may have at most 50", read.problem());

        List<Driver> drivers = new ArrayList<>();
        for (int i = 0; i <= ProjectLimits.MAX_DRIVERS; i++) {
            drivers.add(new Driver("d" + i, "Driver " + i, MarkerShape.SQUARE, "#000000"));
        }
        Project manyDrivers = TestProjects.small().withDrivers(drivers)
                .withSectors(TestProjects.small().sectors().stream().map(s -> s.withDriver("")).toList());
        assertEquals(List.of("drivers: has 101 drivers; a project may have at most 100"),
                ProjectIntegrity.problems(manyDrivers));
        List<CustomField> fields = new ArrayList<>();
        for (int i = 0; i <= ProjectLimits.MAX_FIELDS; i++) {
            fields.add(new CustomField("f" + i, "Field " + i, CustomField.Kind.TEXT, null));
        }
        assertEquals(List.of("fields: has 201 fields; a project may have at most 200"),
                ProjectIntegrity.problems(TestProjects.small().withFields(fields)));
    }

    @Test
    void twoDriversWithOneIdAreRefusedAndNotRepaired() {
        byte[] bad = bytes(TestProjects.small(), r -> ((ObjectNode) r.at("/drivers/1")).put("id", "driver-state-led"));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectReader.parse(bad, NAME));
        assertEquals("drivers: id \"driver-state-led\" is used more than once (and 1 more problem)", e.problem());
        assertTrue(ProjectRepair.attempt(bad, NAME).isEmpty(), "which driver the sectors meant cannot be told");
    }

    @Test
    void theDriverShapesAndColoursAreStableForTheSample() {
        JsonNode drivers = tree(Project.empty("new")).get("drivers");
        assertEquals("[{\"id\":\"driver-state-led\",\"name\":\"State-led\",\"shape\":\"square\",\"color\":\"#9b2c2c\"},"
                + "{\"id\":\"driver-market-oriented\",\"name\":\"Market-oriented\",\"shape\":\"circle\",\"color\":\"#2f855a\"},"
                + "{\"id\":\"driver-mixed\",\"name\":\"Mixed\",\"shape\":\"diamond\",\"color\":\"#323f4b\"}]",
                drivers.toString());
        Sector s = TestProjects.small().sectors().get(0);
        assertEquals(Map.of(), s.fields());
    }
}
