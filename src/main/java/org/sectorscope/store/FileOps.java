package org.sectorscope.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The file system steps {@link AtomicFileWriter} takes, behind one seam so that tests can make any of
 * them fail (a denied folder, a full disk, a failed fsync or rename) and check what is left on disk. Each
 * method's default is the real thing on java.nio; the app uses {@link #nio()}, a test overrides the step
 * it wants to fail.
 */
public interface FileOps {
    /** Nothing overridden: every step as java.nio does it. */
    FileOps NIO = new FileOps() {
    };

    static FileOps nio() {
        return NIO;
    }

    /** Creates the empty hidden temp file that becomes {@code target}; see {@link SiblingFiles#createTemp}. */
    default Path createTemp(Path target, Path like) throws IOException {
        return SiblingFiles.createTemp(target, like);
    }

    /** Writes all of {@code bytes} to the open file. */
    default void write(FileChannel out, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            out.write(bytes);
        }
    }

    /** Forces what was written to the storage device. */
    default void force(FileChannel out) throws IOException {
        out.force(true);
    }

    /**
     * Gives {@code backup}, an empty temp file beside {@code file}, what {@code file} holds: a second name for
     * it (a hard link) where the file system has them, since the save then renames the new file over the old
     * name and so leaves the backup the old content without writing it again; a copy elsewhere. Returns
     * whether it linked (the backup is then the very file, attributes and all).
     */
    default boolean backUp(Path file, Path backup) throws IOException {
        try {
            Files.delete(backup);
            link(file, backup);
            return true;
        } catch (UnsupportedOperationException | FileSystemException noLinks) {
            copy(file, backup);
            return false;
        }
    }

    /** Makes {@code link} a second name of {@code file}; not every file system can. */
    default void link(Path file, Path link) throws IOException {
        Files.createLink(link, file);
    }

    /** Copies {@code from} over {@code to}. */
    default void copy(Path from, Path to) throws IOException {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Renames {@code from} over {@code to}, atomically where the file system can. */
    default void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network and FAT file systems cannot rename atomically; a plain replace is the best left.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Gives the finished {@code temp} file the name {@code target} unless that name is taken, throwing
     * {@link FileAlreadyExistsException} then. A hard link fails rather than replace a file that appeared
     * meanwhile; where the file system has no hard links, a move that refuses to replace does the same
     * (with a moment's race). The caller removes {@code temp} afterwards if it is still there.
     */
    default void placeNew(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException noLinks) {
            Files.move(temp, target);
        }
    }

    /** Forces the folder's entries (the rename just made) to the storage device. */
    default void syncFolder(Path dir) throws IOException {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        }
    }
}
