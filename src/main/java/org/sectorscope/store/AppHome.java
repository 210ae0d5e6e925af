package org.sectorscope.store;

import java.nio.file.Path;

/**
 * Where Sectorscope keeps per-user state: recovery copies. Settings moved to {@link AppFolders#config()}
 * ({@link SettingsMigration}). Tests point it elsewhere.
 */
public final class AppHome {
    private AppHome() {
    }

    public static Path dir() {
        String override = System.getProperty("sectorscope.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return Path.of(System.getProperty("user.home"), ".sectorscope");
    }
}
