package org.sectorscope.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opening a CSV file for an import, shared by the evidence and the sectors CSV: only a regular file is
 * opened (a named pipe would block, a device never end), and every problem becomes the store's one error
 * type, naming the file and, when there is one, the line.
 */
final class CsvFileReading {
    /** What reads the opened file. */
    interface Read<T> {
        T from(InputStream in) throws CsvImportException;
    }

    private CsvFileReading() {
    }

    static <T> T read(Path file, Read<T> read) throws ProjectFileException {
        Optional<String> special = RegularFiles.specialKind(file);
        if (special.isPresent()) {
            throw new ProjectFileException(file.toString(), "is " + special.get() + ", not a CSV file");
        }
        // The parser stops past its character limit, which bounds the bytes read too.
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read.from(in);
        } catch (CsvImportException e) {
            throw new ProjectFileException(file.toString(), e.getMessage(), e.line(), -1, e);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(file, "does not exist", e);
        } catch (AccessDeniedException e) {
            throw new ProjectFileException(file, "cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new ProjectFileException(file, "could not be read (" + e.getMessage() + ")", e);
        }
    }
}
