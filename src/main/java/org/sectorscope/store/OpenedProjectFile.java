package org.sectorscope.store;

import java.util.Objects;

/** A project file as opened for editing: what was read, and the fingerprint of the bytes it was read from. */
public record OpenedProjectFile(LoadedProject loaded, FileFingerprint fingerprint) {
    public OpenedProjectFile {
        Objects.requireNonNull(loaded, "loaded");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}
