package org.sectorscope.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * What a file looked like at one moment: its size, modification time and SHA-256. Two fingerprints are
 * equal only if all three are, so an edit that keeps the size and puts the old modification time back
 * is still caught by the hash.
 *
 * <p>Take the fingerprint <em>before</em> reading the file: if another program writes in between, the
 * later save reports a change that the loaded project may already contain (a false alarm) instead of
 * silently overwriting one it does not.
 */
public record FileFingerprint(long size, Instant lastModified, String sha256) {
    private static final int BUFFER = 64 * 1024;

    /**
     * Fingerprints the project file as it is now, streaming it through the hash (fine for 64 MB files).
     * Anything but a regular file is refused as the reader refuses it, without being opened.
     */
    public static FileFingerprint of(Path file) throws ProjectFileException {
        RegularFiles.requireRegular(file, "a project file");
        try {
            return read(file);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(file.toString(), "no such file");
        } catch (AccessDeniedException e) {
            throw new ProjectFileException(file.toString(), "permission denied");
        } catch (IOException e) {
            throw new ProjectFileException(file, "cannot be read (" + IoReasons.of(e) + ")", e);
        }
    }

    /** Whether {@code content} is exactly the bytes this fingerprint was taken of. */
    public boolean sameContent(byte[] content) {
        return size == content.length && sha256.equals(sha256(content));
    }

    static FileFingerprint read(Path file) throws IOException {
        if (!Files.readAttributes(file, BasicFileAttributes.class).isRegularFile()) {
            // A pipe would block the hash and a device never end it (the file was swapped since it was saved).
            throw new FileSystemException(file.toString(), null, "not a regular file");
        }
        // The time is read first: a write during hashing then shows as a change, never hides one.
        FileTime modified = Files.getLastModifiedTime(file);
        MessageDigest digest = newDigest();
        long size = 0;
        byte[] buf = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                digest.update(buf, 0, n);
                size += n;
            }
        }
        return new FileFingerprint(size, modified.toInstant(), HexFormat.of().formatHex(digest.digest()));
    }

    /** The fingerprint of a file just written with {@code content}, without reading it back. */
    static FileFingerprint of(byte[] content, FileTime lastModified) {
        return new FileFingerprint(content.length, lastModified.toInstant(), sha256(content));
    }

    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(newDigest().digest(content));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
