package org.sectorscope.store.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sectorscope.store.ProjectFormat;

/**
 * The ordered chain of {@link Migration} steps from version 1 up to the current version. The chain is
 * checked when built, so a missing, repeated or misplaced step is a programming error found at start-up
 * (and by the tests), never a file quietly read with a step skipped.
 */
public final class Migrations {
    /** Every step this version knows, oldest first. The next format version adds its step here. */
    private static final Migrations STANDARD = new Migrations(ProjectFormat.SCHEMA_VERSION,
            List.of(new ProjectDrivers()));

    private final int currentVersion;
    private final List<Migration> steps;

    /**
     * A chain ending at {@code currentVersion}: {@code steps.get(i)} must convert version {@code i + 1} to
     * {@code i + 2}, with no gaps, repeats or extra steps.
     */
    public Migrations(int currentVersion, List<Migration> steps) {
        if (currentVersion < 1) {
            throw new IllegalArgumentException("the current version must be at least 1, not " + currentVersion);
        }
        this.steps = List.copyOf(steps);
        for (int i = 0; i < this.steps.size(); i++) {
            int from = this.steps.get(i).fromVersion();
            if (from != i + 1) {
                throw new IllegalArgumentException("the migration chain has a gap: step " + (i + 1) + " converts from"
                        + " version " + from + ", but the chain needs a step from version " + (i + 1) + " to " + (i + 2));
            }
        }
        if (this.steps.size() != currentVersion - 1) {
            throw new IllegalArgumentException("the migration chain reaches version " + (this.steps.size() + 1)
                    + ", but the current version is " + currentVersion);
        }
        this.currentVersion = currentVersion;
    }

    /** The chain the application reads files with. */
    public static Migrations standard() {
        return STANDARD;
    }

    public int currentVersion() {
        return currentVersion;
    }

    /** Whether a document of this version needs converting before this version can map it. */
    public boolean needsMigration(int version) {
        return version < currentVersion;
    }

    /**
     * The document converted to {@link #currentVersion()}, one step at a time in order, as a new tree;
     * {@code root} is not modified. Its {@code schemaVersion} must be a whole number from 1 to the current
     * version (the reader checks this first, with a message for the user).
     */
    public ObjectNode migrate(ObjectNode root) {
        int version = versionOf(root);
        ObjectNode doc = root.deepCopy(); // the result never shares nodes with the caller's tree
        for (Migration step : steps.subList(version - 1, steps.size())) {
            ObjectNode next = step.apply(doc);
            if (next == null || next == doc) {
                throw new IllegalStateException(step + " must return a new tree");
            }
            next.put("schemaVersion", step.toVersion());
            doc = next;
        }
        return doc;
    }

    private int versionOf(ObjectNode root) {
        JsonNode v = root.get("schemaVersion");
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber() || v.intValue() < 1
                || v.intValue() > currentVersion) {
            throw new IllegalArgumentException("cannot migrate a document with schemaVersion " + v
                    + " (this chain reads 1 to " + currentVersion + ")");
        }
        return v.intValue();
    }
}
