package org.sectorscope.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A conflict's label in words, from its path and the versions it walks through: "Semiconductors:
 * position", "Evidence ev-3 of Semiconductors: quote", "Project: title". Records are named by their name
 * (or title) where they have one, else by their key.
 */
final class MergeLabels {
    private static final Map<String, String> NOUNS = Map.ofEntries(
            Map.entry("sectors", "Sector"), Map.entry("evidence", "Evidence"), Map.entry("history", "Move"),
            Map.entry("scores", "Score"), Map.entry("options", "Option"), Map.entry("criteria", "Criterion"),
            Map.entry("drivers", "Driver"), Map.entry("fields", "Field"), Map.entry("sources", "Source"),
            Map.entry("editions", "Edition"), Map.entry("analysts", "Analyst layer"),
            Map.entry("placements", "Placement"), Map.entry("comments", "Comment"),
            Map.entry("conflicts", "Conflict"), Map.entry("quadrants", "Quadrant"));
    private static final int MAX_LENGTH = 300;

    private MergeLabels() {
    }

    /** {@code roots} are the versions to take names from, best first (ours, theirs, base; any may be null). */
    static String label(List<String> path, TreeMerge.Found found, JsonNode... roots) {
        JsonNode[] at = roots.clone();
        String subject = null;
        List<String> rest = new ArrayList<>();
        int i = 0;
        while (i < path.size()) {
            String key = path.get(i);
            step(at, key);
            if (i + 1 < path.size() && isList(at)) {
                String recordKey = path.get(i + 1);
                stepToRecord(at, recordKey);
                String name = name(at);
                if (subject == null && key.equals("sectors")) {
                    subject = name == null ? recordKey : name;
                } else {
                    String noun = NOUNS.getOrDefault(key, key);
                    String what = noun + " " + (name == null ? recordKey : name);
                    subject = subject == null ? what : what + " of " + subject;
                }
                rest.clear();
                i += 2;
            } else {
                rest.add(key);
                i++;
            }
        }
        String label;
        if (subject == null) {
            String first = rest.isEmpty() ? "Project" : rest.remove(0);
            subject = first.isEmpty() ? first : first.substring(0, 1).toUpperCase(Locale.ROOT) + first.substring(1);
        }
        label = subject + ": " + (rest.isEmpty() ? whole(found) : String.join(".", rest));
        return label.length() <= MAX_LENGTH ? label : label.substring(0, MAX_LENGTH - 1) + "…";
    }

    /** What happened to a whole record both sides touched. */
    private static String whole(TreeMerge.Found found) {
        if (found.ours() == null) {
            return "removed here, edited there";
        }
        if (found.theirs() == null) {
            return "edited here, removed there";
        }
        return found.base() == null ? "added differently on both sides" : "edited differently on both sides";
    }

    private static void step(JsonNode[] at, String key) {
        for (int k = 0; k < at.length; k++) {
            at[k] = at[k] == null ? null : at[k].get(key);
        }
    }

    private static boolean isList(JsonNode[] at) {
        for (JsonNode n : at) {
            if (n != null) {
                return n.isArray();
            }
        }
        return false;
    }

    private static void stepToRecord(JsonNode[] at, String recordKey) {
        for (int k = 0; k < at.length; k++) {
            JsonNode found = null;
            if (at[k] != null && at[k].isArray()) {
                for (JsonNode element : at[k]) {
                    if (recordKey.equals(TreeMerge.keyOf(element))) {
                        found = element;
                    }
                }
            }
            at[k] = found;
        }
    }

    private static String name(JsonNode[] at) {
        for (JsonNode n : at) {
            if (n != null && n.path("name").isTextual()) {
                return n.get("name").asText();
            }
            if (n != null && n.path("title").isTextual()) {
                return n.get("title").asText();
            }
        }
        return null;
    }
}
