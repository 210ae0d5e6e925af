package org.sectorscope.store;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Replaces a file so that at every instant the path holds either the old or the new content: write
 * a temp file in the same folder, force it to disk, keep the old version as {@code NAME.bak}, move
 * the temp file into place atomically, then sync the folder. Any failure leaves the file as it was
 * and removes the temp files. The file system steps go through {@link FileOps} so tests can fail them.
 *
 * <p>The saved file and its backup keep the old file's mode, owner and group; a new file gets the mode
 * any new file gets (the umask's). Only a regular file is ever replaced, never a pipe or a device. Temp
 * and backup names fit in 255 bytes ({@link SiblingFiles}), and stale temp files a killed save left
 * beside the file are removed after a save ({@link StaleTempFiles}).
 */
public final class AtomicFileWriter {
    public static final String BACKUP_SUFFIX = SiblingFiles.BACKUP_SUFFIX;
    /** A move denied for a moment (a virus scanner or indexer holding the file on Windows) is retried. */
    static final int MOVE_ATTEMPTS = 5;
    static final long FIRST_RETRY_DELAY_MILLIS = 20;

    private static final AtomicFileWriter NIO = new AtomicFileWriter(FileOps.nio());

    private final FileOps ops;

    public AtomicFileWriter(FileOps ops) {
        this.ops = ops;
    }

    /** Replaces {@code target} with {@code content}, whatever is on disk now. */
    public static void write(Path target, byte[] content) throws ProjectFileException {
        try {
            NIO.replace(target, content, null);
        } catch (FileChangedOnDiskException e) {
            throw new IllegalStateException("no fingerprint was given, so nothing is compared", e);
        }
    }

    /**
     * Replaces {@code target} with {@code content} unless it no longer matches {@code expected}, the
     * fingerprint taken when it was opened (null: do not check). The check comes after the new content
     * and the backup copy are written, just before anything is renamed, so the window for another
     * program is as short as it can be. Returns the saved file's fingerprint, to pass as
     * {@code expected} to the next save.
     */
    public static FileFingerprint write(Path target, byte[] content, FileFingerprint expected)
            throws ProjectFileException, FileChangedOnDiskException {
        return NIO.save(target, content, expected);
    }

    /** {@link #write(Path, byte[], FileFingerprint)} through this writer's {@link FileOps}. */
    public FileFingerprint save(Path target, byte[] content, FileFingerprint expected)
            throws ProjectFileException, FileChangedOnDiskException {
        Path file = replace(target, content, expected);
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            // Saved, but the time is unreadable: a fingerprint that never matches makes the next save ask.
            modified = FileTime.from(Instant.EPOCH);
        }
        return FileFingerprint.of(content, modified);
    }

    public static Path backupOf(Path file) {
        return SiblingFiles.backupOf(file);
    }

    /**
     * Keeps the file's present content as {@code NAME.bak} (copied beside it and renamed, so the backup
     * is never half written), for a writer that then replaces the file itself, as figure exports do;
     * call it after the new content is safely in its temp file. Nothing happens when there is no regular
     * file (copying a FIFO or a device would block or never end).
     */
    public static void keepBackup(Path file) throws IOException {
        NIO.backUp(file);
    }

    /** {@link #keepBackup(Path)} through this writer's {@link FileOps}. */
    public void backUp(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Path backupTemp = Files.createTempFile(file.toAbsolutePath().getParent(),
                "." + backupOf(file).getFileName() + ".", ".tmp");
        try {
            ops.copy(file, backupTemp);
            moveRetrying(backupTemp, backupOf(file));
            backupTemp = null;
        } finally {
            deleteQuietly(backupTemp);
        }
    }

    /** Does the save; returns the file actually written (links resolved). */
    private Path replace(Path target, byte[] content, FileFingerprint expected)
            throws ProjectFileException, FileChangedOnDiskException {
        Path file = resolveLinks(target.toAbsolutePath());
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ProjectFileException(file.toString(), "cannot be saved: the folder " + dir + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new ProjectFileException(file.toString(), "cannot be saved: a folder has that name");
        }
        Optional<String> special = RegularFiles.specialKind(file);
        if (special.isPresent()) {
            throw new ProjectFileException(file.toString(), "cannot be saved: it is " + special.get()
                    + ", not a regular file");
        }
        Path temp = null;
        Path backupTemp = null;
        String step = "";
        try {
            temp = SiblingFiles.createTemp(file, file);
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ops.write(out, content);
                ops.force(out);
            }
            String backupStep = ", while keeping the backup " + backupOf(file).getFileName();
            if (Files.exists(file)) {
                // The backup is copied beside it and renamed too, so NAME.bak is never half written either.
                step = backupStep;
                backupTemp = SiblingFiles.createTemp(backupOf(file), file);
                ops.copy(file, backupTemp);
                SiblingFiles.keepAttributes(backupTemp, SiblingFiles.posixAttributes(file)); // the copy is ours
                step = "";
            }
            if (expected != null) {
                checkUnchanged(file, expected);
            }
            if (backupTemp != null) {
                step = backupStep;
                moveRetrying(backupTemp, backupOf(file));
                backupTemp = null;
                step = "";
            }
            moveRetrying(temp, file);
            temp = null;
            syncFolder(dir);
            StaleTempFiles.clean(file);
        } catch (IOException e) {
            throw new ProjectFileException(file.toString(), "could not be saved (" + reason(e, dir) + step
                    + "); the file on disk was not changed", -1, -1, e);
        } finally {
            deleteQuietly(temp);
            deleteQuietly(backupTemp);
        }
        return file;
    }

    private static void checkUnchanged(Path file, FileFingerprint expected)
            throws IOException, FileChangedOnDiskException {
        FileFingerprint actual;
        try {
            actual = FileFingerprint.read(file);
        } catch (NoSuchFileException e) {
            actual = null;
        }
        if (!expected.equals(actual)) {
            throw new FileChangedOnDiskException(file, expected, actual);
        }
    }

    private void moveRetrying(Path from, Path to) throws IOException {
        long delay = FIRST_RETRY_DELAY_MILLIS;
        for (int attempt = 1; ; attempt++) {
            try {
                ops.move(from, to);
                return;
            } catch (IOException e) {
                if (attempt >= MOVE_ATTEMPTS || !mayPass(e)) {
                    throw e;
                }
            }
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("the save was interrupted");
            }
            delay *= 2;
        }
    }

    /** Windows reports a file held open by another program as access denied or a plain file system error. */
    private static boolean mayPass(IOException e) {
        return e instanceof AccessDeniedException || e.getClass() == FileSystemException.class;
    }

    /** Saving through a symbolic link updates the file it points to and keeps the link. */
    private static Path resolveLinks(Path file) throws ProjectFileException {
        try {
            return Files.isSymbolicLink(file) ? file.toRealPath() : file;
        } catch (IOException e) {
            throw new ProjectFileException(file.toString(), "cannot be saved: the link points to a missing file ("
                    + reason(e) + ")", -1, -1, e);
        }
    }

    private static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some platforms cannot open a folder for syncing; the rename itself is already atomic.
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // The temp file is hidden and harmless; the save error already tells the user.
            }
        }
    }

    private static String reason(IOException e, Path dir) {
        String reason = reason(e);
        if (e instanceof AccessDeniedException && !Files.isWritable(dir)) {
            return reason + ": the folder is read-only";
        }
        return reason;
    }

    /** Why an operation failed, in words for the user rather than the operating system's. */
    static String reason(IOException e) {
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
