package org.sectorscope.store;

import java.nio.file.Path;

/**
 * A save refused because the file on disk is no longer the one that was opened: another program (or
 * another Sectorscope) wrote, replaced or deleted it. Nothing was written. The caller decides whether
 * to reload, save elsewhere, or overwrite anyway (by saving without an expected fingerprint).
 */
public final class FileChangedOnDiskException extends Exception {
    private final transient Path file;
    private final transient FileFingerprint expected;
    private final transient FileFingerprint actual;

    /** {@code actual} is null when the file is gone. */
    public FileChangedOnDiskException(Path file, FileFingerprint expected, FileFingerprint actual) {
        super(file + (actual == null ? " was deleted or renamed by another program since it was opened"
                : " was changed by another program since it was opened"));
        this.file = file;
        this.expected = expected;
        this.actual = actual;
    }

    public Path file() {
        return file;
    }

    /** The file as it was opened. */
    public FileFingerprint expected() {
        return expected;
    }

    /** The file as it is now, or null when it no longer exists. */
    public FileFingerprint actual() {
        return actual;
    }
}
