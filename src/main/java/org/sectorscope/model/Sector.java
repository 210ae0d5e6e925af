package org.sectorscope.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A sector, with the evidence for its placement. {@code position} is null while the sector is not
 * placed on the framework yet. {@code history} lists the moves that changed its quadrant.
 * {@code driver} is the id of one of the project's {@link Driver}s, or "" for none; {@code fields} holds
 * its values of the project's {@link CustomField}s by field id, in the order they were set (the
 * project checks, through store.ProjectIntegrity, that each id and kind matches a field).
 * {@code positionExtras} holds unknown fields of the file's position object, kept apart so a move
 * never loses them.
 */
public record Sector(String id, String name, String driver, String summary, Position position,
                     Placement placement, List<Evidence> evidence, List<PlacementChange> history, List<String> tags,
                     Map<String, FieldValue> fields, Extras extras, Extras positionExtras) {
    public Sector {
        Ids.require(id, "sector");
        TextLimit.NAME.require(Objects.requireNonNull(name, "name"), "the name of sector " + id);
        driver = TextLimit.LINE.require(driver == null ? "" : driver, "the driver of sector " + id);
        tags = tags(tags, id);
        fields = fields(fields, id);
        placement = placement == null ? Placement.analyst("") : placement;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        history = history == null ? List.of() : List.copyOf(history);
        summary = TextLimit.PROSE.require(Text.optional(summary), "the summary of sector " + id);
        extras = extras == null ? Extras.NONE : extras;
        positionExtras = positionExtras == null ? Extras.NONE : positionExtras;
    }

    public Sector(String id, String name, String driver, String summary, Position position, Placement placement,
                  List<Evidence> evidence, List<PlacementChange> history, Extras extras, Extras positionExtras) {
        this(id, name, driver, summary, position, placement, evidence, history, List.of(), Map.of(), extras,
                positionExtras);
    }

    public Sector(String id, String name, String driver, String summary, Position position, Placement placement,
                  List<Evidence> evidence, Extras extras) {
        this(id, name, driver, summary, position, placement, evidence, List.of(), extras, Extras.NONE);
    }

    /** Tags are short labels for filtering: each a non-blank name, none twice (a set, kept in order). */
    private static List<String> tags(List<String> tags, String id) {
        List<String> out = Text.strings(tags, TextLimit.NAME, "the tags of sector " + id);
        Set<String> seen = new HashSet<>();
        for (String t : out) {
            if (t.isBlank()) {
                throw new IllegalArgumentException("sector " + id + " has a blank tag");
            }
            if (!seen.add(t)) {
                throw new IllegalArgumentException("sector " + id + " has the tag \"" + t + "\" twice");
            }
        }
        return out;
    }

    private static Map<String, FieldValue> fields(Map<String, FieldValue> fields, String id) {
        if (fields == null || fields.isEmpty()) {
            return Map.of();
        }
        Map<String, FieldValue> copy = new LinkedHashMap<>();
        fields.forEach((k, v) -> copy.put(Ids.require(k, "field"),
                Objects.requireNonNull(v, () -> "sector " + id + ": the value of field " + k + " is null")));
        return Collections.unmodifiableMap(copy);
    }

    public boolean isPlaced() {
        return position != null;
    }

    public Sector withPosition(Position p) {
        return new Sector(id, name, driver, summary, p, placement, evidence, history, tags, fields, extras,
                positionExtras);
    }

    public Sector withName(String n) {
        return new Sector(id, n, driver, summary, position, placement, evidence, history, tags, fields, extras,
                positionExtras);
    }

    /** A copy driven by the project's driver {@code driverId}; "" or null for none. */
    public Sector withDriver(String driverId) {
        return new Sector(id, name, driverId, summary, position, placement, evidence, history, tags, fields, extras,
                positionExtras);
    }

    public Sector withSummary(String s) {
        return new Sector(id, name, driver, s, position, placement, evidence, history, tags, fields, extras,
                positionExtras);
    }

    public Sector withPlacement(Placement p) {
        return new Sector(id, name, driver, summary, position, p, evidence, history, tags, fields, extras,
                positionExtras);
    }

    public Sector withTags(List<String> t) {
        return new Sector(id, name, driver, summary, position, placement, evidence, history, t, fields, extras,
                positionExtras);
    }

    public Sector withFieldValues(Map<String, FieldValue> f) {
        return new Sector(id, name, driver, summary, position, placement, evidence, history, tags, f, extras,
                positionExtras);
    }

    /** A copy with the value of field {@code fieldId} set (in its place, or last if new); null clears it. */
    public Sector withFieldValue(String fieldId, FieldValue value) {
        Map<String, FieldValue> next = new LinkedHashMap<>(fields);
        if (value == null) {
            next.remove(fieldId);
        } else {
            next.put(fieldId, value);
        }
        return withFieldValues(next);
    }

    public Sector withEvidence(List<Evidence> e) {
        return new Sector(id, name, driver, summary, position, placement, e, history, tags, fields, extras,
                positionExtras);
    }

    public Sector withHistory(List<PlacementChange> h) {
        return new Sector(id, name, driver, summary, position, placement, evidence, h, tags, fields, extras,
                positionExtras);
    }

    /** A copy with one history entry appended. */
    public Sector withChange(PlacementChange change) {
        List<PlacementChange> next = new ArrayList<>(history);
        next.add(change);
        return withHistory(next);
    }

    /** A copy with the history entry {@code changeId} replaced; fails if there is none. */
    public Sector withChange(String changeId, UnaryOperator<PlacementChange> edit) {
        List<PlacementChange> next = new ArrayList<>(history.size());
        boolean found = false;
        for (PlacementChange c : history) {
            found |= c.id().equals(changeId);
            next.add(c.id().equals(changeId) ? edit.apply(c) : c);
        }
        if (!found) {
            throw new IllegalArgumentException("sector " + id + " has no placement change " + changeId);
        }
        return withHistory(next);
    }
}
