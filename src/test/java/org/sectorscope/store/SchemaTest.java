package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;

/** docs/sectorscope.schema.json describes what Sectorscope writes and refuses what it refuses. */
class SchemaTest {
    static final Path SCHEMA = Path.of("docs", "sectorscope.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            schema = factory.getSchema(in);
        }
    }

    private static Set<ValidationMessage> validate(JsonNode doc) {
        return schema.validate(doc);
    }

    private static ObjectNode small() throws Exception {
        return (ObjectNode) JSON.readTree(ProjectWriter.toBytes(TestProjects.small()));
    }

    private static Set<ValidationMessage> brokenSmall(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = small();
        edit.accept(root);
        return validate(root);
    }

    @Test
    void schemaIsValidDraft202012() throws Exception {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        JsonSchema meta = factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        JsonNode doc = JSON.readTree(SCHEMA.toFile());
        assertEquals(Set.of(), meta.validate(doc));
        assertEquals("https://json-schema.org/draft/2020-12/schema", doc.get("$schema").asText());
    }

    @Test
    void sampleIsValid() throws Exception {
        // The sample is part of the repository: its absence is a failure, never a skip.
        assertTrue(Files.isRegularFile(RoundTripTest.SAMPLE),
                "the sample project " + RoundTripTest.SAMPLE + " is missing");
        assertEquals(Set.of(), validate(JSON.readTree(RoundTripTest.SAMPLE.toFile())));
    }

    @Test
    void editionsLayersCommentsAndConflictsAreInTheSchema() throws Exception {
        Project team = TestProjects.small().withTeamwork(TeamworkStoreTest.sampleTeamwork());
        ObjectNode doc = (ObjectNode) JSON.readTree(ProjectWriter.toBytes(team));
        assertEquals(Set.of(), validate(doc));
        ((ObjectNode) doc.get("comments").get(0)).put("on", "page");
        assertFalse(validate(doc).isEmpty(), "a comment on a page is refused, as the reader refuses it");
        ObjectNode noName = (ObjectNode) JSON.readTree(ProjectWriter.toBytes(team));
        ((ObjectNode) noName.get("editions").get(0)).remove("takenAt");
        assertFalse(validate(noName).isEmpty(), "an edition without its date is refused");
    }

    @Test
    void writtenProjectsAreValid() throws Exception {
        assertEquals(Set.of(), validate(small()));
        for (long seed = 0; seed < 40; seed++) {
            JsonNode doc = JSON.readTree(ProjectWriter.toBytes(TestProjects.random(seed)));
            assertEquals(Set.of(), validate(doc), "seed " + seed);
        }
        JsonNode empty = JSON.readTree(ProjectWriter.toBytes(Project.empty("E")));
        assertEquals(Set.of(), validate(empty));
    }

    @Test
    void unknownFieldsAreAllowed() throws Exception {
        assertEquals(Set.of(), brokenSmall(r -> {
            r.put("x-future", 1);
            ((ObjectNode) r.at("/sectors/0/position")).putObject("x-meta").put("locked", true);
            ((ObjectNode) r.at("/options/0/scores/0")).putArray("x-history").add(3);
        }));
    }

    @Test
    void textLimitsAndCharactersXmlForbidsAreInTheSchema() throws Exception {
        // Issue 12, points 8 and 13: the schema refuses what the reader refuses.
        assertEquals(Set.of(), brokenSmall(r -> ((ObjectNode) r.at("/sectors/0")).put("name", "n".repeat(200))));
        assertFalse(brokenSmall(r -> ((ObjectNode) r.at("/sectors/0")).put("name", "n".repeat(201))).isEmpty());
        assertFalse(brokenSmall(r -> ((ObjectNode) r.at("/project")).put("title", "t".repeat(2_001))).isEmpty());
        assertFalse(brokenSmall(r -> ((ObjectNode) r.at("/sectors/0")).put("summary", "s".repeat(20_001))).isEmpty());
        assertFalse(brokenSmall(r -> ((ObjectNode) r.at("/sectors/0")).put("id", "i".repeat(2_001))).isEmpty());
        for (String bad : new String[] {"\uFFFF", "\uFFFE", "\u0001"}) {
            assertFalse(brokenSmall(r -> ((ObjectNode) r.at("/sectors/0")).put("name", "a" + bad)).isEmpty(), bad);
        }
        assertEquals(Set.of(), brokenSmall(r -> ((ObjectNode) r.at("/sectors/0")).put("summary", "tab\tline\nok")));
    }

    @Test
    void credibility9IsRejected() throws Exception {
        Set<ValidationMessage> errors = brokenSmall(r -> ((ObjectNode) r.at("/sectors/0/evidence/0")).put("credibility", 9));
        assertFalse(errors.isEmpty());
        assertTrue(errors.stream().anyMatch(m -> m.getInstanceLocation().toString().contains("credibility")), errors.toString());
    }

    @Test
    void positionWithoutYIsRejected() throws Exception {
        // A sector may lack a position (not placed yet), but a position needs both coordinates.
        Set<ValidationMessage> errors = brokenSmall(r -> ((ObjectNode) r.at("/sectors/2/position")).remove("y"));
        assertFalse(errors.isEmpty());
        assertTrue(errors.stream().anyMatch(m -> m.getMessage().contains("y")), errors.toString());
    }

    @Test
    void colourNamesAreRejected() throws Exception {
        Set<ValidationMessage> errors = brokenSmall(r -> ((ObjectNode) r.at("/framework/quadrants/1")).put("color", "red"));
        assertFalse(errors.isEmpty());
        assertTrue(errors.stream().anyMatch(m -> m.getInstanceLocation().toString().contains("color")), errors.toString());
    }

    @Test
    void otherRulesOfTheFormat() throws Exception {
        assertFalse(brokenSmall(r -> ((ObjectNode) r.at("/sectors/0/evidence/0")).put("reliability", "G")).isEmpty());
        assertFalse(brokenSmall(r -> ((ObjectNode) r.at("/sectors/0/evidence/0")).put("credibility", 2.5)).isEmpty());
        assertFalse(brokenSmall(r -> ((ObjectNode) r.at("/sectors/0/evidence/0")).remove("toward")).isEmpty(),
                "axis x needs toward");
        assertFalse(brokenSmall(r -> ((ObjectNode) r.at("/sectors/1/evidence/1")).put("toward", "low")).isEmpty(),
                "axis none has no toward");
        assertFalse(brokenSmall(r -> ((ObjectNode) r.at("/sectors/0/evidence/1")).remove("note")).isEmpty(),
                "quote or note");
        assertFalse(brokenSmall(r -> ((ObjectNode) r.at("/sectors/0/evidence/1")).put("note", "  ")).isEmpty(),
                "blank note is no note");
        assertFalse(brokenSmall(r -> ((ObjectNode) r.at("/sectors/0/position")).put("x", 1.5)).isEmpty());
        assertFalse(brokenSmall(r -> ((ObjectNode) r.at("/sectors/0/position")).put("y", "0.5")).isEmpty());
        assertFalse(brokenSmall(r -> ((ObjectNode) r.at("/options/0/scores/0")).put("value", 0)).isEmpty());
        assertFalse(brokenSmall(r -> ((ObjectNode) r.at("/options/0/scores/0")).put("value", 6)).isEmpty());
        assertFalse(brokenSmall(r -> ((ObjectNode) r.at("/criteria/0")).put("weight", -1)).isEmpty());
        assertFalse(brokenSmall(r -> r.put("schemaVersion", 1)).isEmpty());
        assertFalse(brokenSmall(r -> r.put("schemaVersion", 3)).isEmpty());
        assertFalse(brokenSmall(r -> r.put("format", "other")).isEmpty());
        assertFalse(brokenSmall(r -> r.remove("options")).isEmpty());
        assertFalse(brokenSmall(r -> ((ArrayNode) r.at("/framework/quadrants")).remove(0)).isEmpty(), "3 quadrants");
        assertFalse(brokenSmall(r -> ((ArrayNode) r.at("/framework/quadrants")).add(r.at("/framework/quadrants/0")
                .deepCopy())).isEmpty(), "5 quadrants");
        assertFalse(brokenSmall(r -> ((ObjectNode) r.at("/framework/quadrants/3")).put("x", "low")).isEmpty(),
                "two quadrants on x=low,y=high and none on x=high,y=low");
        assertFalse(brokenSmall(r -> ((ObjectNode) r.at("/framework/quadrants/0")).put("y", "middle")).isEmpty());
        assertFalse(brokenSmall(r -> ((ObjectNode) r.at("/sectors/0/placement")).put("basis", "guess")).isEmpty());
        assertFalse(brokenSmall(r -> ((ObjectNode) r.at("/sectors/0")).put("id", " ")).isEmpty());
        assertFalse(brokenSmall(r -> ((ObjectNode) r.at("/project")).remove("title")).isEmpty());
        assertEquals(Set.of(), brokenSmall(r -> ((ObjectNode) r.at("/framework/quadrants/0")).put("color", "#abcdef")));
    }
}
