package org.sectorscope.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Settings once lived in the app folder ({@link AppHome#dir()}, {@code ~/.sectorscope}); they now live in
 * the platform's settings folder ({@link AppFolders#config()}). On the first start with the new place, each
 * settings file the new folder lacks is copied from the old one. The old files stay, so an older
 * Sectorscope still finds its own; recovery copies and locks stay in the app folder.
 */
public final class SettingsMigration {
    /** The files that moved: the window and View menu settings, and the recent files. */
    static final List<String> MOVED = List.of(WindowSettingsFile.FILE_NAME, RecentFiles.FILE_NAME);

    private SettingsMigration() {
    }

    /**
     * Copies each moved file from {@code oldDir} to {@code newDir} where {@code newDir} lacks it; returns the
     * files copied. A file that cannot be copied is left (the defaults are used): settings are a convenience.
     * Runs before the window is built, off the FX thread.
     */
    public static List<String> copyOnce(Path oldDir, Path newDir) {
        if (oldDir.toAbsolutePath().normalize().equals(newDir.toAbsolutePath().normalize())) {
            return List.of();
        }
        return MOVED.stream().filter(name -> copy(oldDir.resolve(name), newDir.resolve(name))).toList();
    }

    private static boolean copy(Path from, Path to) {
        if (!Files.isRegularFile(from) || Files.exists(to)) {
            return false;
        }
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
