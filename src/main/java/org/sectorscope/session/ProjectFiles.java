package org.sectorscope.session;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.sectorscope.model.Project;
import org.sectorscope.store.EvidenceCsvFiles;
import org.sectorscope.store.EvidenceImport;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectStore;

/**
 * Loads and saves off the FX thread. One background thread, so saves happen in the order asked and
 * a load never races a save of the same file. Futures complete on that thread; callers hop back.
 */
public final class ProjectFiles implements AutoCloseable {
    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sectorscope-io");
        t.setDaemon(true);
        return t;
    });

    public CompletableFuture<Project> load(Path file) {
        return CompletableFuture.supplyAsync(() -> call(() -> ProjectStore.load(file)), io);
    }

    public CompletableFuture<Project> loadSample() {
        return CompletableFuture.supplyAsync(() -> call(ProjectStore::loadSample), io);
    }

    /** Saves a snapshot; the immutable model makes it safe to keep editing while this runs. */
    public CompletableFuture<Path> save(Project snapshot, Path file) {
        return CompletableFuture.supplyAsync(() -> call(() -> {
            ProjectStore.save(snapshot, file);
            return file;
        }), io);
    }

    /** Reads an evidence CSV as a preview against {@code project}; see {@link EvidenceCsvFiles#read}. */
    public CompletableFuture<EvidenceImport> readEvidenceCsv(Path file, Project project, String today) {
        return CompletableFuture.supplyAsync(() -> call(() -> EvidenceCsvFiles.read(file, project, today)), io);
    }

    public CompletableFuture<Path> writeEvidenceCsv(Project snapshot, Path file) {
        return CompletableFuture.supplyAsync(() -> call(() -> {
            EvidenceCsvFiles.write(snapshot, file);
            return file;
        }), io);
    }

    /** Runs other blocking work (e.g. the recent-files list) on the same background thread. */
    public CompletableFuture<Void> run(Runnable work) {
        return CompletableFuture.runAsync(work, io);
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

    /** Lets queued work finish (a save in flight must not be cut off by quitting), then stops. */
    @Override
    public void close() {
        io.shutdown();
        try {
            io.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
