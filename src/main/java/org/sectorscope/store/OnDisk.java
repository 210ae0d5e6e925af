package org.sectorscope.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The fingerprint of a file on disk, read and hashed beside other work, for a save's check that the file
 * is still the one that was opened; null when it is gone. Its time is read before its bytes, so a write
 * meanwhile shows as a change, never hides one.
 */
public final class OnDisk {
    private final Path file;
    private final CompletableFuture<FileFingerprint> fingerprint;

    private OnDisk(Path file, CompletableFuture<FileFingerprint> fingerprint) {
        this.file = file;
        this.fingerprint = fingerprint;
    }

    /**
     * Starts reading {@code target} (links resolved, as a save resolves them). Only a regular file is read:
     * a pipe could block the reader for ever, and anything but a file is refused by the save itself.
     */
    public static OnDisk read(Path target) {
        Path file;
        try {
            file = AtomicFileWriter.resolveLinks(target.toAbsolutePath());
        } catch (FileWriteException e) {
            return new OnDisk(target, CompletableFuture.completedFuture(null)); // the save reports the loop
        }
        if (!Files.isRegularFile(file)) {
            return new OnDisk(file, CompletableFuture.completedFuture(null));
        }
        return new OnDisk(file, SideWork.start(() -> {
            try {
                return FileFingerprint.read(file);
            } catch (NoSuchFileException e) {
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /** The file read, links resolved. */
    Path file() {
        return file;
    }

    CompletableFuture<FileFingerprint> fingerprint() {
        return fingerprint;
    }
}
