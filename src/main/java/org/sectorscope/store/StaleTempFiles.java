package org.sectorscope.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes the hidden temp files a save, a backup copy or a lock left beside a project when the process
 * was killed in the middle (kill -9, a power cut): nothing else ever would. Only names this program
 * makes for that very file are touched, and only once they are older than {@link #STALE_AFTER}, far
 * longer than any save takes, so a save in progress in another Sectorscope is never disturbed.
 * Best effort: a file that cannot be removed is left for next time.
 */
public final class StaleTempFiles {
    static final Duration STALE_AFTER = Duration.ofMinutes(10);
    /** Ours: 16 hex digits; Java's temp files in earlier versions: a decimal number. */
    private static final Pattern RANDOM_PART = Pattern.compile("[0-9a-f]{16}|[0-9]{1,20}");
    private static final int ASIDE_EXTRA_BYTES = ProjectLock.ASIDE_INFIX.length() + 36;
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private StaleTempFiles() {
    }

    /** Removes stale temp files of {@code file} in its folder; returns how many. Never throws. */
    public static int clean(Path file) {
        try {
            Path absolute = file.toAbsolutePath();
            Path dir = absolute.getParent();
            if (dir == null || absolute.getFileName() == null) {
                return 0;
            }
            String name = absolute.getFileName().toString();
            List<String> names = List.of(name, SiblingFiles.backupOf(absolute).getFileName().toString(),
                    ProjectLock.lockFileOf(absolute).getFileName().toString());
            Instant before = Instant.now().minus(STALE_AFTER);
            int removed = 0;
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, p -> isTempOf(p, names))) {
                for (Path temp : entries) {
                    removed += removeIfOlder(temp, before) ? 1 : 0;
                }
            }
            return removed;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Temp names of a save or backup ({@code .NAME.<random>.tmp}) and of a lock as earlier versions made them. */
    static boolean isTempOf(Path candidate, List<String> names) {
        String c = candidate.getFileName().toString();
        if (!c.startsWith(".")) {
            return false;
        }
        for (String name : names) {
            String stem = "." + SiblingFiles.tempStem(name) + ".";
            if (c.endsWith(SiblingFiles.TEMP_SUFFIX) && c.startsWith(stem)
                    && RANDOM_PART.matcher(middle(c, stem.length())).matches()) {
                return true;
            }
            // A lock's temp file was once named .~lock.NAME#<number>.tmp, and a takeover moves a lock aside.
            if (name.startsWith(".~lock.")) {
                if (c.startsWith(name) && c.endsWith(SiblingFiles.TEMP_SUFFIX)
                        && RANDOM_PART.matcher(middle(c, name.length())).matches()) {
                    return true;
                }
                String aside = SiblingFiles.shortened(name, SiblingFiles.MAX_NAME_BYTES - ASIDE_EXTRA_BYTES)
                        + ProjectLock.ASIDE_INFIX;
                if (c.startsWith(aside) && UUID.matcher(c.substring(aside.length())).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String middle(String name, int from) {
        int end = name.length() - SiblingFiles.TEMP_SUFFIX.length();
        return end >= from ? name.substring(from, end) : "";
    }

    private static boolean removeIfOlder(Path temp, Instant before) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(temp, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(before)) {
                Files.delete(temp);
                return true;
            }
        } catch (IOException e) {
            // Gone already, or not ours to remove after all.
        }
        return false;
    }
}
