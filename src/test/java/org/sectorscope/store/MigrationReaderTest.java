package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.sectorscope.store.migration.Migration;
import org.sectorscope.store.migration.Migrations;

/**
 * The reader converts an older file with the migration chain after parsing and before mapping. Proven
 * with a test chain whose current version is 2 and whose one step renames an unknown project field and
 * adds another.
 */
class MigrationReaderTest {
    private static final String NAME = "old.sectorscope.json";

    /**
     * A test step: the real step from version 1 to 2 (so this version can map the result), then
     * {@code edit}.
     */
    private static Migration afterTheRealStep(Consumer<ObjectNode> edit) {
        return Migration.editingCopy(1, root -> {
            ObjectNode real = Migrations.standard().migrate(root);
            root.removeAll();
            root.setAll(real);
            edit.accept(root);
        });
    }

    private static final Migration RENAME_REVIEWER = afterTheRealStep(root -> {
        ObjectNode project = (ObjectNode) root.get("project");
        project.set("reviewer", project.remove("reviewedBy"));
        project.put("migratedFrom", 1);
    });

    private static final Migrations TWO = new Migrations(2, List.of(RENAME_REVIEWER));

    private static byte[] v1() {
        return MigrationFixturesTest.bytes(MigrationFixturesTest.exampleOf(1));
    }

    @Test
    void anOlderFileIsConvertedBeforeItIsMapped() throws Exception {
        LoadedProject loaded = ProjectReader.open(v1(), NAME, TWO);
        assertFalse(loaded.readOnly());
        assertEquals(1, loaded.fileVersion());
        Map<String, Object> fields = loaded.project().info().extras().fields();
        assertEquals("a field this version does not know, on the project", fields.get("reviewer"));
        assertEquals(1, ((Number) fields.get("migratedFrom")).intValue());
        assertFalse(fields.containsKey("reviewedBy"));
        assertEquals(NAME + " was converted from schema version 1 to 2; saving it writes version 2, which older"
                + " versions of Sectorscope cannot edit.", loaded.notice());
    }

    @Test
    void aConvertedFileKeepsEverythingElse() throws Exception {
        LoadedProject converted = ProjectReader.open(v1(), NAME, TWO);
        LoadedProject direct = ProjectReader.open(v1(), NAME);
        assertEquals(direct.project().sectors(), converted.project().sectors());
        assertEquals(direct.project().options(), converted.project().options());
        assertEquals(direct.project().sources(), converted.project().sources());
        assertEquals(direct.project().extras(), converted.project().extras());
        assertEquals(new BigDecimal("1.50"), converted.project().sectors().get(0).positionExtras().fields().get("precision"),
                "digits as written, through the tree");
        assertTrue(ProjectWriter.toText(converted.project()).contains("\"precision\": 1.50"));
    }

    @Test
    void aFileAtTheChainsVersionIsNotConverted() throws Exception {
        JsonNode root = MigrationFixturesTest.tree(MigrationFixturesTest.exampleOf(2));
        LoadedProject loaded = ProjectReader.open(root.toString().getBytes(StandardCharsets.UTF_8),
                NAME, TWO);
        assertTrue(loaded.project().info().extras().fields().containsKey("reviewedBy"), "the step did not run");
        assertEquals("", loaded.notice());
    }

    @Test
    void aStepThatFailsIsAnErrorNamingTheFile() {
        Migration broken = Migration.editingCopy(1, root -> {
            throw new IllegalStateException("no sectors to split");
        });
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> ProjectReader.open(v1(), NAME, new Migrations(2, List.of(broken))));
        assertEquals(NAME + ": could not be converted from schema version 1 to 2 (no sectors to split)", e.getMessage());
    }

    @Test
    void aProblemInTheConvertedDocumentSaysItWasConverted() {
        Migration bad = afterTheRealStep(root -> ((ObjectNode) root.at("/sectors/0/position")).put("x", "left"));
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> ProjectReader.open(v1(), NAME, new Migrations(2, List.of(bad))));
        assertEquals(NAME, e.file());
        assertTrue(e.problem().startsWith("sectors[0].position.x: expected a number"), e.problem());
        assertTrue(e.problem().endsWith("(after converting from schema version 1)"), e.problem());
        assertEquals(-1, e.line(), "a line in the converted document would mislead");

        Migration offGrid = afterTheRealStep(root -> ((ObjectNode) root.at("/sectors/0/position")).put("x", 7));
        ProjectFileException range = assertThrows(ProjectFileException.class,
                () -> ProjectReader.open(v1(), NAME, new Migrations(2, List.of(offGrid))));
        assertTrue(range.problem().endsWith("(after converting from schema version 1)"), range.problem());
    }

    @Test
    void aFileNewerThanTheChainOpensReadOnly() throws Exception {
        JsonNode root = MigrationFixturesTest.tree(MigrationFixturesTest.exampleOf(2)).put("schemaVersion", 3);
        LoadedProject loaded = ProjectReader.open(root.toString().getBytes(StandardCharsets.UTF_8),
                NAME, TWO);
        assertTrue(loaded.readOnly());
        assertTrue(loaded.notice().startsWith(NAME + " was written by a newer Sectorscope (schema version 3; this"
                + " version reads up to 2)."), loaded.notice());
    }
}
