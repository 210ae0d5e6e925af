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
        return forThisUser("config", AppFolders::config);
    }

    /** The settings folder on the system named {@code osName}, with {@code env} and {@code home}; pure, for tests. */
    static Path config(String osName, Map<String, String> env, Path home) {
        return switch (platform(osName)) {
            case MAC -> home.resolve("Library").resolve("Application Support").resolve("Sectorscope");
            case WINDOWS -> base(env, "APPDATA", home.resolve("AppData").resolve("Roaming")).resolve("Sectorscope");
            case OTHER -> base(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve("sectorscope");
        };
    }

    /** The log folder of this machine's user. */
    public static Path logs() {
        return forThisUser("logs", AppFolders::logs);
    }

    /** The log folder on the system named {@code osName}, with {@code env} and {@code home}; pure, for tests. */
    static Path logs(String osName, Map<String, String> env, Path home) {
        return switch (platform(osName)) {
            case MAC -> home.resolve("Library").resolve("Logs").resolve("Sectorscope");
            case WINDOWS -> base(env, "LOCALAPPDATA", home.resolve("AppData").resolve("Local"))
                    .resolve("Sectorscope").resolve("Logs");
            case OTHER -> base(env, "XDG_STATE_HOME", home.resolve(".local").resolve("state"))
                    .resolve("sectorscope").resolve("logs");
        };
    }

    private enum Platform { MAC, WINDOWS, OTHER }

    /** A folder under {@code sectorscope.home} when that is set, else where the platform keeps it. */
    private static Path forThisUser(String underHome, PlatformFolder folder) {
        String override = System.getProperty("sectorscope.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override, underHome);
        }
        return folder.of(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    @FunctionalInterface
    private interface PlatformFolder {
        Path of(String osName, Map<String, String> env, Path home);
    }

    private static Platform platform(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return Platform.MAC;
        }
        return os.startsWith("windows") ? Platform.WINDOWS : Platform.OTHER;
    }

    /** The folder an environment variable names, or {@code fallback}; the XDG specification says a relative path is to be ignored. */
    private static Path base(Map<String, String> env, String variable, Path fallback) {
        String value = env.get(variable);
        return absolute(value) ? Path.of(value) : fallback;
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
