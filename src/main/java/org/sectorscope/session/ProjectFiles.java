package org.sectorscope.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleConsumer;
import org.sectorscope.export.ProjectImages;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.store.EvidenceCsvFiles;
import org.sectorscope.store.EvidenceImport;
import org.sectorscope.store.FileChangedOnDiskException;
import org.sectorscope.store.FileFingerprint;
import org.sectorscope.store.LoadedProject;
import org.sectorscope.store.LockHolder;
import org.sectorscope.store.OpenedProjectFile;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectLock;
import org.sectorscope.store.ProjectRepair;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.store.RepairedProject;
import org.sectorscope.store.SectorCsvFiles;
import org.sectorscope.store.SectorImport;

/**
 * Loads and saves off the FX thread. Writing (saves, locks, the recovery journal, settings) runs on one
 * background thread, so saves happen in the order asked. Reading runs on threads of its own, one per
 * read at a time, so that a read that never returns (a network share gone away, a file swapped for a
 * pipe) can never hold up a save or a recovery write behind it; reads see a save whole or not at all,
 * since saves replace files atomically. Futures complete on those threads; callers hop back.
 */
public final class ProjectFiles implements AutoCloseable {
    private final ExecutorService writeThread = Executors.newSingleThreadExecutor(daemon("sectorscope-io"));
    private final ExecutorService readThreads = Executors.newCachedThreadPool(daemon("sectorscope-read"));
    /**
     * After {@link #close()} new work is dropped rather than thrown back at the caller: a watcher or
     * timer of a window being torn down may still ask, and there is nothing left to do for it.
     */
    private final Executor io = dropWhenClosed(writeThread);
    private final Executor reading = dropWhenClosed(readThreads);
    private CompletableFuture<Project> prefetchedSample;

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private static Executor dropWhenClosed(ExecutorService service) {
        return task -> {
            try {
                service.execute(task);
            } catch (RejectedExecutionException closed) {
                // closed: drop the task
            }
        };
    }

    public CompletableFuture<Project> load(Path file) {
        return CompletableFuture.supplyAsync(() -> call(() -> ProjectStore.load(file)), reading);
    }

    /** The bundled sample; the read {@link #prefetchSample()} started, when there is one. */
    public synchronized CompletableFuture<Project> loadSample() {
        CompletableFuture<Project> read = prefetchedSample != null ? prefetchedSample : readSample();
        prefetchedSample = null;
        return read;
    }

    /**
     * Starts reading the sample now, on a read thread: at launch the window is built meanwhile, and the
     * first read (the JSON library's own start) is a good part of the wait for the first frame.
     */
    public synchronized void prefetchSample() {
        if (prefetchedSample == null) {
            prefetchedSample = readSample();
        }
    }

    private CompletableFuture<Project> readSample() {
        return CompletableFuture.supplyAsync(() -> call(ProjectStore::loadSample), reading);
    }

    /** Saves a snapshot; the immutable model makes it safe to keep editing while this runs. */
    public CompletableFuture<Path> save(Project snapshot, Path file) {
        return CompletableFuture.supplyAsync(() -> call(() -> {
            ProjectStore.save(snapshot, file);
            return file;
        }), io);
    }

    /**
     * What opening a file found: the project (maybe read-only), the file as read, and either our lock
     * on it or who holds it ({@code lock} and {@code lockedBy} are both null for a read-only file,
     * which is never written and so needs no lock).
     */
    public record Opened(LoadedProject loaded, FileFingerprint fingerprint, ProjectLock lock, LockHolder lockedBy) {
    }

    /** Reads the file (on a read thread), then takes its lock (on the write thread, in turn with saves). */
    public CompletableFuture<Opened> open(Path file) {
        return open(file, done -> { });
    }

    /** {@link #open(Path)}, telling {@code progress} how far the read is (a large file only). */
    public CompletableFuture<Opened> open(Path file, DoubleConsumer progress) {
        return CompletableFuture.supplyAsync(() -> call(() -> {
            OpenedProjectFile read = ProjectStore.openWithFingerprint(file, progress);
            return new Opened(read.loaded(), read.fingerprint(), null, null);
        }), reading).thenApplyAsync(read -> read.loaded().readOnly() ? read : lock(read, file), io);
    }

    private static Opened lock(Opened read, Path file) {
        try {
            return new Opened(read.loaded(), read.fingerprint(), ProjectLock.acquire(file), null);
        } catch (ProjectLock.LockedException e) {
            return new Opened(read.loaded(), read.fingerprint(), null, e.holder());
        } catch (ProjectFileException e) {
            throw new CompletionException(e);
        }
    }

    /**
     * The project embedded in a PNG or SVG exported by Sectorscope; fails naming the file when the image
     * holds none (or a damaged one).
     */
    public CompletableFuture<Project> openImage(Path image) {
        return CompletableFuture.supplyAsync(() -> call(() -> ProjectImages.require(image)), reading);
    }

    /** A repaired copy of a refused file, or its backup; empty when no safe repair exists. */
    public CompletableFuture<Optional<RepairedProject>> repair(Path file) {
        return CompletableFuture.supplyAsync(() -> call(() -> ProjectRepair.attempt(file)),
                reading);
    }

    /** Saves unless the file changed on disk since {@code expected}; fails with {@link FileChangedOnDiskException} then. */
    public CompletableFuture<FileFingerprint> save(Project snapshot, Path file, FileFingerprint expected) {
        return save(snapshot, file, expected, done -> { });
    }

    /** {@link #save(Project, Path, FileFingerprint)}, telling {@code progress} how far it is (a large file only). */
    public CompletableFuture<FileFingerprint> save(Project snapshot, Path file, FileFingerprint expected,
                                                   DoubleConsumer progress) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return ProjectStore.save(snapshot, file, expected, progress);
            } catch (ProjectFileException | FileChangedOnDiskException e) {
                throw new CompletionException(e);
            }
        }, io);
    }

    /** Takes over a stale lock (its process is gone). */
    public CompletableFuture<ProjectLock> takeOverLock(Path file) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return ProjectLock.takeOver(file);
            } catch (ProjectFileException e) {
                throw new CompletionException(e);
            } catch (ProjectLock.LockedException e) {
                throw new CompletionException(new ProjectFileException(file.toString(),
                        "is still in use: " + e.holder().describe()));
            }
        }, io);
    }

    /** Our lock on a file just saved to; empty when someone else holds it. */
    public CompletableFuture<Optional<ProjectLock>> lock(Path file) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return Optional.of(ProjectLock.acquire(file));
            } catch (ProjectLock.LockedException e) {
                return Optional.<ProjectLock>empty();
            } catch (ProjectFileException e) {
                throw new CompletionException(e);
            }
        }, io);
    }

    public CompletableFuture<FileFingerprint> fingerprint(Path file) {
        return CompletableFuture.supplyAsync(() -> call(() -> FileFingerprint.of(file)), reading);
    }

    /** The failure inside a future when it is a changed-on-disk refusal, else null. */
    public static FileChangedOnDiskException changedOnDisk(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof FileChangedOnDiskException c ? c : null;
    }

    /** Reads an evidence CSV as a preview against {@code project}; see {@link EvidenceCsvFiles#read}. */
    public CompletableFuture<EvidenceImport> readEvidenceCsv(Path file, Project project, String today) {
        return CompletableFuture.supplyAsync(() -> call(() -> EvidenceCsvFiles.read(file, project, today)), reading);
    }

    /** Writes the snapshot's evidence as CSV; refused when {@code file} is {@code projectFile} (may be null). */
    public CompletableFuture<Path> writeEvidenceCsv(Project snapshot, Path file, Path projectFile) {
        return CompletableFuture.supplyAsync(() -> call(() -> {
            EvidenceCsvFiles.write(snapshot, file, projectFile);
            return file;
        }), io);
    }

    /** Reads a sectors CSV into an import preview against the snapshot; nothing changes. */
    public CompletableFuture<SectorImport> readSectorsCsv(Path file, Project project) {
        return CompletableFuture.supplyAsync(() -> call(() -> SectorCsvFiles.read(file, project)), reading);
    }

    /** Reads pasted rows into an import preview; {@code what} names them in messages. */
    public CompletableFuture<SectorImport> readPastedSectors(String text, Project project, String what) {
        return CompletableFuture.supplyAsync(() -> call(() -> SectorCsvFiles.readPasted(text, project, what)), reading);
    }

    /** Writes {@code sectors} of the snapshot as CSV; refused when {@code file} is {@code projectFile}. */
    public CompletableFuture<Path> writeSectorsCsv(Project snapshot, List<Sector> sectors, Path file, Path projectFile) {
        return CompletableFuture.supplyAsync(() -> call(() -> {
            SectorCsvFiles.write(snapshot, sectors, file, projectFile);
            return file;
        }), io);
    }

    /** Runs other blocking work that writes (e.g. the recent-files list) on the write thread, in turn with saves. */
    public CompletableFuture<Void> run(Runnable work) {
        return CompletableFuture.runAsync(work, io);
    }

    /** Runs blocking work that only reads (e.g. the recovery folder) on a read thread. */
    public CompletableFuture<Void> runReading(Runnable work) {
        return CompletableFuture.runAsync(work, reading);
    }

    /** The store's error inside a failed future, or null when the failure is something else. */
    public static ProjectFileException fileError(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof ProjectFileException p ? p : null;
    }

    private interface Io<T> {
        T run() throws ProjectFileException;
    }

    private static <T> T call(Io<T> io) {
        try {
            return io.run();
        } catch (ProjectFileException e) {
            throw new CompletionException(e);
        }
    }

    /**
     * Lets queued writes finish (a save in flight must not be cut off by quitting), then stops; reads are
     * not waited for, since one may never return.
     */
    @Override
    public void close() {
        readThreads.shutdownNow();
        writeThread.shutdown();
        try {
            writeThread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
