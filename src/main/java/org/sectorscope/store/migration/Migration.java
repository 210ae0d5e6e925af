package org.sectorscope.store.migration;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;

/**
 * One step of the file format: turns a whole document of schema version {@link #fromVersion()} into
 * version {@code fromVersion() + 1}. A step is a pure function on the JSON tree: it returns a new tree
 * and never modifies the one it is given, so a failed or partial conversion cannot damage what was read.
 * A step need not set {@code schemaVersion}; {@link Migrations} does that after each step.
 *
 * <p>Adding format version N+1 means one class implementing this (or one {@link #editingCopy} call),
 * listed in {@link Migrations#standard()}.
 */
public interface Migration {
    /** The version this step reads. */
    int fromVersion();

    /** The version this step produces. */
    default int toVersion() {
        return fromVersion() + 1;
    }

    /** The document in version {@link #toVersion()}; a new tree, {@code root} left as it was. */
    ObjectNode apply(ObjectNode root);

    /**
     * A step written as an in-place edit of a deep copy, so it is pure by construction: the easiest way
     * to write the next version's step.
     */
    static Migration editingCopy(int fromVersion, Consumer<ObjectNode> edit) {
        return new Migration() {
            @Override
            public int fromVersion() {
                return fromVersion;
            }

            @Override
            public ObjectNode apply(ObjectNode root) {
                ObjectNode copy = root.deepCopy();
                edit.accept(copy);
                return copy;
            }

            @Override
            public String toString() {
                return "migration " + fromVersion + " -> " + toVersion();
            }
        };
    }
}
