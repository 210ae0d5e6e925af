package org.sectorscope.store;

import java.nio.file.Path;
import org.sectorscope.model.Project;

/**
 * Evidence CSV files on disk, with the store's one error type: every problem names the file, and
 * line when there is one. Writing is atomic and keeps a backup, like saving a project.
 */
public final class EvidenceCsvFiles {
    private EvidenceCsvFiles() {
    }

    /**
     * Reads a preview of the import; nothing in {@code project} changes. A file whose evidence would
     * make the project too large to save is refused here, before anything is imported.
     */
    public static EvidenceImport read(Path file, Project project, String today) throws ProjectFileException {
        EvidenceImport preview = CsvFileReading.read(file, in -> EvidenceCsvReader.read(in, project, today));
        ProjectLimits.checkImport(preview, project, file.toString());
        return preview;
    }

    /**
     * Writes every evidence item of {@code project} to {@code file}, unless that would replace
     * {@code projectFile}, the project's own file (null when it has none): see {@link ProjectFileGuard}.
     */
    public static void write(Project project, Path file, Path projectFile) throws ProjectFileException {
        ProjectFileGuard.check(projectFile, file);
        AtomicFileWriter.write(file, EvidenceCsvWriter.toBytes(project));
    }
}
