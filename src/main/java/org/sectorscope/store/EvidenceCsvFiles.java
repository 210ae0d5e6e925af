package org.sectorscope.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
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
        // Only a regular file is opened (a named pipe would block, a device never end); the parser stops
        // past its character limit, which bounds the bytes read too.
        Optional<String> special = RegularFiles.specialKind(file);
        if (special.isPresent()) {
            throw new ProjectFileException(file.toString(), "is " + special.get() + ", not a CSV file");
        }
        EvidenceImport preview;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            preview = EvidenceCsvReader.read(in, project, today);
        } catch (CsvImportException e) {
            throw new ProjectFileException(file.toString(), e.getMessage(), e.line(), -1, e);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(file, "does not exist", e);
        } catch (AccessDeniedException e) {
            throw new ProjectFileException(file, "cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new ProjectFileException(file, "could not be read (" + e.getMessage() + ")", e);
        }
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
