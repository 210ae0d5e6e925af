package org.sectorscope.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replaces a file so that at every instant the path holds either the old or the new content: write
 * a temp file in the same folder, force it to disk, keep the old version as {@code NAME.bak}, move
 * the temp file into place atomically, then sync the folder.
 */
public final class AtomicFileWriter {
    public static final String BACKUP_SUFFIX = ".bak";

    private AtomicFileWriter() {
    }

    public static void write(Path target, byte[] content) throws ProjectFileException {
        Path file = resolveLinks(target.toAbsolutePath());
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ProjectFileException(file.toString(), "cannot be saved: the folder " + dir + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new ProjectFileException(file.toString(), "cannot be saved: a folder has that name");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
            keepPermissions(file, temp);
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            if (Files.exists(file)) {
                Files.copy(file, backupOf(file), StandardCopyOption.REPLACE_EXISTING);
            }
            move(temp, file);
            temp = null;
            syncFolder(dir);
        } catch (IOException e) {
            throw new ProjectFileException(file.toString(), "could not be saved (" + reason(e)
                    + "); the file on disk was not changed", -1, -1, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The temp file is hidden and harmless; the save error already tells the user.
                }
            }
        }
    }

    /** Saving through a symbolic link updates the file it points to and keeps the link. */
    private static Path resolveLinks(Path file) throws ProjectFileException {
        try {
            return Files.isSymbolicLink(file) ? file.toRealPath() : file;
        } catch (IOException e) {
            throw new ProjectFileException(file.toString(), "cannot be saved: the link points to a missing file ("
                    + reason(e) + ")", -1, -1, e);
        }
    }

    /**
     * A temp file starts private (0600); the saved file should keep the permissions the old one had,
     * or get the usual rw-r--r-- when new.
     */
    private static void keepPermissions(Path file, Path temp) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> perms = Files.exists(file) ? Files.getPosixFilePermissions(file)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, perms);
    }

    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some platforms cannot open a folder for syncing; the rename itself is already atomic.
        }
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        String msg = e.getMessage();
        return msg == null ? e.getClass().getSimpleName() : msg;
    }
}
