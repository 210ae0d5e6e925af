package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;

/** Fields this version does not know survive a load and save, after the known keys, in their order. */
class UnknownFieldsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** JSON pointers of the objects that get unknown fields, and the known keys each has in small(). */
    private static final Map<String, List<String>> TARGETS = Map.ofEntries(
            Map.entry("", List.of("format", "schemaVersion", "project", "framework", "drivers", "sources", "sectors", "criteria",
                    "options")),
            Map.entry("/project", List.of("id", "title", "subtitle", "sourceLine")),
            Map.entry("/framework", List.of("name", "xAxis", "yAxis", "quadrants")),
            Map.entry("/framework/xAxis", List.of("title", "lowLabel", "highLabel")),
            Map.entry("/framework/quadrants/2", List.of("x", "y", "letter", "name", "color")),
            Map.entry("/sources/1", List.of("id", "author", "title", "date")),
            Map.entry("/sectors/0", List.of("id", "name", "driver", "summary", "position", "placement", "evidence")),
            Map.entry("/sectors/0/position", List.of("x", "y")),
            Map.entry("/sectors/0/placement", List.of("basis", "sourceId", "rationale")),
            Map.entry("/sectors/1/evidence/1", List.of("id", "note", "reliability", "credibility", "axis")),
            Map.entry("/criteria/0", List.of("id", "name", "description", "weight")),
            Map.entry("/options/0", List.of("id", "name", "description", "sourceId", "targets", "intendedEffect",
                    "scores")),
            Map.entry("/options/0/targets", List.of("sectors", "quadrants")),
            Map.entry("/options/0/scores/2", List.of("criterionId", "value", "rationale")));

    private static ObjectNode smallTree() throws Exception {
        return (ObjectNode) JSON.readTree(ProjectWriter.toBytes(TestProjects.small()));
    }

    /** Unknown fields of every JSON kind; the pointer makes them differ per object. */
    private static ObjectNode unknowns(String pointer) throws Exception {
        return (ObjectNode) JSON.readTree("""
                {
                  "zExtra": "kept at %s",
                  "aNested": {"deep": [1, 2.5, {"k": null}], "flag": true, "big": 12345678901234567890},
                  "list": ["x", [], {}],
                  "nothing": null,
                  "escaped": "tab\\t \\"q\\" \\u00e9 \\u4e2d"
                }
                """.formatted(pointer.isEmpty() ? "top" : pointer));
    }

    private static String canonical(JsonNode tree) throws Exception {
        return ProjectJson.WRITER.writeValueAsString(tree) + "\n";
    }

    private static String roundTrip(String text) throws Exception {
        return ProjectWriter.toText(ProjectReader.parse(text.getBytes(StandardCharsets.UTF_8), "unknown.json"));
    }

    @Test
    void unknownFieldsAfterKnownKeysSurviveByteForByte() throws Exception {
        ObjectNode root = smallTree();
        for (String pointer : TARGETS.keySet()) {
            ObjectNode target = pointer.isEmpty() ? root : (ObjectNode) root.at(pointer);
            target.setAll(unknowns(pointer));
        }
        String input = canonical(root);
        assertEquals(input, roundTrip(input));
    }

    @Test
    void unknownFieldsBeforeKnownKeysMoveAfterThemInTheirOwnOrder() throws Exception {
        ObjectNode root = smallTree();
        ObjectNode newRoot = reorderWithUnknownsFirst(root, "");
        String input = canonical(newRoot);
        JsonNode out = JSON.readTree(roundTrip(input));
        for (Map.Entry<String, List<String>> e : TARGETS.entrySet()) {
            JsonNode node = e.getKey().isEmpty() ? out : out.at(e.getKey());
            List<String> expected = new ArrayList<>(e.getValue());
            expected.addAll(List.of("zExtra", "aNested", "list", "nothing", "escaped"));
            assertEquals(expected, names(node), "key order at '" + e.getKey() + "'");
            assertEquals(unknowns(e.getKey()).get("aNested"), node.get("aNested"));
            assertEquals("kept at " + (e.getKey().isEmpty() ? "top" : e.getKey()), node.get("zExtra").asText());
            assertTrue(node.get("nothing").isNull(), "null unknown values are kept as null");
            assertEquals("tab\t \"q\" \u00e9 \u4e2d", node.get("escaped").asText());
            assertEquals("12345678901234567890", node.get("aNested").get("big").asText(), "big integers stay exact");
        }
    }

    /** A copy of {@code node} where, for each target object, the unknown fields come first. */
    private static ObjectNode reorderWithUnknownsFirst(JsonNode node, String pointer) throws Exception {
        ObjectNode copy = JSON.createObjectNode();
        if (TARGETS.containsKey(pointer)) {
            copy.setAll(unknowns(pointer));
        }
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> f = it.next();
            copy.set(f.getKey(), reorder(f.getValue(), pointer + "/" + f.getKey()));
        }
        return copy;
    }

    private static JsonNode reorder(JsonNode node, String pointer) throws Exception {
        if (node.isObject()) {
            return reorderWithUnknownsFirst(node, pointer);
        }
        if (node.isArray()) {
            var arr = JSON.createArrayNode();
            for (int i = 0; i < node.size(); i++) {
                arr.add(reorder(node.get(i), pointer + "/" + i));
            }
            return arr;
        }
        return node;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void unknownFieldsReachTheModelAndSurviveAnEdit() throws Exception {
        ObjectNode root = smallTree();
        ((ObjectNode) root.at("/sectors/0")).put("x-colour-override", "#FF0000");
        ((ObjectNode) root.at("/sectors/0/position")).put("x-locked", true);
        Project p = ProjectReader.parse(canonical(root).getBytes(StandardCharsets.UTF_8), "u");
        Project moved = p.withSector(TestProjects.SOLAR,
                s -> s.withPosition(new Position(-0.1, 0.9)).withName("Solar"));
        JsonNode out = JSON.readTree(ProjectWriter.toBytes(moved));
        assertEquals("#FF0000", out.at("/sectors/0/x-colour-override").asText());
        assertTrue(out.at("/sectors/0/position/x-locked").asBoolean());
        assertEquals(-0.1, out.at("/sectors/0/position/x").asDouble());
        assertEquals("Solar", out.at("/sectors/0/name").asText());
    }

    @Test
    void aSectorFieldNamedLikeTheReservedPositionKeySurvives() throws Exception {
        ObjectNode root = smallTree();
        ((ObjectNode) root.at("/sectors/0")).put("\u0000position", 7);
        String input = canonical(root);
        assertEquals(input, roundTrip(input));
    }
}
