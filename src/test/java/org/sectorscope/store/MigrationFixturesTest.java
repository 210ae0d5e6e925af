package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sectorscope.model.Project;

/**
 * The example files under src/test/resources/migrations/: one per schema version that exists, each read,
 * converted to the current version and saved canonically; and one from a newer version, opened read-only.
 * Its static helpers serve the other migration tests.
 */
class MigrationFixturesTest {
    static final String FUTURE = "v3-from-the-future.sectorscope.json";
    /** Reads trees the way the reader does: fractional numbers keep their digits. */
    private static final ObjectReader TREES = ProjectJson.MAPPER.reader()
            .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

    @TempDir
    Path dir;

    static String exampleOf(int version) {
        return "v" + version + ".sectorscope.json";
    }

    static byte[] bytes(String name) {
        try (InputStream in = MigrationFixturesTest.class.getResourceAsStream("/migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource migrations/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode tree(String name) {
        return tree(bytes(name));
    }

    static ObjectNode tree(byte[] bytes) {
        try {
            return (ObjectNode) TREES.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path copy(String name, Path dir) throws IOException {
        return Files.write(dir.resolve(name), bytes(name));
    }

    static List<Integer> versions() {
        return IntStream.rangeClosed(1, ProjectFormat.SCHEMA_VERSION).boxed().toList();
    }

    @ParameterizedTest
    @MethodSource("versions")
    void thereIsOneExampleFilePerSchemaVersion(int version) {
        assertTrue(MigrationFixturesTest.class.getResource("/migrations/" + exampleOf(version)) != null,
                "add src/test/resources/migrations/" + exampleOf(version) + " when the format gets version " + version);
        assertEquals(version, tree(exampleOf(version)).get("schemaVersion").asInt());
    }

    @ParameterizedTest
    @MethodSource("versions")
    void eachExampleLoadsMigratesAndSavesCanonically(int version) throws Exception {
        Path file = copy(exampleOf(version), dir);
        LoadedProject loaded = ProjectReader.open(file);
        assertFalse(loaded.readOnly());
        assertEquals(version, loaded.fileVersion());
        assertEquals(version == ProjectFormat.SCHEMA_VERSION, loaded.notice().isEmpty(), loaded.notice());

        byte[] saved = ProjectWriter.toBytes(loaded.project());
        assertEquals(ProjectFormat.SCHEMA_VERSION, tree(saved).get("schemaVersion").asInt());
        Project again = ProjectReader.parse(saved, "saved");
        assertEquals(loaded.project(), again);
        assertArrayEquals(saved, ProjectWriter.toBytes(again), "the saved form is canonical: it saves to itself");
        if (version == ProjectFormat.SCHEMA_VERSION) {
            assertArrayEquals(bytes(exampleOf(version)), saved, "the current example is itself canonical");
        }
    }

    @ParameterizedTest
    @MethodSource("versions")
    void eachExampleKeepsItsUnknownFields(int version) throws Exception {
        ObjectNode saved = tree(ProjectWriter.toBytes(ProjectReader.parse(bytes(exampleOf(version)), "example")));
        ObjectNode original = tree(exampleOf(version));
        for (String pointer : List.of("/project/reviewedBy", "/sources/0/archived", "/sectors/0/position/precision",
                "/sectors/0/evidence/1/confidenceScore", "/sectors/0/history/1/movedBy", "/options/0/scores/0/reviewed",
                "/options/0/owner", "/layout")) {
            assertEquals(original.at(pointer), saved.at(pointer), pointer);
        }
        assertEquals("1.50", saved.at("/sectors/0/position/precision").decimalValue().toPlainString());
    }

    @Test
    void theCurrentExampleMatchesTheJsonSchema() throws Exception {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(SchemaTest.SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        JsonNode example = new ObjectMapper().readTree(bytes(exampleOf(ProjectFormat.SCHEMA_VERSION)));
        assertEquals(Set.of(), schema.validate(example));
    }

    @Test
    void theFutureExampleIsNewerThanThisVersion() {
        assertTrue(tree(FUTURE).get("schemaVersion").asInt() > ProjectFormat.SCHEMA_VERSION,
                FUTURE + " must stay newer than the current version: raise its schemaVersion with the format's");
    }

    @Test
    void aFileFromANewerVersionOpensReadOnlyWithANotice() throws Exception {
        Path file = copy(FUTURE, dir);
        LoadedProject loaded = ProjectReader.open(file);
        assertTrue(loaded.readOnly());
        assertEquals(3, loaded.fileVersion());
        assertEquals(FUTURE + " was written by a newer Sectorscope (schema version 3; this version reads up to "
                + ProjectFormat.SCHEMA_VERSION + "). It is open read-only so it is never overwritten; use Save As to"
                + " keep a copy in this version.", loaded.notice());
        assertEquals("A file from a newer Sectorscope", loaded.project().info().title());
        assertEquals(3, loaded.project().sectors().size());
        // what this version does not know is kept, so Save As loses nothing
        assertTrue(loaded.project().extras().fields().containsKey("scenarios"));
        ObjectNode savedAs = tree(ProjectWriter.toBytes(loaded.project()));
        assertEquals(tree(FUTURE).get("scenarios"), savedAs.get("scenarios"));
        assertEquals(ProjectFormat.SCHEMA_VERSION, savedAs.get("schemaVersion").asInt());
    }

    @Test
    void loadStillRefusesANewerFileSoExistingCallersNeverSaveOverIt() throws Exception {
        Path file = copy(FUTURE, dir);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectStore.load(file));
        assertEquals(file + ": was written by a newer Sectorscope (schema version 3; this version reads up to "
                + ProjectFormat.SCHEMA_VERSION + ")", e.getMessage());
    }

    @Test
    void aNewerFileThisVersionCannotMapIsAnErrorThatSaysWhy() {
        ObjectNode root = tree(FUTURE);
        ((ObjectNode) root.at("/sectors/0")).put("position", "moved to the scenarios");
        byte[] bytes = root.toString().getBytes(StandardCharsets.UTF_8);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectReader.open(bytes, "future.json"));
        assertEquals("future.json", e.file());
        assertTrue(e.problem().startsWith("was written by a newer Sectorscope (schema version 3; this version reads up to "
                + ProjectFormat.SCHEMA_VERSION + ") and this version cannot read it: sectors[0].position"), e.problem());
    }

    @Test
    void aVersionBelowOneOrNotAWholeNumberIsAnErrorNamingTheFile() {
        for (Object bad : List.of(0, -3, 3_000_000_000L)) {
            ProjectFileException e = openWithVersion(bad);
            assertEquals("odd.json: has an invalid schemaVersion " + bad, e.getMessage());
        }
        for (Object bad : List.of("1", 1.5, true)) {
            ProjectFileException e = openWithVersion(bad);
            assertEquals("odd.json: \"schemaVersion\" is missing or not a whole number", e.getMessage());
        }
    }

    private static ProjectFileException openWithVersion(Object version) {
        ObjectNode root = tree(exampleOf(1));
        root.set("schemaVersion", ProjectJson.MAPPER.valueToTree(version));
        byte[] bytes = root.toString().getBytes(StandardCharsets.UTF_8);
        return assertThrows(ProjectFileException.class, () -> ProjectReader.open(bytes, "odd.json"));
    }
}
