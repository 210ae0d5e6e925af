package org.sectorscope.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The file system steps {@link AtomicFileWriter} takes, behind one seam so that tests can make any of
 * them fail (a full disk, a denied move) and check that the original file survives. The app uses
 * {@link #nio()}.
 */
public interface FileOps {
    /** Writes all of {@code content} to the open file. */
    void write(FileChannel out, byte[] content) throws IOException;

    /** Forces what was written to the storage device. */
    void force(FileChannel out) throws IOException;

    /** Copies {@code from} over {@code to}. */
    void copy(Path from, Path to) throws IOException;

    /** Renames {@code from} over {@code to}, atomically where the file system can. */
    void move(Path from, Path to) throws IOException;

    static FileOps nio() {
        return Nio.INSTANCE;
    }

    /** The real thing, on java.nio. */
    final class Nio implements FileOps {
        static final Nio INSTANCE = new Nio();

        private Nio() {
        }

        @Override
        public void write(FileChannel out, byte[] content) throws IOException {
            ByteBuffer buf = ByteBuffer.wrap(content);
            while (buf.hasRemaining()) {
                out.write(buf);
            }
        }

        @Override
        public void force(FileChannel out) throws IOException {
            out.force(true);
        }

        @Override
        public void copy(Path from, Path to) throws IOException {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Some network and FAT file systems cannot rename atomically; a plain replace is the best left.
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
