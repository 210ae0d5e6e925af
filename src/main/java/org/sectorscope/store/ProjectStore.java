package org.sectorscope.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.DoubleConsumer;
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
        return openWithFingerprint(file, done -> { });
    }

    /** {@link #openWithFingerprint(Path)}, telling how far it is for a large file (see {@link ProjectReader}). */
    public static OpenedProjectFile openWithFingerprint(Path file, DoubleConsumer progress) throws ProjectFileException {
        OpenedProjectFile opened = ProjectReader.openWithFingerprint(file, progress);
        StaleTempFiles.clean(file);
        return opened;
    }

    /**
     * Saves over {@code file} only if it is still {@code expected} (null: don't check); returns the
     * saved file's fingerprint for the next save.
     */
    public static FileFingerprint save(Project project, Path file, FileFingerprint expected)
            throws ProjectFileException, FileChangedOnDiskException {
        return save(project, file, expected, done -> { });
    }

    /**
     * {@link #save(Project, Path, FileFingerprint)}, telling how far it has got (0 to 1) when the file it
     * replaces had at least {@link ProjectFormat#MEASURED_FROM_BYTES}: its size is what the new content is
     * measured against.
     */
    public static FileFingerprint save(Project project, Path file, FileFingerprint expected, DoubleConsumer progress)
            throws ProjectFileException, FileChangedOnDiskException {
        // The file on disk is read back and hashed while the new content is made, for the check that it is
        // still the one that was opened.
        OnDisk onDisk = expected == null ? null : OnDisk.read(file);
        boolean measured = expected != null && expected.size() >= ProjectFormat.MEASURED_FROM_BYTES;
        // Writing the bytes is most of a save; placing them on disk is the last tenth.
        WrittenBytes out = new WrittenBytes(expected == null ? 0 : expected.size(),
                measured ? written -> progress.accept(0.9 * written) : written -> { });
        // The reader's parser limits are checked on another core as the bytes are written.
        CompletableFuture<String> parserProblem = ProjectLimits.parserProblemWhileWritten(out);
        byte[] bytes = ProjectWriter.toBytes(project, out);
        ProjectLimits.checkWritten(bytes, project, file.toString());
        FileFingerprint saved = AtomicFileWriter.standard().save(file, bytes, expected, onDisk,
                () -> ProjectLimits.refuseIfBroken(joinCheck(parserProblem), file.toString()));
        if (measured) {
            progress.accept(1);
        }
        return saved;
    }

    private static String joinCheck(CompletableFuture<String> check) {
        try {
            return check.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("checking the saved bytes failed", e.getCause());
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
