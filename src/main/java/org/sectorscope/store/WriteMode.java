package org.sectorscope.store;

/**
 * What {@link AtomicFileWriter} does about a file already at the target.
 *
 * @param replace         false: an existing file (or link, even a dangling one) is never touched and the
 *                        write fails with {@link FileWriteException.Failure#EXISTS}
 * @param keepBackup      the replaced file is kept as {@code NAME.bak}
 * @param replaceReadOnly a file marked read-only is replaced too (a rename can replace it); false refuses it
 */
public record WriteMode(boolean replace, boolean keepBackup, boolean replaceReadOnly) {
    /** Project saves and the app's own files: replace, keeping the old version as {@code NAME.bak}. */
    public static WriteMode replaceKeepingBackup() {
        return new WriteMode(true, true, true);
    }

    /** Figures: replace, keeping the old file as {@code NAME.bak}, but never a file marked read-only. */
    public static WriteMode replaceWritableKeepingBackup() {
        return new WriteMode(true, true, false);
    }

    /** A new file only: whatever has the name already is left alone. */
    public static WriteMode createNew() {
        return new WriteMode(false, false, false);
    }

    /** The same, with no {@code NAME.bak} kept (for copies the app rewrites often and never restores). */
    public WriteMode withoutBackup() {
        return new WriteMode(replace, false, replaceReadOnly);
    }
}
