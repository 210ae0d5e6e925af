package org.sectorscope.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A recovery copy left behind by a Sectorscope that is no longer running. {@code projectFile} is null for
 * a project that was never saved. A damaged entry carries the error that names its file and problem
 * ({@code damage}, null otherwise); only its {@code id} is sure, and it can still be discarded.
 */
public record RecoveryEntry(String id, Path projectFile, String displayName, Instant recordedAt, long pid,
                            ProjectFileException damage) {
    static RecoveryEntry damaged(String id, ProjectFileException damage) {
        return new RecoveryEntry(id, null, id, null, -1, damage);
    }

    public boolean isUntitled() {
        return projectFile == null;
    }

    /** Whether the copy can be offered for restoring; a damaged one can only be discarded. */
    public boolean isReadable() {
        return damage == null;
    }

    /**
     * Whether a recorded project path and {@code file} name the same file (the journal records absolute,
     * normalised paths; links and other spellings are resolved). Blocking: call it off the FX thread.
     */
    public static boolean sameFile(Path recorded, Path file) {
        if (recorded == null || file == null) {
            return false;
        }
        if (recorded.equals(file.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.isSameFile(recorded, file);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** What is wrong with a damaged entry, naming the file, fit to show; null when it is readable. */
    public String problem() {
        return damage == null ? null : damage.getMessage();
    }
}
