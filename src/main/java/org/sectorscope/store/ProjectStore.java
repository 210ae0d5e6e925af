package org.sectorscope.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
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
     * Saves over {@code file} only if it is still {@code expected} (null: don't check); returns the
     * saved file's fingerprint for the next save.
     */
    public static FileFingerprint save(Project project, Path file, FileFingerprint expected)
            throws ProjectFileException, FileChangedOnDiskException {
        return AtomicFileWriter.write(file, ProjectWriter.toFileBytes(project, file.toString()), expected);
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
