package org.sectorscope.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * Marks a project as open for editing, so a second Sectorscope (or a second user on a shared folder)
 * is warned instead of silently overwriting the first one's saves.
 *
 * <p>The lock is a file beside the project named {@code .~lock.NAME#} (for {@code NAME} the project's
 * file name, the LibreOffice convention: hidden on Unix, and already in common {@code .gitignore}
 * templates). It holds one JSON object, who holds the lock ({@link LockFileContent}). It appears in one
 * step, fully written, and only if there is none yet, so of two programs only one gets it.
 *
 * <p>A lock is stale when its host is this computer and its process has ended, or when the file cannot
 * be read; a lock made on another computer is never assumed stale, since its process cannot be seen
 * from here. A reused process id makes a stale lock look held, which errs on the safe side. A stale
 * lock is only replaced on request ({@link #takeOver}); of two programs taking over the same stale
 * lock at once only one gets it. Nothing here ever reads, writes or deletes the project file itself.
 *
 * <p>A lock file is read only if it is a regular file (links are not followed) of at most 64 KB; anything
 * else (a named pipe, a link to /dev/zero) reads as unreadable. Locks still held when the JVM shuts down
 * (SIGTERM, the end of {@code main}) are released by a shutdown hook; only kill -9 or a crash leaves one.
 * Its name keeps to 255 bytes however long the project's name is ({@link SiblingFiles#fit}).
 */
public final class ProjectLock implements AutoCloseable {
    /** A stale lock being taken over is renamed NAME.stale-UUID first. */
    static final String ASIDE_INFIX = ".stale-";
    private static final int MAX_LOCK_BYTES = 64 * 1024;

    private final Path project;
    private final Path lockFile;
    private final LockHolder holder;
    private final byte[] written;
    private boolean released;

    private ProjectLock(Path project, Path lockFile, LockHolder holder, byte[] written) {
        this.project = project;
        this.lockFile = lockFile;
        this.holder = holder;
        this.written = written;
    }

    /** The lock held by someone else (or by a stale, unreadable or foreign lock file). */
    public static final class LockedException extends Exception {
        private final transient Path project;
        private final transient LockHolder holder;

        LockedException(Path project, LockHolder holder) {
            super(project + " is locked by " + holder.describe());
            this.project = project;
            this.holder = holder;
        }

        public Path project() {
            return project;
        }

        public LockHolder holder() {
            return holder;
        }
    }

    public static Path lockFileOf(Path project) {
        Path file = canonical(project);
        return file.resolveSibling(SiblingFiles.fit(".~lock.", file.getFileName().toString(), "#"));
    }

    /** Takes the lock, or says who holds it; {@link LockedException#holder()} tells whether it is stale. */
    public static ProjectLock acquire(Path project) throws LockedException, ProjectFileException {
        Path file = canonical(project);
        Path lock = lockFileOf(file);
        LockHolder me = new LockHolder(System.getProperty("user.name"), LockFileContent.THIS_HOST,
                ProcessHandle.current().pid(), Instant.now().truncatedTo(ChronoUnit.MILLIS),
                LockFileContent.APP_VERSION, LockHolder.Status.RUNNING);
        byte[] content = LockFileContent.toJson(me);
        for (int attempt = 0; attempt < 3; attempt++) {
            boolean created;
            try {
                created = create(lock, content);
            } catch (IOException e) {
                throw cannotLock(file, lock, e);
            }
            if (created) {
                return held(new ProjectLock(file, lock, me, content));
            }
            Optional<LockHolder> other = peek(file);
            if (other.isPresent()) {
                throw new LockedException(file, other.get());
            }
            // Released between the two looks: try again.
        }
        throw new ProjectFileException(file.toString(), "cannot be locked: " + lock.getFileName()
                + " keeps appearing and disappearing");
    }

    /**
     * Replaces a stale lock with ours. A live lock, or one from another computer, is refused: the caller
     * shows the holder and lets the user decide (delete the lock file by hand, or open read-only).
     */
    public static ProjectLock takeOver(Path project) throws LockedException, ProjectFileException {
        Path file = canonical(project);
        Path lock = lockFileOf(file);
        try {
            byte[] seen = readLock(lock);
            if (seen == null) {
                return acquire(file);
            }
            LockHolder holder = LockFileContent.parse(seen);
            if (!holder.stale()) {
                throw new LockedException(file, holder);
            }
            // Moving the stale lock aside is atomic, so of two programs taking over only one gets it; if
            // what was moved is not what was judged stale, someone was quicker and gets it back.
            Path aside = lock.resolveSibling(SiblingFiles.fit("", lock.getFileName().toString(),
                    ASIDE_INFIX + UUID.randomUUID()));
            try {
                moveAtomically(lock, aside);
            } catch (NoSuchFileException e) {
                return acquire(file);
            }
            if (!Arrays.equals(seen, readLock(aside))) {
                putBack(aside, lock);
                throw new LockedException(file, peek(file).orElse(holder));
            }
            Files.delete(aside);
            return acquire(file);
        } catch (IOException e) {
            throw cannotLock(file, lock, e);
        }
    }

    /** Who holds the lock now, if anyone. */
    public static Optional<LockHolder> peek(Path project) throws ProjectFileException {
        Path file = canonical(project);
        Path lock = lockFileOf(file);
        try {
            byte[] content = readLock(lock);
            return content == null ? Optional.empty() : Optional.of(LockFileContent.parse(content));
        } catch (IOException e) {
            throw new ProjectFileException(lock, "the lock file cannot be read (" + IoReasons.of(e) + ")",
                    e);
        }
    }

    public Path project() {
        return project;
    }

    public Path lockFile() {
        return lockFile;
    }

    /** This process, as written in the lock file. */
    public LockHolder holder() {
        return holder;
    }

    /**
     * Deletes the lock file if it is still the one this handle wrote (after a takeover by someone else it
     * is theirs). Returns whether it deleted it. Failing to delete is not an error: the lock is stale
     * once this process ends.
     */
    public synchronized boolean release() {
        if (released) {
            return false;
        }
        released = true;
        HeldLocks.forget(this);
        return deleteIfOurs(lockFile, written);
    }

    private static ProjectLock held(ProjectLock lock) {
        HeldLocks.remember(lock);
        return lock;
    }

    @Override
    public void close() {
        release();
    }

    private static boolean deleteIfOurs(Path lock, byte[] ours) {
        try {
            if (Arrays.equals(ours, readLock(lock))) {
                Files.delete(lock);
                return true;
            }
        } catch (IOException e) {
            // Gone already, or unreadable: not ours to remove.
        }
        return false;
    }

    /**
     * Creates the lock file with its content in one step, or returns false if it exists. The content is
     * written to a temp file first and then hard-linked into place, so no one ever sees an empty lock
     * (which would read as stale). Where there are no hard links (FAT, some network shares) the file
     * is created with CREATE_NEW and then written, leaving that moment open.
     */
    private static boolean create(Path lock, byte[] content) throws IOException {
        Path temp = SiblingFiles.createTemp(lock, null);
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--")); // others read it
            }
            Files.write(temp, content);
            try {
                Files.createLink(lock, temp);
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            } catch (UnsupportedOperationException | FileSystemException e) {
                return createInPlace(lock, content);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static boolean createInPlace(Path lock, byte[] content) throws IOException {
        try {
            Files.createFile(lock);
        } catch (FileAlreadyExistsException e) {
            return false;
        }
        try {
            Files.write(lock, content, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            return true;
        } catch (IOException e) {
            deleteQuietly(lock);
            throw e;
        }
    }

    private static void deleteQuietly(Path lock) {
        try {
            Files.deleteIfExists(lock);
        } catch (IOException e) {
            // An empty lock file left behind reads as unreadable, hence stale: harmless.
        }
    }

    /** Locks follow the file a link points to, like saves do. */
    private static Path canonical(Path project) {
        Path file = project.toAbsolutePath().normalize();
        try {
            return Files.isSymbolicLink(file) ? file.toRealPath() : file;
        } catch (IOException e) {
            return file;
        }
    }

    /** The lock file's bytes, null when there is none, none at all when it is not a lock this program wrote. */
    private static byte[] readLock(Path lock) throws IOException {
        return RegularFiles.readSmallNoFollow(lock, MAX_LOCK_BYTES);
    }

    /**
     * Returns a lock moved aside by mistake without replacing one made meanwhile (a third program
     * acquiring in those microseconds is the one case where two end up believing they hold the lock).
     */
    private static void putBack(Path aside, Path lock) throws IOException {
        try {
            Files.createLink(lock, aside);
            Files.delete(aside);
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (Files.exists(lock)) {
                Files.delete(aside);
            } else {
                Files.move(aside, lock);
            }
        }
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static ProjectFileException cannotLock(Path file, Path lock, IOException e) {
        return new ProjectFileException(file, "cannot be locked for editing (" + IoReasons.of(e)
                + " for " + lock.getFileName() + ")", e);
    }
}
