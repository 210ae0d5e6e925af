package org.sectorscope.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.sectorscope.store.FileWriteException.Failure;

/**
 * The one way Sectorscope writes a file it keeps: project saves, evidence CSV, exports (window and command
 * line), migrate, and the app's own files. The path holds at every instant either the old or the whole new
 * content: the content goes to a hidden temp file in the same folder and is forced to disk, the old file
 * is kept as {@code NAME.bak} (when the {@link WriteMode} says so), the temp file is renamed into place
 * (or, for a new file, linked in so that nothing is ever replaced), and the folder is synced. Any failure
 * leaves the target as it was and removes the temp files. The file system steps go through {@link FileOps}
 * so tests can fail each of them.
 *
 * <p>The written file and its backup keep the old file's mode, owner and group; a new file gets the mode
 * any new file gets (the umask's). Only a regular file is ever replaced, never a pipe or a device; writing
 * through a symbolic link replaces what it points to and keeps the link. Temp and backup names fit in 255
 * bytes ({@link SiblingFiles}), and stale temp files a killed write left are removed after a write
 * ({@link StaleTempFiles}).
 */
public final class AtomicFileWriter {
    public static final String BACKUP_SUFFIX = SiblingFiles.BACKUP_SUFFIX;
    /** A move denied for a moment (a virus scanner or indexer holding the file on Windows) is retried. */
    static final int MOVE_ATTEMPTS = 5;
    static final long FIRST_RETRY_DELAY_MILLIS = 20;
    private static final int BUFFER_BYTES = 1 << 16;
    private static final String NOT_CHANGED = "; the file on disk was not changed";

    private static final AtomicFileWriter STANDARD = new AtomicFileWriter(FileOps.nio());

    private final FileOps ops;

    public AtomicFileWriter(FileOps ops) {
        this.ops = ops;
    }

    /** The writer on the real file system. */
    public static AtomicFileWriter standard() {
        return STANDARD;
    }

    /** What goes into the file, written to a stream the writer owns (do not close it). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;

        static Content of(byte[] bytes) {
            return out -> out.write(bytes);
        }
    }

    /** Saves {@code content} over {@code target} keeping a backup, whatever is on disk now. */
    public static void write(Path target, byte[] content) throws ProjectFileException {
        try {
            STANDARD.write(target, Content.of(content), WriteMode.replaceKeepingBackup());
        } catch (FileWriteException e) {
            throw asSaveError(e);
        }
    }

    /**
     * Saves {@code content} over {@code target}, keeping a backup, unless it no longer matches
     * {@code expected}, the fingerprint taken when it was opened (null: do not check). The check comes
     * after the new content is written and the backup made, just before anything is renamed, so the
     * window for another program is as short as it can be. Returns the saved file's fingerprint, to pass
     * as {@code expected} to the next save.
     */
    public static FileFingerprint write(Path target, byte[] content, FileFingerprint expected)
            throws ProjectFileException, FileChangedOnDiskException {
        return STANDARD.save(target, content, expected);
    }

    /** {@link #write(Path, byte[], FileFingerprint)} through this writer's {@link FileOps}. */
    public FileFingerprint save(Path target, byte[] content, FileFingerprint expected)
            throws ProjectFileException, FileChangedOnDiskException {
        return save(target, content, expected, null);
    }

    /** A last check of the new content, run after it is written and before it takes the file's place. */
    @FunctionalInterface
    public interface BeforeReplacing {
        void check() throws ProjectFileException;
    }

    /**
     * {@link #save(Path, byte[], FileFingerprint)}, running {@code beforeReplacing} (null: none) once the
     * content is on disk and before it replaces the file; a refusal there leaves the file as it was. The
     * new content is hashed on another core while it is written, for the fingerprint returned.
     */
    public FileFingerprint save(Path target, byte[] content, FileFingerprint expected, BeforeReplacing beforeReplacing)
            throws ProjectFileException, FileChangedOnDiskException {
        return save(target, content, expected, null, beforeReplacing);
    }

    /**
     * {@link #save(Path, byte[], FileFingerprint, BeforeReplacing)} with the file on disk already being read
     * ({@code onDisk}, from {@link OnDisk#read} for the same target; null: read it now).
     */
    public FileFingerprint save(Path target, byte[] content, FileFingerprint expected, OnDisk onDisk,
                                BeforeReplacing beforeReplacing) throws ProjectFileException, FileChangedOnDiskException {
        CompletableFuture<String> hash = SideWork.start(() -> FileFingerprint.sha256(content));
        Path file;
        try {
            file = write(target, Content.of(content), WriteMode.replaceKeepingBackup(), expected, onDisk,
                    beforeReplacing);
        } catch (FileWriteException e) {
            throw asSaveError(e);
        } catch (Refused e) {
            throw e.refusal;
        }
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            // Saved, but the time is unreadable: a fingerprint that never matches makes the next save ask.
            modified = FileTime.from(Instant.EPOCH);
        }
        return new FileFingerprint(content.length, modified.toInstant(), hash.join());
    }

    /** Carries a refusal of {@link BeforeReplacing} out through the write's I/O handling. */
    private static final class Refused extends RuntimeException {
        private final ProjectFileException refusal;

        Refused(ProjectFileException refusal) {
            super(refusal.getMessage(), refusal, false, false);
            this.refusal = refusal;
        }
    }

    /**
     * Writes {@code content} to {@code target} as {@code mode} says; returns the file written (links
     * resolved when the mode replaces). Exceptions the content throws other than I/O ones pass through,
     * after the temp file is removed; the target is untouched then too.
     */
    public Path write(Path target, Content content, WriteMode mode) throws FileWriteException {
        try {
            return write(target, content, mode, null, null, null);
        } catch (FileChangedOnDiskException e) {
            throw new IllegalStateException("no fingerprint was given, so nothing is compared", e);
        }
    }

    public static Path backupOf(Path file) {
        return SiblingFiles.backupOf(file);
    }

    private Path write(Path target, Content content, WriteMode mode, FileFingerprint expected, OnDisk reading,
                       BeforeReplacing beforeReplacing) throws FileWriteException, FileChangedOnDiskException {
        Path file = mode.replace() ? resolveLinks(target.toAbsolutePath()) : target.toAbsolutePath();
        Path dir = file.getParent();
        refuseUnfit(file, dir, mode);
        // The file on disk is hashed on another core while the new content is written (or was made).
        CompletableFuture<FileFingerprint> onDisk = expected == null ? null
                : reading != null && reading.file().equals(file) ? reading.fingerprint() : OnDisk.read(file).fingerprint();
        Path temp = null;
        Path backupTemp = null;
        Failure step = Failure.WRITE;
        try {
            temp = createTemp(file, mode);
            writeAndForce(temp, content);
            if (mode.keepBackup() && Files.exists(file)) {
                // The backup is made beside it and renamed too, so NAME.bak is never half written either.
                step = Failure.BACKUP;
                backupTemp = ops.createTemp(backupOf(file), file);
                if (!ops.backUp(file, backupTemp)) {
                    SiblingFiles.keepAttributes(backupTemp, SiblingFiles.posixAttributes(file)); // the copy is ours
                }
                step = Failure.WRITE;
            }
            if (expected != null) {
                checkUnchanged(file, expected, onDisk);
            }
            if (beforeReplacing != null) {
                try {
                    beforeReplacing.check();
                } catch (ProjectFileException e) {
                    throw new Refused(e);
                }
            }
            if (backupTemp != null) {
                step = Failure.BACKUP;
                moveRetrying(backupTemp, backupOf(file));
                backupTemp = null;
                step = Failure.WRITE;
            }
            if (mode.replace()) {
                moveRetrying(temp, file);
            } else {
                placeNew(temp, file);
                deleteQuietly(temp); // after a hard link the temp name is the file's second name
            }
            temp = null;
            syncFolder(dir);
            StaleTempFiles.clean(file);
        } catch (IOException e) {
            throw new FileWriteException(file, step, IoReasons.of(e, dir), e);
        } finally {
            deleteQuietly(temp);
            deleteQuietly(backupTemp);
        }
        return file;
    }

    /** Refuses, before anything is written, a target this write must not or cannot replace. */
    private static void refuseUnfit(Path file, Path dir, WriteMode mode) throws FileWriteException {
        if (dir == null || !Files.isDirectory(dir)) {
            throw new FileWriteException(file, Failure.NO_FOLDER, null, null);
        }
        if (Files.isDirectory(file)) {
            throw new FileWriteException(file, Failure.FOLDER_IN_THE_WAY, null, null);
        }
        if (!mode.replace() && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileWriteException(file, Failure.EXISTS, null, null);
        }
        Optional<String> special = RegularFiles.specialKind(file);
        if (special.isPresent()) {
            throw new FileWriteException(file, Failure.NOT_REGULAR, special.get(), null);
        }
        if (!mode.replaceReadOnly() && Files.exists(file) && !Files.isWritable(file)) {
            throw new FileWriteException(file, Failure.READ_ONLY, null, null);
        }
    }

    /** The temp file; a folder that refuses it is told apart, since it is the likeliest thing to go wrong. */
    private Path createTemp(Path file, WriteMode mode) throws IOException, FileWriteException {
        try {
            // A replacing write keeps the mode, owner and group of the file it replaces.
            return ops.createTemp(file, mode.replace() ? file : null);
        } catch (AccessDeniedException e) {
            throw new FileWriteException(file, Failure.FOLDER_NOT_WRITABLE, IoReasons.of(e), e);
        }
    }

    private void writeAndForce(Path temp, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            OutputStream out = new BufferedOutputStream(new OpsOutputStream(ops, channel), BUFFER_BYTES);
            content.writeTo(out);
            out.flush();
            ops.force(channel);
        } catch (UncheckedIOException e) {
            throw e.getCause(); // a renderer's I/O failure is the write's failure
        }
    }

    private void placeNew(Path temp, Path file) throws IOException, FileWriteException {
        try {
            ops.placeNew(temp, file);
        } catch (FileAlreadyExistsException e) {
            throw new FileWriteException(file, Failure.EXISTS, null, e); // it appeared while we wrote
        }
    }

    /**
     * The file is still as it was opened: its hash, taken while the new content was written, and its size
     * and time now, just before anything is renamed, so a change in between is caught too unless it kept
     * both the size and the time to the nanosecond.
     */
    private static void checkUnchanged(Path file, FileFingerprint expected, CompletableFuture<FileFingerprint> onDisk)
            throws IOException, FileChangedOnDiskException {
        FileFingerprint hashed;
        try {
            hashed = onDisk.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
        if (!expected.equals(hashed)) {
            throw new FileChangedOnDiskException(file, expected, hashed);
        }
        BasicFileAttributes now;
        try {
            now = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new FileChangedOnDiskException(file, expected, null);
        }
        if (now.size() != expected.size() || !now.lastModifiedTime().toInstant().equals(expected.lastModified())) {
            throw new FileChangedOnDiskException(file, expected,
                    new FileFingerprint(now.size(), now.lastModifiedTime().toInstant(), hashed.sha256()));
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

    /**
     * Best effort: some platforms cannot open a folder for syncing, and by now the new content is complete
     * under its name, so failing the write here would tell the user a falsehood.
     */
    private void syncFolder(Path dir) {
        try {
            ops.syncFolder(dir);
        } catch (IOException | UnsupportedOperationException e) {
            // The rename itself is atomic; only its survival of a power cut in the next moments is less sure.
        }
    }

    /** Writing through a symbolic link updates the file it points to and keeps the link. */
    static Path resolveLinks(Path file) throws FileWriteException {
        try {
            return Files.isSymbolicLink(file) ? file.toRealPath() : file;
        } catch (IOException e) {
            throw new FileWriteException(file, Failure.LINK_TO_NOTHING, IoReasons.of(e), e);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // The temp file is hidden and harmless; the write's own error already tells the user.
            }
        }
    }

    /** A failed write in the words of a project save, as the window and the command line show it. */
    static ProjectFileException asSaveError(FileWriteException e) {
        String problem = switch (e.failure()) {
            case LINK_TO_NOTHING -> "cannot be saved: the link points to a missing file (" + e.detail() + ")";
            case FOLDER_NOT_WRITABLE -> "could not be saved (permission denied: the folder is read-only)" + NOT_CHANGED;
            case BACKUP -> "could not be saved (" + e.detail() + ", while keeping the backup "
                    + backupOf(e.file()).getFileName() + ")" + NOT_CHANGED;
            case WRITE -> "could not be saved (" + e.detail() + ")" + NOT_CHANGED;
            default -> "cannot be saved: " + e.problem();
        };
        return new ProjectFileException(e.file().toString(), problem, -1, -1, e);
    }
}
