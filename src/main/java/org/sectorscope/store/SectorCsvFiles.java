package org.sectorscope.store;

import java.nio.file.Path;
import java.util.List;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;

/**
 * Sectors CSV files on disk, with the store's one error type: every problem names the file, and the
 * line when there is one. Writing is atomic and keeps a backup, like saving a project.
 */
public final class SectorCsvFiles {
    private SectorCsvFiles() {
    }

    /**
     * Reads a preview of the import; nothing in {@code project} changes. A file whose sectors would make
     * the project too large to save is refused here, before anything is imported.
     */
    public static SectorImport read(Path file, Project project) throws ProjectFileException {
        SectorImport preview = CsvFileReading.read(file, in -> SectorCsvReader.read(in, project));
        ProjectLimits.checkSectorImport(preview, project, file.toString());
        return preview;
    }

    /** Reads pasted rows; {@code what} names them in messages ("the pasted rows"). */
    public static SectorImport readPasted(String text, Project project, String what) throws ProjectFileException {
        SectorImport preview;
        try {
            preview = SectorCsvReader.readPasted(text, project);
        } catch (CsvImportException e) {
            throw new ProjectFileException(what, e.getMessage(), e.line(), -1, e);
        }
        ProjectLimits.checkSectorImport(preview, project, what);
        return preview;
    }

    /**
     * Writes {@code sectors} of {@code project} to {@code file}, unless that would replace
     * {@code projectFile}, the project's own file (null when it has none): see {@link ProjectFileGuard}.
     */
    public static void write(Project project, List<Sector> sectors, Path file, Path projectFile)
            throws ProjectFileException {
        ProjectFileGuard.check(projectFile, file);
        AtomicFileWriter.write(file, SectorCsvWriter.csvBytes(project, sectors));
    }
}
