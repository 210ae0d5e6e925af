package org.sectorscope.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sectorscope.model.Ids;

/**
 * The repairs {@link ProjectRepair} makes on a project's JSON tree before it is mapped strictly. Each
 * one is safe (it removes a reference that leads nowhere, picks the "cannot be judged" grade, clamps a
 * position, gives a clashing id a fresh one) and adds a sentence to the fixes naming where, with paths
 * as in the file ({@code sectors[3].evidence[1]}). Values of a shape no repair addresses are left alone;
 * the strict mapping then refuses them and no copy is offered.
 */
final class TreeRepairs {
    private static final Set<String> NON_FINITE = Set.of("nan", "+nan", "-nan", "infinity", "+infinity", "-infinity",
            "inf", "+inf", "-inf");
    private static final int SHOWN_MAX = 40;

    private TreeRepairs() {
    }

    /** Repairs {@code root} in place, adding a sentence to {@code fixes} for each change. */
    static void apply(ObjectNode root, List<String> fixes) {
        List<Item> sectors = items(root.get("sectors"), "sectors");
        for (Item sector : sectors) {
            position(sector, fixes);
            history(sector, fixes);
            for (Item evidence : items(sector.node.get("evidence"), sector.path + ".evidence")) {
                grades(evidence, fixes);
            }
        }
        uniqueIds(root, sectors, fixes);
        references(root, sectors, fixes);
        SectorDataRepairs.apply(root, fixes);
    }

    // ---- positions -----------------------------------------------------------------------------

    /** Clamps a coordinate out of [-1, 1]; a coordinate that is not finite leaves the sector unplaced. */
    private static void position(Item sector, List<String> fixes) {
        if (!(sector.node.get("position") instanceof ObjectNode pos)) {
            return;
        }
        String at = sector.path + ".position";
        for (String axis : List.of("x", "y")) {
            JsonNode v = pos.get(axis);
            if (isNonFinite(v)) {
                sector.node.remove("position");
                fixes.add(at + ": " + axis + " " + shown(v) + " is not a finite number; the sector was left unplaced");
                return;
            }
        }
        clamp(pos, at, fixes);
    }

    /** In the placement history, positions are clamped the same way; an entry with a non-finite one is dropped. */
    private static void history(Item sector, List<String> fixes) {
        List<Item> entries = items(sector.node.get("history"), sector.path + ".history");
        List<Integer> drop = new ArrayList<>();
        for (Item entry : entries) {
            String bad = null;
            for (String end : List.of("from", "to")) {
                if (entry.node.get(end) instanceof ObjectNode pos) {
                    for (String axis : List.of("x", "y")) {
                        if (bad == null && isNonFinite(pos.get(axis))) {
                            bad = end + "." + axis + " " + shown(pos.get(axis));
                        }
                    }
                }
            }
            if (bad != null) {
                drop.add(entry.index);
                fixes.add(entry.path + ": " + bad + " is not a finite number; the history entry was removed");
                continue;
            }
            for (String end : List.of("from", "to")) {
                if (entry.node.get(end) instanceof ObjectNode pos) {
                    clamp(pos, entry.path + "." + end, fixes);
                }
            }
        }
        if (sector.node.get("history") instanceof ArrayNode list) {
            removeAll(list, drop);
        }
    }

    private static void clamp(ObjectNode pos, String at, List<String> fixes) {
        for (String axis : List.of("x", "y")) {
            JsonNode v = pos.get(axis);
            if (v == null || !v.isNumber()) {
                continue;
            }
            double d = v.doubleValue();
            if (d < -1 || d > 1) {
                pos.put(axis, d < -1 ? -1.0 : 1.0);
                fixes.add(at + ": " + axis + " " + shown(v) + " is outside -1 to 1; it was clamped to "
                        + (d < -1 ? "-1" : "1"));
            }
        }
    }

    private static boolean isNonFinite(JsonNode v) {
        if (v == null) {
            return false;
        }
        if (v.isNumber()) {
            return !Double.isFinite(v.doubleValue());
        }
        return v.isTextual() && NON_FINITE.contains(v.asText().trim().toLowerCase(Locale.ROOT));
    }

    // ---- grades --------------------------------------------------------------------------------

    private static void grades(Item evidence, List<String> fixes) {
        ObjectNode e = evidence.node;
        JsonNode reliability = e.get("reliability");
        if (reliability != null && !reliability.isNull()
                && !(reliability.isTextual() && reliability.asText().matches("[A-F]"))) {
            e.put("reliability", "F");
            fixes.add(evidence.path + ": reliability " + shown(reliability)
                    + " is not one of A-F; it was set to F (cannot be judged)");
        }
        JsonNode credibility = e.get("credibility");
        if (credibility != null && !credibility.isNull() && !(credibility.isInt() && credibility.intValue() >= 1
                && credibility.intValue() <= 6)) {
            e.put("credibility", 6);
            fixes.add(evidence.path + ": credibility " + shown(credibility)
                    + " is not one of 1-6; it was set to 6 (cannot be judged)");
        }
    }

    // ---- ids -----------------------------------------------------------------------------------

    /** Within each kind, the first holder of an id keeps it and later ones get a fresh id. */
    private static void uniqueIds(ObjectNode root, List<Item> sectors, List<String> fixes) {
        List<Item> evidence = new ArrayList<>();
        for (Item sector : sectors) {
            evidence.addAll(items(sector.node.get("evidence"), sector.path + ".evidence"));
        }
        uniqueIds(items(root.get("sources"), "sources"), "src", fixes);
        uniqueIds(sectors, "sector", fixes);
        uniqueIds(evidence, "ev", fixes);
        uniqueIds(items(root.get("criteria"), "criteria"), "crit", fixes);
        uniqueIds(items(root.get("options"), "options"), "opt", fixes);
    }

    private static void uniqueIds(List<Item> items, String prefix, List<String> fixes) {
        Set<String> taken = new HashSet<>();
        for (Item item : items) {
            String id = text(item.node.get("id"));
            if (id != null) {
                taken.add(id);
            }
        }
        Map<String, String> firstAt = new HashMap<>();
        for (Item item : items) {
            String id = text(item.node.get("id"));
            if (id == null || id.isBlank()) {
                continue;
            }
            String first = firstAt.putIfAbsent(id, item.path);
            if (first != null) {
                String fresh;
                do {
                    fresh = Ids.newId(prefix);
                } while (!taken.add(fresh));
                item.node.put("id", fresh);
                fixes.add(item.path + ": the id \"" + id + "\" is already used by " + first
                        + "; this one was given the new id \"" + fresh + "\"");
            }
        }
    }

    // ---- references ----------------------------------------------------------------------------

    /** Removes references to sources, sectors, quadrants and criteria that do not exist, and second scores. */
    private static void references(ObjectNode root, List<Item> sectors, List<String> fixes) {
        Set<String> sourceIds = ids(items(root.get("sources"), "sources"));
        Set<String> sectorIds = ids(sectors);
        Set<String> criterionIds = ids(items(root.get("criteria"), "criteria"));
        Set<String> letters = new HashSet<>();
        JsonNode framework = root.get("framework");
        for (Item q : items(framework == null ? null : framework.get("quadrants"), "framework.quadrants")) {
            String letter = text(q.node.get("letter"));
            if (letter != null) {
                letters.add(letter);
            }
        }

        for (Item sector : sectors) {
            if (sector.node.get("placement") instanceof ObjectNode placement) {
                dropSource(placement, sourceIds, sector.path + ".placement", "the reference was removed", fixes);
            }
            for (Item evidence : items(sector.node.get("evidence"), sector.path + ".evidence")) {
                dropSource(evidence.node, sourceIds, evidence.path, "the citation was removed", fixes);
            }
        }
        for (Item option : items(root.get("options"), "options")) {
            dropSource(option.node, sourceIds, option.path, "the reference was removed", fixes);
            if (option.node.get("targets") instanceof ObjectNode targets) {
                dropTargets(targets, "sectors", "sector", sectorIds, option.path, fixes);
                dropTargets(targets, "quadrants", "quadrant", letters, option.path, fixes);
            }
            List<Integer> drop = new ArrayList<>();
            Map<String, String> scored = new HashMap<>();
            for (Item score : items(option.node.get("scores"), option.path + ".scores")) {
                String criterion = text(score.node.get("criterionId"));
                if (criterion == null) {
                    continue;
                }
                if (!criterionIds.contains(criterion)) {
                    drop.add(score.index);
                    fixes.add(score.path + ": criterion \"" + criterion + "\" does not exist; the score was removed");
                } else if (scored.containsKey(criterion)) {
                    drop.add(score.index);
                    fixes.add(score.path + ": criterion \"" + criterion + "\" is already scored in "
                            + scored.get(criterion) + "; the first score was kept and this one was removed");
                } else {
                    scored.put(criterion, score.path);
                }
            }
            if (option.node.get("scores") instanceof ArrayNode scores) {
                removeAll(scores, drop);
            }
        }
    }

    private static void dropSource(ObjectNode node, Set<String> sourceIds, String path, String what,
                                   List<String> fixes) {
        String id = text(node.get("sourceId"));
        if (id != null && !id.isBlank() && !sourceIds.contains(id)) {
            node.remove("sourceId");
            fixes.add(path + ": source \"" + id + "\" does not exist; " + what);
        }
    }

    private static void dropTargets(ObjectNode targets, String key, String kind, Set<String> known, String optionPath,
                                    List<String> fixes) {
        if (!(targets.get(key) instanceof ArrayNode list)) {
            return;
        }
        List<Integer> drop = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String id = text(list.get(i));
            if (id != null && !known.contains(id)) {
                drop.add(i);
                fixes.add(optionPath + ".targets." + key + ": " + kind + " \"" + id
                        + "\" does not exist; it was removed from the targets");
            }
        }
        removeAll(list, drop);
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** An object in an array, with its index and path in the file. */
    private record Item(ObjectNode node, int index, String path) {
    }

    /** The objects of an array (other elements are left for the strict mapping to refuse). */
    private static List<Item> items(JsonNode array, String path) {
        List<Item> items = new ArrayList<>();
        if (array instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i) instanceof ObjectNode o) {
                    items.add(new Item(o, i, path + "[" + i + "]"));
                }
            }
        }
        return items;
    }

    private static Set<String> ids(List<Item> items) {
        Set<String> ids = new HashSet<>();
        for (Item item : items) {
            String id = text(item.node.get("id"));
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
    }

    /** Removes the elements at these ascending indexes. */
    private static void removeAll(ArrayNode array, List<Integer> indexes) {
        for (int i = indexes.size() - 1; i >= 0; i--) {
            array.remove((int) indexes.get(i));
        }
    }

    /** A value as written in JSON, shortened for a sentence. */
    private static String shown(JsonNode value) {
        String s = value.toString();
        return s.length() <= SHOWN_MAX ? s : s.substring(0, SHOWN_MAX - 3) + "...";
    }
}
