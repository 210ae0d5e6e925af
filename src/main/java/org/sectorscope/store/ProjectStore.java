package org.sectorscope.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import org.sectorscope.model.Project;

/** Loading and saving project files. All of it is blocking I/O: call it off the FX thread. */
public final class ProjectStore {
    /** Classpath location of the bundled sample, so the app can open it from any folder. */
    public static final String SAMPLE_RESOURCE = "/org/sectorscope/sample/china-uneven-high-tech-drive.sectorscope.json";
    public static final String SAMPLE_NAME = "china-uneven-high-tech-drive.sectorscope.json";

    private ProjectStore() {
    }

    public static Project load(Path file) throws ProjectFileException {
        return ProjectReader.read(file);
    }

    /**
     * Opens a project for the user: a file from a newer Sectorscope opens read-only with a notice. Stale
     * temp files a killed save left beside it are removed ({@link StaleTempFiles}).
     */
    public static LoadedProject open(Path file) throws ProjectFileException {
        LoadedProject loaded = ProjectReader.open(file);
        StaleTempFiles.clean(file);
        return loaded;
    }

    /**
     * {@link #open}, with the fingerprint of the bytes that were read, for the check at the next save
     * ({@link #save(Project, Path, FileFingerprint)}).
     */
    public static OpenedProjectFile openWithFingerprint(Path file) throws ProjectFileException {
        OpenedProjectFile opened = ProjectReader.openWithFingerprint(file);
        StaleTempFiles.clean(file);
        return opened;
    }

    /**
     * Saves over {@code file} only if it is still {@code expected} (null: don't check); returns the
     * saved file's fingerprint for the next save.
     */
    public static FileFingerprint save(Project project, Path file, FileFingerprint expected)
            throws ProjectFileException, FileChangedOnDiskException {
        byte[] bytes = ProjectWriter.toBytes(project);
        // The reader's parser limits are checked on another core while the bytes are written.
        Future<Void> readable = ForkJoinPool.commonPool().submit(
                ProjectLimits.checkSavableLater(bytes, project, file.toString()));
        return AtomicFileWriter.standard().save(file, bytes, expected, () -> joinCheck(readable));
    }

    private static void joinCheck(Future<Void> check) throws ProjectFileException {
        try {
            check.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ProjectFileException refused) {
                throw refused;
            }
            throw new IllegalStateException("checking the saved bytes failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the saved bytes", e);
        }
    }

    public static void save(Project project, Path file) throws ProjectFileException {
        AtomicFileWriter.write(file, ProjectWriter.toFileBytes(project, file.toString()));
    }

    public static Project loadSample() throws ProjectFileException {
        try (InputStream in = ProjectStore.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new ProjectFileException(SAMPLE_NAME, "the bundled sample is missing from this build");
            }
            return ProjectReader.parse(in.readAllBytes(), SAMPLE_NAME);
        } catch (IOException e) {
            throw new ProjectFileException(SAMPLE_NAME, "could not be read from the application (" + e.getMessage() + ")");
        }
    }
}
