package org.sectorscope.model;

import java.util.List;
import java.util.Objects;

/**
 * A change two people made differently to the same thing, recorded by a merge instead of text conflict
 * markers so the merged file stays a valid project. The merged project holds {@code ours}; the conflict
 * keeps what the common base and the other side had. {@code path} walks the file from its root: object
 * keys, and for a list of records the record's id ("sectors", "semiconductors", "position"). Each side
 * is a plain JSON-like value (see {@link Extras}) or absent when that side removed the thing.
 */
public record MergeConflict(String id, List<String> path, String label, Side base, Side ours, Side theirs,
                            Extras extras) {
    /** One side's value; {@code present} is false when that side has no value there (removed it). */
    public record Side(boolean present, Object value) {
        public static final Side ABSENT = new Side(false, null);

        public Side {
            value = present ? freeze(value) : null;
        }

        public static Side of(Object value) {
            return new Side(true, value);
        }

        private static Object freeze(Object v) {
            return v == null ? null : Extras.of(java.util.Map.of("v", v)).fields().get("v");
        }
    }

    public MergeConflict {
        Ids.require(id, "merge conflict");
        path = Text.strings(path, TextLimit.LINE, "the path of conflict " + id);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("merge conflict " + id + " needs a path");
        }
        label = TextLimit.LINE.require(Objects.requireNonNull(label, "label"), "the label of conflict " + id);
        base = base == null ? Side.ABSENT : base;
        ours = ours == null ? Side.ABSENT : ours;
        theirs = theirs == null ? Side.ABSENT : theirs;
        extras = extras == null ? Extras.NONE : extras;
    }

    /** The id of the record the conflict is about when it is under "sectors" ("semiconductors"), or null. */
    public String sectorId() {
        return path.size() >= 2 && path.get(0).equals("sectors") ? path.get(1) : null;
    }
}
