package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.store.migration.Migration;
import org.sectorscope.store.migration.Migrations;

/**
 * The migration machinery, proven with a test-only chain 1 -> 2 -> 3 applied to the version 1 example:
 * step 1 renames each sector's {@code driver} to {@code drivenBy}; step 2 gives every sector a
 * {@code drivenBy} default. Each step logs the version it was handed, so the order is visible.
 */
class MigrationChainTest {
    private final List<String> log = new ArrayList<>();

    /** Written as an edit of a copy, the way most steps will be. */
    private final Migration renameDriver = Migration.editingCopy(1, root -> {
        log.add("1->2 saw version " + root.get("schemaVersion").asInt());
        for (JsonNode s : root.withArray("sectors")) {
            ObjectNode sector = (ObjectNode) s;
            JsonNode driver = sector.remove("driver");
            if (driver != null) {
                sector.set("drivenBy", driver);
            }
        }
    });

    /** Written by hand, to show the plain form of the contract. */
    private final Migration defaultDriver = new Migration() {
        @Override
        public int fromVersion() {
            return 2;
        }

        @Override
        public ObjectNode apply(ObjectNode root) {
            log.add("2->3 saw version " + root.get("schemaVersion").asInt());
            ObjectNode next = root.deepCopy();
            for (JsonNode s : next.withArray("sectors")) {
                if (!s.has("drivenBy")) {
                    ((ObjectNode) s).put("drivenBy", "unknown");
                }
            }
            return next;
        }
    };

    private Migrations chain() {
        return new Migrations(3, List.of(renameDriver, defaultDriver));
    }

    @Test
    void appliesEveryStepInOrderUpToTheCurrentVersion() {
        ObjectNode out = chain().migrate(MigrationFixturesTest.tree(MigrationFixturesTest.exampleOf(1)));
        assertEquals(List.of("1->2 saw version 1", "2->3 saw version 2"), log);
        assertEquals(3, out.get("schemaVersion").asInt());
        JsonNode sectors = out.get("sectors");
        assertEquals("State-led", sectors.at("/0/drivenBy").asText());
        assertFalse(sectors.get(0).has("driver"));
        assertEquals("unknown", sectors.at("/2/drivenBy").asText(), "the default, for the sector that had no driver");
    }

    @Test
    void startsFromTheDocumentsOwnVersion() {
        ObjectNode v2 = MigrationFixturesTest.tree(MigrationFixturesTest.exampleOf(1));
        v2.put("schemaVersion", 2);
        chain().migrate(v2);
        assertEquals(List.of("2->3 saw version 2"), log);

        ObjectNode v3 = v2.deepCopy().put("schemaVersion", 3);
        log.clear();
        ObjectNode out = chain().migrate(v3);
        assertEquals(List.of(), log);
        assertEquals(v3, out);
        assertNotSame(v3, out, "always a new tree");
    }

    @Test
    void isPureTheInputTreeIsNeverChanged() {
        ObjectNode input = MigrationFixturesTest.tree(MigrationFixturesTest.exampleOf(1));
        ObjectNode before = input.deepCopy();
        ObjectNode out = chain().migrate(input);
        assertEquals(before, input);
        // and the result shares no node with the input: changing it leaves the input alone
        ((ObjectNode) out.at("/sectors/0")).put("name", "changed");
        ((ObjectNode) out.at("/sectors/0/position")).put("x", 0.9);
        assertEquals(before, input);
    }

    @Test
    void keepsFieldsNoStepKnows() {
        ObjectNode input = MigrationFixturesTest.tree(MigrationFixturesTest.exampleOf(1));
        ObjectNode out = chain().migrate(input);
        for (String pointer : List.of("/project/reviewedBy", "/framework/yAxis/unit", "/sources/0/archived",
                "/sectors/0/position/precision", "/sectors/0/evidence/1/confidenceScore",
                "/sectors/0/history/1/movedBy", "/sectors/0/colorHint", "/criteria/1/source", "/options/0/targets/note",
                "/options/0/scores/0/reviewed", "/options/0/owner", "/layout")) {
            assertFalse(input.at(pointer).isMissingNode(), "the example has " + pointer);
            assertEquals(input.at(pointer), out.at(pointer), pointer);
        }
        assertEquals("1.50", out.at("/sectors/0/position/precision").decimalValue().toPlainString(),
                "fractional digits as written");
        assertEquals("0.750", out.at("/sectors/0/evidence/1/confidenceScore").decimalValue().toPlainString());
    }

    @Test
    void aChainWithAGapIsRefused() {
        Migration threeToFour = Migration.editingCopy(3, root -> { });
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Migrations(4, List.of(renameDriver, threeToFour)));
        assertTrue(e.getMessage().contains("gap") && e.getMessage().contains("from version 2 to 3"), e.getMessage());
    }

    @Test
    void aChainOutOfOrderOrWithARepeatIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Migrations(3, List.of(defaultDriver, renameDriver)));
        assertThrows(IllegalArgumentException.class, () -> new Migrations(3, List.of(renameDriver, renameDriver)));
    }

    @Test
    void aChainThatStopsShortOrGoesPastTheCurrentVersionIsRefused() {
        IllegalArgumentException shortChain = assertThrows(IllegalArgumentException.class,
                () -> new Migrations(3, List.of(renameDriver)));
        assertEquals("the migration chain reaches version 2, but the current version is 3", shortChain.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Migrations(2, List.of(renameDriver, defaultDriver)));
        assertThrows(IllegalArgumentException.class, () -> new Migrations(0, List.of()));
    }

    @Test
    void theApplicationsChainEndsAtTheCurrentFormatVersion() {
        assertEquals(ProjectFormat.SCHEMA_VERSION, Migrations.standard().currentVersion());
        ObjectNode v1 = MigrationFixturesTest.tree(MigrationFixturesTest.exampleOf(1));
        assertEquals(ProjectFormat.SCHEMA_VERSION, Migrations.standard().migrate(v1).get("schemaVersion").asInt());
    }

    @Test
    void aDocumentOutsideTheChainIsAProgrammingError() {
        ObjectNode doc = MigrationFixturesTest.tree(MigrationFixturesTest.exampleOf(1));
        assertThrows(IllegalArgumentException.class, () -> chain().migrate(doc.deepCopy().put("schemaVersion", 4)));
        assertThrows(IllegalArgumentException.class, () -> chain().migrate(doc.deepCopy().put("schemaVersion", 0)));
        assertThrows(IllegalArgumentException.class, () -> chain().migrate(doc.deepCopy().put("schemaVersion", "1")));
    }

    @Test
    void aStepThatEditsInPlaceIsCaught() {
        Migration inPlace = new Migration() {
            @Override
            public int fromVersion() {
                return 1;
            }

            @Override
            public ObjectNode apply(ObjectNode root) {
                return root.put("edited", true);
            }
        };
        ObjectNode doc = MigrationFixturesTest.tree(MigrationFixturesTest.exampleOf(1));
        assertThrows(IllegalStateException.class, () -> new Migrations(2, List.of(inPlace)).migrate(doc));
        assertFalse(doc.has("edited"), "even then, the caller's tree is untouched");
    }
}
