package org.sectorscope.store.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Version 1 to 2: drivers become project data. Version 1 sectors name their driver in free text; version
 * 2 projects list their drivers ({@code id, name, shape, color}) and a sector's {@code driver} is one of
 * those ids. The list is the report's three drivers, then every other name the sectors use, in order of
 * first use, each drawn as version 1 drew it: a dark diamond. A blank driver becomes none.
 *
 * <p>The three defaults are written out here, not taken from the model, so this step keeps producing
 * what version 2 meant even when the application's defaults change later.
 *
 * <p>Version 2 also adds {@code fields} (project) and {@code tags} and {@code fields} (sector). Version 1
 * never wrote them, but a hand-edited file may hold such unknown keys; they are kept under
 * {@code <key>FromVersion1} rather than misread as the new data.
 */
final class ProjectDrivers implements Migration {
    private static final String OTHER_SHAPE = "diamond";
    private static final String OTHER_COLOR = "#323f4b";

    @Override
    public int fromVersion() {
        return 1;
    }

    @Override
    public ObjectNode apply(ObjectNode root) {
        ObjectNode doc = root.deepCopy();
        keepAside(doc, "drivers");
        keepAside(doc, "fields");
        ArrayNode drivers = doc.putArray("drivers");
        Map<String, String> idByName = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        add(drivers, idByName, ids, "driver-state-led", "State-led", "square", "#9b2c2c");
        add(drivers, idByName, ids, "driver-market-oriented", "Market-oriented", "circle", "#2f855a");
        add(drivers, idByName, ids, "driver-mixed", "Mixed", OTHER_SHAPE, OTHER_COLOR);
        if (doc.get("sectors") instanceof ArrayNode sectors) {
            for (JsonNode s : sectors) {
                if (s instanceof ObjectNode sector) {
                    keepAside(sector, "tags");
                    keepAside(sector, "fields");
                    refer(sector, drivers, idByName, ids);
                }
            }
        }
        return doc;
    }

    /** Replaces the sector's driver name by the id of its driver, added to the list when new. */
    private static void refer(ObjectNode sector, ArrayNode drivers, Map<String, String> idByName, Set<String> ids) {
        JsonNode driver = sector.get("driver");
        if (driver == null || !driver.isTextual()) {
            return; // absent, or of a shape no version reads: the reader says so
        }
        String name = driver.textValue();
        if (name.isBlank()) {
            sector.remove("driver");
            return;
        }
        String id = idByName.get(name);
        if (id == null) {
            id = uniqueId(slug(name), ids);
            add(drivers, idByName, ids, id, name, OTHER_SHAPE, OTHER_COLOR);
        }
        sector.put("driver", id);
    }

    private static void add(ArrayNode drivers, Map<String, String> idByName, Set<String> ids, String id, String name,
                            String shape, String color) {
        drivers.addObject().put("id", id).put("name", name).put("shape", shape).put("color", color);
        idByName.put(name, id);
        ids.add(id);
    }

    /** "driver-" and the name's letters and digits in lower case, runs of anything else as one hyphen. */
    static String slug(String name) {
        StringBuilder out = new StringBuilder("driver");
        boolean gap = true;
        for (int i = 0; i < name.length() && out.length() < 60; ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (gap) {
                    out.append('-');
                }
                out.appendCodePoint(Character.toLowerCase(c));
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    private static String uniqueId(String base, Set<String> ids) {
        String id = base;
        for (int n = 2; ids.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static void keepAside(ObjectNode node, String key) {
        JsonNode old = node.remove(key);
        if (old != null) {
            node.set(key + "FromVersion1", old);
        }
    }

    @Override
    public String toString() {
        return "migration 1 -> 2 (project drivers)";
    }
}
