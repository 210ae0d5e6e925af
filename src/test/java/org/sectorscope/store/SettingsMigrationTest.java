package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings from the old app folder are copied once into the settings folder; newer settings there win. */
class SettingsMigrationTest {
    @TempDir
    Path temp;

    @Test
    void theOldFilesAreReadOnceWhenTheNewFolderLacksThem() throws Exception {
        Path old = temp.resolve(".sectorscope");
        Path config = temp.resolve(".config/sectorscope");
        WindowSettings saved = new WindowSettings(new WindowSettings.Area(10, 20, 1200, 700), false,
                Map.of("sectors", List.of(0.3)));
        new WindowSettingsFile(old).save(saved);
        Path project = temp.resolve("a.sectorscope.json").toAbsolutePath();
        new RecentFiles(old).add(project);

        assertEquals(List.of("window.json", "recent-files.json"), SettingsMigration.copyOnce(old, config));

        assertEquals(saved, new WindowSettingsFile(config).load());
        assertEquals(List.of(project), new RecentFiles(config).load());
        assertTrue(Files.isRegularFile(old.resolve("window.json")), "the old file stays for an older Sectorscope");
        assertEquals(List.of(), SettingsMigration.copyOnce(old, config), "once: the new files are there now");
    }

    @Test
    void newSettingsAreNeverReplacedByOldOnes() throws Exception {
        Path old = temp.resolve("old");
        Path config = temp.resolve("config");
        new WindowSettingsFile(old).save(new WindowSettings(null, true, Map.of()));
        WindowSettings newer = new WindowSettings(null, false, Map.of()).withView("dark", 125, java.util.Set.of());
        new WindowSettingsFile(config).save(newer);

        assertEquals(List.of(), SettingsMigration.copyOnce(old, config));
        assertEquals(newer, new WindowSettingsFile(config).load());
    }

    @Test
    void nothingOldIsNothingCopied() {
        assertEquals(List.of(), SettingsMigration.copyOnce(temp.resolve("none"), temp.resolve("config")));
        assertEquals(List.of(), SettingsMigration.copyOnce(temp, temp), "one folder for both: nothing to move");
    }
}
