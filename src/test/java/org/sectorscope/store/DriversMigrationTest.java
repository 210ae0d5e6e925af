package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Project;
import org.sectorscope.store.migration.Migrations;

/** The real step from version 1 to 2: free-text drivers become the project's driver list. */
class DriversMigrationTest {
    private static ObjectNode v1WithDrivers(String... drivers) {
        ObjectNode root = MigrationFixturesTest.tree(MigrationFixturesTest.exampleOf(1));
        ArrayNode sectors = (ArrayNode) root.get("sectors");
        ObjectNode template = (ObjectNode) sectors.get(2);
        sectors.removeAll();
        for (int i = 0; i < drivers.length; i++) {
            ObjectNode s = template.deepCopy().put("id", "s" + i).put("name", "Sector " + i);
            if (drivers[i] != null) {
                s.put("driver", drivers[i]);
            }
            sectors.add(s);
        }
        root.remove("options"); // they target sectors this test removed
        root.putArray("options");
        return root;
    }

    private static List<String> texts(JsonNode array, String key) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.has(key) ? n.get(key).asText() : null));
        return out;
    }

    @Test
    void theThreeDefaultsThenEveryOtherNameInOrderOfFirstUse() {
        ObjectNode out = Migrations.standard().migrate(v1WithDrivers("Provincial", "State-led", "Mixed", "  ",
                "Provincial", null, "Market-oriented", "Local & foreign", "mixed"));
        assertEquals(List.of("driver-state-led", "driver-market-oriented", "driver-mixed", "driver-provincial",
                "driver-local-foreign", "driver-mixed-2"), texts(out.get("drivers"), "id"));
        assertEquals(List.of("State-led", "Market-oriented", "Mixed", "Provincial", "Local & foreign", "mixed"),
                texts(out.get("drivers"), "name"));
        assertEquals(List.of("square", "circle", "diamond", "diamond", "diamond", "diamond"),
                texts(out.get("drivers"), "shape"), "other drivers are drawn as version 1 drew them");
        assertEquals(List.of("#9b2c2c", "#2f855a", "#323f4b", "#323f4b", "#323f4b", "#323f4b"),
                texts(out.get("drivers"), "color"));
        List<String> refs = new ArrayList<>();
        texts(out.get("sectors"), "driver").forEach(refs::add);
        List<String> expected = new ArrayList<>(List.of("driver-provincial", "driver-state-led", "driver-mixed"));
        expected.add(null); // a blank driver becomes none
        expected.add("driver-provincial");
        expected.add(null);
        expected.addAll(List.of("driver-market-oriented", "driver-local-foreign", "driver-mixed-2"));
        assertEquals(expected, refs);
    }

    @Test
    void namesWithoutLettersAndClashingSlugsStillGetUniqueIds() {
        ObjectNode out = Migrations.standard().migrate(v1WithDrivers("国家主导", "---", "State led", "???"));
        assertEquals(List.of("driver-state-led", "driver-market-oriented", "driver-mixed", "driver-国家主导",
                "driver", "driver-state-led-2", "driver-2"), texts(out.get("drivers"), "id"));
    }

    @Test
    void theResultReadsAndTheDriversShowTheirOldNames() throws Exception {
        ObjectNode out = Migrations.standard().migrate(v1WithDrivers("Provincial", "State-led", null));
        ObjectNode v1 = v1WithDrivers("Provincial", "State-led", null);
        Project p = ProjectReader.open(v1.toString().getBytes(StandardCharsets.UTF_8), "old.json").project();
        assertEquals(List.of("Provincial", "State-led", ""), p.sectors().stream().map(p::driverNameOf).toList());
        assertEquals(2, out.get("schemaVersion").asInt());
    }

    @Test
    void newKeysAVersion1FileHappensToHoldAreKeptAsideNotMisread() {
        ObjectNode v1 = v1WithDrivers("State-led");
        v1.putArray("drivers").add("a hand-written note");
        ((ObjectNode) v1.at("/sectors/0")).put("tags", "not a list");
        ObjectNode before = v1.deepCopy();
        ObjectNode out = Migrations.standard().migrate(v1);
        assertEquals(before, v1, "pure: the input is untouched");
        assertEquals("[\"a hand-written note\"]", out.get("driversFromVersion1").toString());
        assertEquals("not a list", out.at("/sectors/0/tagsFromVersion1").asText());
        assertFalse(out.at("/sectors/0").has("tags"));
        assertEquals(3, out.get("drivers").size());
    }
}
