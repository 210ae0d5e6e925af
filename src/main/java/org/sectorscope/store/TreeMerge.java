package org.sectorscope.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The three-way merge of two JSON trees against their common base, on ids rather than lines: objects key
 * by key, lists of records by each record's key ({@link #keyOf}), positions as one value, lists of names
 * (tags, targets, evidence ids) as sets. Per value: what only one side changed is taken; what both
 * changed differently is a {@link Found} conflict and the merged tree keeps ours. Keys the app does not
 * know merge like any other, so they survive. A {@code null} node means "not there".
 */
final class TreeMerge {
    /** A value both sides changed differently; {@code null} for a side that has no value there. */
    record Found(List<String> path, JsonNode base, JsonNode ours, JsonNode theirs) {
    }

    /** String lists under these keys are sets of names or ids: their order carries no meaning. */
    private static final Set<String> SET_LISTS = Set.of("tags", "sectors", "quadrants", "evidence");

    /** Numbers are equal by value, so 0.3 and 0.30 are no change. */
    private static final Comparator<JsonNode> BY_VALUE = (a, b) -> {
        if (a.equals(b)) {
            return 0;
        }
        return a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0 ? 0 : 1;
    };

    private final List<Found> conflicts = new ArrayList<>();

    /** The merged tree ({@code null} when the merge removes it); conflicts are collected in {@link #conflicts()}. */
    JsonNode merge(JsonNode base, JsonNode ours, JsonNode theirs) {
        return merge(List.of(), base, ours, theirs);
    }

    List<Found> conflicts() {
        return List.copyOf(conflicts);
    }

    static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.equals(BY_VALUE, b);
    }

    private JsonNode merge(List<String> path, JsonNode base, JsonNode ours, JsonNode theirs) {
        if (same(ours, theirs)) {
            return ours;
        }
        if (same(base, ours)) {
            return theirs;
        }
        if (same(base, theirs)) {
            return ours;
        }
        if (ours != null && theirs != null) {
            if (isRecord(ours) && isRecord(theirs) && (base == null || isRecord(base))) {
                return mergeObjects(path, (ObjectNode) base, (ObjectNode) ours, (ObjectNode) theirs);
            }
            if (ours.isArray() && theirs.isArray() && (base == null || base.isArray())) {
                if (keyed(base) && keyed(ours) && keyed(theirs)) {
                    return mergeKeyed(path, base, ours, theirs);
                }
                String name = path.isEmpty() ? "" : path.get(path.size() - 1);
                if (SET_LISTS.contains(name) && texts(base) && texts(ours) && texts(theirs)) {
                    return mergeSet(base, ours, theirs);
                }
            }
        }
        conflicts.add(new Found(List.copyOf(path), base, ours, theirs));
        return ours;
    }

    /** An object merged key by key; a position ({x, y}) is one value, so two moves never half-merge. */
    private static boolean isRecord(JsonNode node) {
        return node.isObject() && !isPosition(node);
    }

    static boolean isPosition(JsonNode node) {
        return node.isObject() && node.size() >= 2 && node.path("x").isNumber() && node.path("y").isNumber();
    }

    private JsonNode mergeObjects(List<String> path, ObjectNode base, ObjectNode ours, ObjectNode theirs) {
        Set<String> keys = new LinkedHashSet<>();
        ours.fieldNames().forEachRemaining(keys::add);
        theirs.fieldNames().forEachRemaining(keys::add);
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        for (String key : keys) {
            JsonNode value = merge(append(path, key), base == null ? null : base.get(key), ours.get(key),
                    theirs.get(key));
            if (value != null) {
                merged.set(key, value);
            }
        }
        return merged;
    }

    /**
     * Records matched on their keys, in ours' order, with records only theirs has inserted after the
     * record that precedes them in theirs.
     */
    private JsonNode mergeKeyed(List<String> path, JsonNode base, JsonNode ours, JsonNode theirs) {
        Map<String, JsonNode> b = byKey(base);
        Map<String, JsonNode> o = byKey(ours);
        Map<String, JsonNode> t = byKey(theirs);
        Map<String, JsonNode> merged = new LinkedHashMap<>();
        Set<String> keys = new LinkedHashSet<>(o.keySet());
        keys.addAll(t.keySet());
        keys.addAll(b.keySet());
        for (String key : keys) {
            JsonNode value = merge(append(path, key), b.get(key), o.get(key), t.get(key));
            if (value != null) {
                merged.put(key, value);
            }
        }
        List<String> order = new ArrayList<>();
        for (String key : o.keySet()) {
            if (merged.containsKey(key)) {
                order.add(key);
            }
        }
        String predecessor = null;
        for (String key : t.keySet()) {
            if (merged.containsKey(key) && !order.contains(key)) {
                order.add(predecessor == null ? 0 : order.indexOf(predecessor) + 1, key);
            }
            if (order.contains(key)) {
                predecessor = key;
            }
        }
        for (String key : merged.keySet()) {
            if (!order.contains(key)) {
                order.add(key); // only in base and kept by a conflict: not expected, but never dropped
            }
        }
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        order.forEach(key -> list.add(merged.get(key)));
        return list;
    }

    /** Ours' names, less those theirs removed, plus those theirs added; a set merge never conflicts. */
    private static JsonNode mergeSet(JsonNode base, JsonNode ours, JsonNode theirs) {
        Set<String> b = textSet(base);
        Set<String> t = textSet(theirs);
        Set<String> merged = new LinkedHashSet<>();
        for (JsonNode n : ours) {
            if (!b.contains(n.asText()) || t.contains(n.asText())) {
                merged.add(n.asText());
            }
        }
        for (String name : t) {
            if (!b.contains(name)) {
                merged.add(name);
            }
        }
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        merged.forEach(list::add);
        return list;
    }

    /**
     * The key a record is matched on across versions: its {@code id}, else its {@code sectorId} (analyst
     * placements), else option and criterion (an edition's scores), else {@code criterionId} (an option's
     * scores), else its x and y sides (the framework's quadrants); {@code null} when it has none.
     */
    static String keyOf(JsonNode element) {
        if (element == null || !element.isObject()) {
            return null;
        }
        if (element.path("id").isTextual()) {
            return element.get("id").asText();
        }
        if (element.path("sectorId").isTextual()) {
            return element.get("sectorId").asText();
        }
        if (element.path("optionId").isTextual() && element.path("criterionId").isTextual()) {
            return element.get("optionId").asText() + "/" + element.get("criterionId").asText();
        }
        if (element.path("criterionId").isTextual()) {
            return element.get("criterionId").asText();
        }
        if (element.path("x").isTextual() && element.path("y").isTextual()) {
            return element.get("x").asText() + "/" + element.get("y").asText();
        }
        return null;
    }

    /** Whether a list (or a missing one) is records, each with a key no other record in it has. */
    private static boolean keyed(JsonNode list) {
        if (list == null) {
            return true;
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode element : list) {
            String key = keyOf(element);
            if (key == null || !seen.add(key)) {
                return false;
            }
        }
        return true;
    }

    private static boolean texts(JsonNode list) {
        if (list == null) {
            return true;
        }
        for (JsonNode element : list) {
            if (!element.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> textSet(JsonNode list) {
        Set<String> names = new LinkedHashSet<>();
        if (list != null) {
            list.forEach(n -> names.add(n.asText()));
        }
        return names;
    }

    private static Map<String, JsonNode> byKey(JsonNode list) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        if (list != null) {
            list.forEach(n -> map.put(keyOf(n), n));
        }
        return map;
    }

    private static List<String> append(List<String> path, String key) {
        List<String> next = new ArrayList<>(path);
        next.add(key);
        return next;
    }
}
