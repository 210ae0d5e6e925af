package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Extras;
import org.sectorscope.model.MarkerEncoding;
import org.sectorscope.model.MarkerFixtures;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;

/** The marker encoding in the file: where it goes, that it round-trips, and what is refused and repaired. */
class MarkerEncodingStoreTest {
    private static final String NAME = "p.sectorscope.json";

    private static ObjectNode tree(Project p) {
        return MigrationFixturesTest.tree(ProjectWriter.toBytes(p));
    }

    private static byte[] bytes(Project p, Consumer<ObjectNode> edit) {
        ObjectNode root = tree(p);
        edit.accept(root);
        return root.toPrettyString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theEncodingRoundTripsAfterTheFields() throws Exception {
        Project p = MarkerFixtures.encoded();
        ObjectNode root = tree(p);
        assertEquals("{\"colorBy\":\"field-region\",\"sizeBy\":\"field-output\"}", root.get("markers").toString());
        List<String> keys = List.copyOf(iterable(root));
        assertEquals(keys.indexOf("fields") + 1, keys.indexOf("markers"), "right after the fields it names");
        assertEquals(p, ProjectReader.parse(ProjectWriter.toBytes(p), NAME));
        Project colourOnly = MarkerFixtures.fields().withMarkerEncoding(new MarkerEncoding(MarkerFixtures.REGION, null));
        assertEquals("{\"colorBy\":\"field-region\"}", tree(colourOnly).get("markers").toString());
        assertEquals(colourOnly, ProjectReader.parse(ProjectWriter.toBytes(colourOnly), NAME));
    }

    private static List<String> iterable(ObjectNode root) {
        List<String> out = new java.util.ArrayList<>();
        root.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void theDefaultIsLeftOutAndAFileWithoutItReadsAsTheDefault() throws Exception {
        assertFalse(tree(MarkerFixtures.fields()).has("markers"));
        assertFalse(tree(TestProjects.small()).has("markers"));
        assertEquals(MarkerEncoding.DEFAULT, ProjectReader.parse(ProjectWriter.toBytes(TestProjects.small()), NAME)
                .markerEncoding());
    }

    @Test
    void unknownKeysInTheEncodingAreKept() throws Exception {
        Project p = MarkerFixtures.encoded().withMarkerEncoding(new MarkerEncoding(MarkerFixtures.REGION, null,
                Extras.of(Map.of("opacity", "0.8"))));
        Project back = ProjectReader.parse(ProjectWriter.toBytes(p), NAME);
        assertEquals(p, back);
        assertEquals("{\"colorBy\":\"field-region\",\"opacity\":\"0.8\"}", tree(back).get("markers").toString());
    }

    @Test
    void anEncodingNamingAMissingFieldOrOneOfTheOtherKindIsRefusedAndRepaired() {
        byte[] gone = bytes(MarkerFixtures.encoded(), r -> ((ObjectNode) r.get("markers")).put("colorBy", "field-gone"));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectReader.parse(gone, NAME));
        assertEquals("markers.colorBy: no field with id \"field-gone\"", e.problem());
        RepairedProject repaired = ProjectRepair.attempt(gone, NAME).orElseThrow();
        assertEquals(List.of("markers.colorBy: field \"field-gone\" does not exist; markers were left in their "
                + "driver's colour"), repaired.fixes());
        assertEquals(new MarkerEncoding(null, MarkerFixtures.OUTPUT), repaired.project().markerEncoding());

        byte[] swapped = bytes(MarkerFixtures.encoded(), r -> ((ObjectNode) r.get("markers"))
                .put("colorBy", MarkerFixtures.OUTPUT).put("sizeBy", MarkerFixtures.REGION));
        ProjectFileException s = assertThrows(ProjectFileException.class, () -> ProjectReader.parse(swapped, NAME));
        assertEquals("markers.colorBy: field \"Output\" holds numbers; markers need a text field here "
                + "(and 1 more problem)", s.problem());
        RepairedProject fixed = ProjectRepair.attempt(swapped, NAME).orElseThrow();
        assertEquals(2, fixed.fixes().size());
        assertEquals(MarkerEncoding.DEFAULT, fixed.project().markerEncoding());
    }

    @Test
    void theSchemaDescribesTheEncoding() throws Exception {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(SchemaTest.SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        ObjectNode root = tree(MarkerFixtures.encoded());
        assertEquals(Set.of(), schema.validate(root));
        ((ObjectNode) root.get("markers")).put("sizeBy", 3);
        assertFalse(schema.validate(root).isEmpty(), "a field id is a string");
    }

    @Test
    void anEncodingWhoseFieldWasRemovedIsNotWrittenSoTheSaveReadsBack() throws Exception {
        Project removed = MarkerFixtures.encoded().withFields(List.of())
                .withSectors(TestProjects.small().sectors());
        assertFalse(tree(removed).has("markers"));
        assertEquals(MarkerEncoding.DEFAULT, ProjectReader.parse(ProjectWriter.toBytes(removed), NAME).markerEncoding());
        assertEquals(List.of("markers.colorBy: no field with id \"field-region\"",
                "markers.sizeBy: no field with id \"field-output\""), ProjectIntegrity.problems(removed));
    }
}
