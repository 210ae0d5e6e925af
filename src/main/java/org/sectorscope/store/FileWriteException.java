package org.sectorscope.store;

import java.nio.file.Path;

/**
 * A file {@link AtomicFileWriter} did not write. When it is thrown the target is as it was: no part of
 * the new content is at its name and no temp file is left. {@link #failure()} says which kind of problem
 * it was, so each caller can word it its own way (a save, an export); {@link #problem()} is a plain wording.
 */
public final class FileWriteException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Refused before anything was written, or failed at a step. */
    public enum Failure {
        /** The target is a symbolic link to nothing. */
        LINK_TO_NOTHING,
        NO_FOLDER,
        /** A folder has the target's name. */
        FOLDER_IN_THE_WAY,
        /** A named pipe, a device or a socket: only regular files are replaced. */
        NOT_REGULAR,
        /** The file is marked read-only and the mode spares such files. */
        READ_ONLY,
        /** The mode writes new files only and the name is taken. */
        EXISTS,
        /** No file can be created in the folder. */
        FOLDER_NOT_WRITABLE,
        /** The old file could not be kept as {@code NAME.bak}. */
        BACKUP,
        /** Writing, forcing to disk or renaming into place failed. */
        WRITE
    }

    private final transient Path file;
    private final Failure failure;
    private final String detail;

    FileWriteException(Path file, Failure failure, String detail, Throwable cause) {
        super(null, cause);
        this.file = file;
        this.failure = failure;
        this.detail = detail;
    }

    /** The file that was to be written, absolute, links resolved where the write follows them. */
    public Path file() {
        return file;
    }

    public Failure failure() {
        return failure;
    }

    /**
     * For {@link Failure#NOT_REGULAR} what the file is ("a named pipe (FIFO)"); for {@link Failure#BACKUP},
     * {@link Failure#WRITE} and {@link Failure#LINK_TO_NOTHING} why, in plain words ("the disk is full");
     * null otherwise.
     */
    public String detail() {
        return detail;
    }

    /** What went wrong, for a user, without the file's name: "the folder /reports does not exist". */
    public String problem() {
        return switch (failure) {
            case LINK_TO_NOTHING -> "the link points to a missing file";
            case NO_FOLDER -> "the folder " + file.getParent() + " does not exist";
            case FOLDER_IN_THE_WAY -> "a folder has that name";
            case NOT_REGULAR -> "it is " + detail + ", not a regular file";
            case READ_ONLY -> "the file is read-only";
            case EXISTS -> "the file exists";
            case FOLDER_NOT_WRITABLE -> "the folder " + file.getParent() + " is not writable (permission denied)";
            case BACKUP -> "could not keep the old file as " + SiblingFiles.backupOf(file).getFileName() + " ("
                    + detail + ")";
            case WRITE -> detail;
        };
    }

    @Override
    public String getMessage() {
        return file + ": " + problem();
    }
}
