package org.sectorscope.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Opens files for reading so that no input can hang a reader or fill the memory. Only regular files are
 * opened: a named pipe blocks whoever opens it until a writer comes, and a device such as /dev/zero never
 * ends. The kind of file is told from its attributes, which are read without opening it; what is left is
 * a file swapped for a pipe in the instant between that look and the open (the window reads on threads of
 * their own, so even that holds up no save). Whole-file reads stop one byte past their bound.
 */
public final class RegularFiles {
    /** {@code st_mode} file-type bits, from the "unix" attribute view where the platform has it. */
    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private RegularFiles() {
    }

    /**
     * Checks that {@code file} (links followed) is a regular file, without opening it.
     *
     * @param noun what the caller expected, for the message: "a project file", "a PNG image"
     * @throws ProjectFileException naming the file: missing, "is a named pipe (FIFO), not a project file", ...
     */
    public static BasicFileAttributes requireRegular(Path file, String noun) throws ProjectFileException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        if (!attributes.isRegularFile()) {
            throw new ProjectFileException(file.toString(), "is " + kind(file, attributes) + ", not " + noun);
        }
        return attributes;
    }

    /** Opens a regular file for reading; see {@link #requireRegular}. */
    public static InputStream open(Path file, String noun) throws ProjectFileException {
        requireRegular(file, noun);
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * The whole of a regular file of at most {@code maxBytes}; a larger one (or one that grows past the
     * bound while read) is refused with {@code tooLarge} applied to its size, never read to the end.
     */
    public static byte[] read(Path file, String noun, long maxBytes, LongFunction<String> tooLarge)
            throws ProjectFileException {
        return readWithAttributes(file, noun, maxBytes, tooLarge).bytes();
    }

    /** A file's bytes and its attributes as they were just before it was read. */
    public record FileBytes(byte[] bytes, BasicFileAttributes attributes) {
    }

    /**
     * {@link #read}, with the attributes read before the bytes: a write in between then shows as a change
     * of time when the two are compared later, and never hides one. The bytes are read into an array of
     * the file's size, not gathered in pieces and copied.
     */
    public static FileBytes readWithAttributes(Path file, String noun, long maxBytes, LongFunction<String> tooLarge)
            throws ProjectFileException {
        BasicFileAttributes attributes = requireRegular(file, noun);
        if (attributes.size() > maxBytes) {
            throw new ProjectFileException(file.toString(), tooLarge.apply(attributes.size()));
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = new byte[(int) attributes.size()];
            int n = in.readNBytes(bytes, 0, bytes.length);
            if (n < bytes.length) {
                return new FileBytes(Arrays.copyOf(bytes, n), attributes); // it shrank while we read
            }
            // It may have grown since its size was read: the rest, never past the bound.
            byte[] rest = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1 - n));
            if (rest.length > 0) {
                bytes = Arrays.copyOf(bytes, n + rest.length);
                System.arraycopy(rest, 0, bytes, n, rest.length);
            }
            if (bytes.length > maxBytes) {
                throw new ProjectFileException(file.toString(), tooLarge.apply(bytes.length));
            }
            return new FileBytes(bytes, attributes);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * A small file of our own (a lock): its bytes, null when there is none, and no bytes at all when it
     * is anything but a regular file of at most {@code maxBytes}. Links are not followed, so a lock file
     * made a link to /dev/zero or to someone's document reads as unreadable and is never read through.
     */
    static byte[] readSmallNoFollow(Path file, int maxBytes) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
        if (!attributes.isRegularFile() || attributes.size() > maxBytes) {
            return new byte[0];
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            return bytes.length > maxBytes ? new byte[0] : bytes;
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /**
     * What {@code file} is when it exists and is not a regular file ("a named pipe (FIFO)", "a device",
     * "a folder"), links followed; empty for a regular file or none at all.
     */
    public static Optional<String> specialKind(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.isRegularFile() ? Optional.empty() : Optional.of(kind(file, attributes));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String kind(Path file, BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "a folder";
        }
        if (attributes.isSymbolicLink()) {
            return "a symbolic link";
        }
        try {
            int type = (Integer) Files.getAttribute(file, "unix:mode") & TYPE_MASK;
            switch (type) {
                case FIFO:
                    return "a named pipe (FIFO)";
                case CHARACTER_DEVICE:
                case BLOCK_DEVICE:
                    return "a device";
                case SOCKET:
                    return "a socket";
                default:
                    break;
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            // No "unix" view here (Windows): the general word below will do.
        }
        return "a special file";
    }

    private static ProjectFileException unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new ProjectFileException(file.toString(), "no such file");
        }
        if (e instanceof AccessDeniedException) {
            return new ProjectFileException(file.toString(), "permission denied");
        }
        String reason = e instanceof FileSystemException ? IoReasons.of(e) : e.getMessage();
        return new ProjectFileException(file, "cannot be read (" + reason + ")", e);
    }
}
