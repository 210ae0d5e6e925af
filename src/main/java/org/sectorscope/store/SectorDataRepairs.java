package org.sectorscope.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The repairs of a sector's project-defined data, on the JSON tree as {@link TreeRepairs} makes its own:
 * a driver the project does not define is removed (the sector has none); a value for a field the project
 * does not define, or of the other kind, is removed (see {@link ProjectIntegrity} for why such values are
 * not kept); a tag given twice keeps its first place; a marker encoding naming a field that is gone or of
 * the other kind loses that part. Two drivers or fields with one id are not repaired:
 * which one the sectors meant cannot be told.
 */
final class SectorDataRepairs {
    private SectorDataRepairs() {
    }

    static void apply(ObjectNode root, List<String> fixes) {
        Set<String> drivers = new HashSet<>();
        for (JsonNode d : array(root.get("drivers"))) {
            if (d.get("id") != null && d.get("id").isTextual()) {
                drivers.add(d.get("id").textValue());
            }
        }
        Map<String, String> kinds = new HashMap<>();
        for (JsonNode f : array(root.get("fields"))) {
            if (f.get("id") != null && f.get("id").isTextual() && f.get("kind") != null && f.get("kind").isTextual()) {
                kinds.put(f.get("id").textValue(), f.get("kind").textValue());
            }
        }
        markers(root, kinds, fixes);
        ArrayNode sectors = array(root.get("sectors"));
        for (int i = 0; i < sectors.size(); i++) {
            if (sectors.get(i) instanceof ObjectNode sector) {
                String path = "sectors[" + i + "]";
                driver(sector, drivers, path, fixes);
                fields(sector, kinds, path, fixes);
                tags(sector, path, fixes);
            }
        }
    }

    /** A marker encoding's field that is gone or of the other kind: that part falls back to the default. */
    private static void markers(ObjectNode root, Map<String, String> kinds, List<String> fixes) {
        if (!(root.get("markers") instanceof ObjectNode markers)) {
            return;
        }
        markerField(markers, "colorBy", "text", kinds, fixes);
        markerField(markers, "sizeBy", "number", kinds, fixes);
    }

    private static void markerField(ObjectNode markers, String key, String kind, Map<String, String> kinds,
                                    List<String> fixes) {
        JsonNode id = markers.get(key);
        if (id == null || !id.isTextual() || id.textValue().isBlank()) {
            return;
        }
        String found = kinds.get(id.textValue());
        if (!kind.equals(found)) {
            markers.remove(key);
            fixes.add("markers." + key + ": " + (found == null ? "field \"" + id.textValue() + "\" does not exist"
                    : "field \"" + id.textValue() + "\" holds " + found + "s, not " + kind + "s")
                    + "; markers were left " + (kind.equals("text") ? "in their driver's colour" : "at one size"));
        }
    }

    private static void driver(ObjectNode sector, Set<String> drivers, String path, List<String> fixes) {
        JsonNode d = sector.get("driver");
        if (d != null && d.isTextual() && !d.textValue().isEmpty() && !drivers.contains(d.textValue())) {
            sector.remove("driver");
            fixes.add(path + ".driver: driver \"" + d.textValue()
                    + "\" does not exist; the sector was left without one");
        }
    }

    private static void fields(ObjectNode sector, Map<String, String> kinds, String path, List<String> fixes) {
        if (!(sector.get("fields") instanceof ObjectNode values)) {
            return;
        }
        List<String> drop = new ArrayList<>();
        values.fields().forEachRemaining(e -> {
            String kind = kinds.get(e.getKey());
            JsonNode v = e.getValue();
            if (kind == null) {
                drop.add(e.getKey());
                fixes.add(path + ".fields: field \"" + e.getKey() + "\" does not exist; its value was removed");
            } else if ((kind.equals("number") && v.isTextual()) || (kind.equals("text") && v.isNumber())) {
                drop.add(e.getKey());
                fixes.add(path + ".fields." + e.getKey() + ": the field holds " + kind + "s, not "
                        + (v.isNumber() ? "numbers" : "texts") + "; the value was removed");
            }
        });
        values.remove(drop);
    }

    private static void tags(ObjectNode sector, String path, List<String> fixes) {
        if (!(sector.get("tags") instanceof ArrayNode tags)) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            JsonNode t = tags.get(i);
            if (t.isTextual() && !seen.add(t.textValue())) {
                fixes.add(path + ".tags[" + i + "]: the tag \"" + t.textValue()
                        + "\" is already given; it was removed");
                tags.remove(i--);
            }
        }
    }

    private static ArrayNode array(JsonNode node) {
        return node instanceof ArrayNode a ? a : JsonNodeFactory.instance.arrayNode();
    }
}
