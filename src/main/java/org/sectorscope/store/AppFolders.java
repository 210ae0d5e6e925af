package org.sectorscope.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the platform keeps an application's settings and logs. Settings (the window, the View menu's
 * choices, recent files): {@code ~/Library/Application Support/Sectorscope} on macOS,
 * {@code %APPDATA%\Sectorscope} on Windows, {@code $XDG_CONFIG_HOME/sectorscope} (by default
 * {@code ~/.config/sectorscope}) elsewhere. Logs: {@code ~/Library/Logs/Sectorscope} on macOS,
 * {@code %LOCALAPPDATA%\Sectorscope\Logs} on Windows, and {@code $XDG_STATE_HOME/sectorscope/logs}
 * (by default {@code ~/.local/state/sectorscope/logs}) elsewhere, as the XDG base directory specification
 * places logs among an application's state. When {@code sectorscope.home} is set (tests, portable use),
 * everything stays under it.
 */
public final class AppFolders {
    private AppFolders() {
    }

    /** The settings folder of this machine's user. */
    public static Path config() {
        String override = System.getProperty("sectorscope.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override, "config");
        }
        return config(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The settings folder on the system named {@code osName}, with {@code env} and {@code home}; pure, for tests. */
    static Path config(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("Sectorscope");
        }
        if (os.startsWith("windows")) {
            String roaming = env.get("APPDATA");
            Path base = absolute(roaming) ? Path.of(roaming) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Sectorscope");
        }
        String config = env.get("XDG_CONFIG_HOME");
        Path base = absolute(config) ? Path.of(config) : home.resolve(".config");
        return base.resolve("sectorscope");
    }

    /** The log folder of this machine's user. */
    public static Path logs() {
        String override = System.getProperty("sectorscope.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override, "logs");
        }
        return logs(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The log folder on the system named {@code osName}, with {@code env} and {@code home}; pure, for tests. */
    static Path logs(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Logs").resolve("Sectorscope");
        }
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = absolute(local) ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve("Sectorscope").resolve("Logs");
        }
        String state = env.get("XDG_STATE_HOME");
        // The specification says a relative path is invalid and is to be ignored.
        Path base = absolute(state) ? Path.of(state) : home.resolve(".local").resolve("state");
        return base.resolve("sectorscope").resolve("logs");
    }

    private static boolean absolute(String path) {
        if (path == null || path.isBlank()) {
            return false;
        }
        try {
            return Path.of(path).isAbsolute();
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }
}
