package org.sectorscope.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The files Sectorscope makes beside a file it writes (temp files, the {@code .bak}, the lock) and the
 * attributes they carry.
 *
 * <p><b>Names.</b> File systems allow 255 bytes per name, and a name of 75 CJK characters is already 225.
 * A derived name that would not fit keeps the start of the file's name, cut at a character, followed by
 * {@code ~} and eight hex digits of the whole name's SHA-256, so it is still unique, and the same in every
 * process (the lock must be).
 *
 * <p><b>Attributes.</b> A temp file that replaces an existing file takes its mode, owner and group before
 * any content goes in (it starts private, 0600); a temp file for a new file is created like any new file,
 * 0666 less the umask. Changing the owner needs root, and the group one the user belongs to: where the
 * system refuses, the file becomes the saving user's, as with any editor.
 */
public final class SiblingFiles {
    static final int MAX_NAME_BYTES = 255;
    static final String BACKUP_SUFFIX = ".bak";
    static final String TEMP_SUFFIX = ".tmp";
    /** "." + stem + "." + 16 hex digits + ".tmp" */
    private static final int TEMP_EXTRA_BYTES = 1 + 1 + 16 + TEMP_SUFFIX.length();
    private static final int HASH_HEX_DIGITS = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SiblingFiles() {
    }

    /** {@code prefix + name + suffix}, with {@code name} shortened (see the class comment) when it is too long. */
    public static String fit(String prefix, String name, String suffix) {
        return prefix + shortened(name, MAX_NAME_BYTES - bytes(prefix) - bytes(suffix)) + suffix;
    }

    /** {@code NAME.bak} beside the file. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(fit("", file.getFileName().toString(), BACKUP_SUFFIX));
    }

    /** The part of a temp file's name that names the file it is for: {@code .STEM.<16 hex>.tmp}. */
    static String tempStem(String fileName) {
        return shortened(fileName, MAX_NAME_BYTES - TEMP_EXTRA_BYTES);
    }

    /**
     * Creates an empty hidden temp file beside {@code target} to become its next version. It takes the
     * mode, owner and group of {@code like} when that exists (the target itself, or for a backup the file
     * backed up), and those of any new file otherwise.
     */
    public static Path createTemp(Path target, Path like) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        PosixFileAttributes kept = like == null ? null : posixAttributes(like);
        String stem = "." + tempStem(target.getFileName().toString()) + ".";
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve(stem + HexFormat.of().toHexDigits(RANDOM.nextLong()) + TEMP_SUFFIX);
            try {
                if (kept == null) {
                    Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                } else {
                    // Private until it has the owner and mode it is meant to have.
                    Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    keepAttributes(temp, kept);
                }
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 10) {
                    throw e;
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
        }
    }

    /** Mode, owner and group of {@code file}; null where the file is missing or the system has no POSIX view. */
    static PosixFileAttributes posixAttributes(Path file) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return null;
        }
        try {
            return Files.readAttributes(file, PosixFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Gives {@code file} the owner, group and mode in {@code kept} (the mode last: a chown may clear bits). */
    static void keepAttributes(Path file, PosixFileAttributes kept) throws IOException {
        if (kept == null) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        PosixFileAttributes now = view.readAttributes();
        if (!now.owner().equals(kept.owner())) {
            try {
                view.setOwner(kept.owner());
            } catch (FileSystemException e) {
                // Only root may give a file away; the saving user keeps it.
            }
        }
        if (!now.group().equals(kept.group())) {
            try {
                view.setGroup(kept.group());
            } catch (FileSystemException e) {
                // Not a member of that group: the file keeps the user's group.
            }
        }
        view.setPermissions(kept.permissions());
    }

    /** {@code name} if it has at most {@code room} bytes, else its start and a hash of the whole, in {@code room}. */
    static String shortened(String name, int room) {
        if (bytes(name) <= room) {
            return name;
        }
        String tail = "~" + hash(name);
        int keep = room - tail.length();
        StringBuilder start = new StringBuilder();
        int used = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int size = bytes(new String(Character.toChars(cp)));
            if (used + size > keep) {
                break;
            }
            start.appendCodePoint(cp);
            used += size;
            i += Character.charCount(cp);
        }
        return start + tail;
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String hash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
