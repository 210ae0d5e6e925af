package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The settings folder is the platform's own place; the test home (sectorscope.home) keeps it under itself. */
class AppFoldersTest {
    private final Path home = Path.of("/home/ana");

    @Test
    void settingsGoWhereEachPlatformKeepsThem() {
        assertEquals(Path.of("/home/ana/Library/Application Support/Sectorscope"),
                AppFolders.config("Mac OS X", Map.of(), home));
        assertEquals(Path.of("/data/roaming/Sectorscope"),
                AppFolders.config("Windows 11", Map.of("APPDATA", "/data/roaming"), home));
        assertEquals(Path.of("/home/ana/AppData/Roaming/Sectorscope"), AppFolders.config("Windows 10", Map.of(), home));
        assertEquals(Path.of("/home/ana/.config/sectorscope"), AppFolders.config("Linux", Map.of(), home));
        assertEquals(Path.of("/etc/xdg-ana/sectorscope"),
                AppFolders.config("Linux", Map.of("XDG_CONFIG_HOME", "/etc/xdg-ana"), home));
        assertEquals(Path.of("/home/ana/.config/sectorscope"),
                AppFolders.config("FreeBSD", Map.of("XDG_CONFIG_HOME", "relative/config"), home),
                "a relative XDG_CONFIG_HOME is ignored, as the specification says");
    }

    @Test
    void theTestHomeHoldsTheSettingsToo() {
        assertEquals(AppHome.dir().resolve("config"), AppFolders.config());
    }
}
