package org.sectorscope.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Why a file operation failed, in words for the user rather than the operating system's. */
public final class IoReasons {
    private IoReasons() {
    }

    /** {@link #of(IOException)}, saying so when a permission was refused because {@code dir} is read-only. */
    static String of(IOException e, Path dir) {
        String reason = of(e);
        if (e instanceof AccessDeniedException && !Files.isWritable(dir)) {
            return reason + ": the folder is read-only";
        }
        return reason;
    }

    /** Why an operation failed, in words for the user rather than the operating system's. */
    public static String of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        String raw = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : e.getMessage();
        if (raw == null) {
            return e.getClass().getSimpleName();
        }
        String text = raw.toLowerCase(Locale.ROOT);
        if (text.contains("no space left") || text.contains("not enough space") || text.contains("disk is full")) {
            return "the disk is full";
        }
        if (text.contains("quota")) {
            return "the disk quota is used up";
        }
        if (text.contains("read-only file system")) {
            return "the folder is read-only";
        }
        if (text.contains("used by another process") || text.contains("locked a portion")) {
            return "another program is using the file";
        }
        if (text.contains("input/output error")) {
            return "the disk reported a read or write error";
        }
        return raw;
    }
}
