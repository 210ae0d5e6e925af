package org.sectorscope.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
        // Only a regular file is opened (a named pipe would block, a device never end).
        Optional<String> special = RegularFiles.specialKind(file);
        if (special.isPresent()) {
            throw new ProjectFileException(file.toString(), "is " + special.get() + ", not a CSV file");
        }
        SectorImport preview;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            preview = SectorCsvReader.read(in, project);
        } catch (CsvImportException e) {
            throw new ProjectFileException(file.toString(), e.getMessage(), e.line(), -1, e);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(file, "does not exist", e);
        } catch (AccessDeniedException e) {
            throw new ProjectFileException(file, "cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new ProjectFileException(file, "could not be read (" + e.getMessage() + ")", e);
        }
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
