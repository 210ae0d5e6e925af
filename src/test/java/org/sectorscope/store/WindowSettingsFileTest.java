package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.store.WindowSettings.Area;

class WindowSettingsFileTest {
    private static final Area LAPTOP = new Area(0, 0, 1366, 728);
    private static final Area MONITOR = new Area(1366, 0, 1920, 1050);

    @TempDir
    Path home;

    private final WindowSettings saved = new WindowSettings(new Area(120, 80, 1280, 720), true,
            Map.of("sectors", List.of(0.21), "options", List.of(0.7), "evidence", List.of(0.55)));

    private void write(String json) throws Exception {
        Files.writeString(home.resolve(WindowSettingsFile.FILE_NAME), json, StandardCharsets.UTF_8);
    }

    @Test
    void writesAndReadsBack() throws Exception {
        new WindowSettingsFile(home).save(saved);

        assertEquals(saved, new WindowSettingsFile(home).load(), "a new instance reads what was written");
        String json = Files.readString(home.resolve("window.json"));
        assertTrue(json.contains("\"width\": 1280.0") && json.replaceAll("\\s+", "").contains("\"sectors\":[0.21]"),
                "plain, readable JSON: " + json);
    }

    @Test
    void savingCreatesTheAppFolderAndReplacesTheOldSettings() throws Exception {
        WindowSettingsFile file = new WindowSettingsFile(home.resolve("not-yet"));
        file.save(saved);
        WindowSettings moved = new WindowSettings(new Area(0, 0, 1024, 700), false, Map.of());
        file.save(moved);
        assertEquals(moved, file.load());
    }

    @Test
    void missingFileGivesDefaults() {
        assertEquals(WindowSettings.DEFAULTS, new WindowSettingsFile(home).load());
        assertEquals(WindowSettings.DEFAULTS, new WindowSettingsFile(home.resolve("nowhere")).load());
    }

    @Test
    void brokenFileGivesDefaultsWithoutThrowing() throws Exception {
        for (String broken : List.of("", "{", "not json", "[1, 2]", "null", "{\"window\": {\"x\": 1}} trailing",
                "\u0000\u0001binary")) {
            write(broken);
            assertEquals(WindowSettings.DEFAULTS, new WindowSettingsFile(home).load(), "for " + broken);
        }
    }

    @Test
    void aBrokenPartFallsBackAloneAndTheRestIsKept() throws Exception {
        write("{\"window\": {\"x\": \"left\", \"y\": 0, \"width\": 1200, \"height\": 700},"
                + " \"dividers\": {\"sectors\": [0.3], \"options\": [1.7], \"evidence\": [\"half\"], \"odd\": 4}}");
        WindowSettings read = new WindowSettingsFile(home).load();
        assertNull(read.bounds(), "a position that is not a number: no bounds");
        assertEquals(Map.of("sectors", List.of(0.3)), read.dividers(),
                "a fraction above 1, a text or a non-list is dropped; the good split is kept");

        write("{\"window\": {\"x\": 0, \"y\": 0, \"width\": -5, \"height\": 1e400}}");
        assertNull(new WindowSettingsFile(home).load().bounds(), "no negative or infinite size");
    }

    @Test
    void nothingSavedIsTheDefaultSizeCentredOnThePrimaryScreen() {
        assertEquals(new Area(83, 14, 1200, 700), WindowSettings.DEFAULTS.placeOn(List.of(LAPTOP, MONITOR), 1200, 700));
        assertEquals(new Area(0, 0, 1366, 728), WindowSettings.DEFAULTS.placeOn(List.of(LAPTOP), 1600, 1000),
                "the default is clamped too");
    }

    @Test
    void aSavedPlaceOnAScreenIsKept() {
        WindowSettings onMonitor = new WindowSettings(new Area(1500, 40, 1280, 720), false, Map.of());
        assertEquals(new Area(1500, 40, 1280, 720), onMonitor.placeOn(List.of(LAPTOP, MONITOR), 1600, 1000));
    }

    @Test
    void aSizeLargerThanTheScreenIsClampedAndMovedOnto() {
        WindowSettings huge = new WindowSettings(new Area(100, 50, 2560, 1440), false, Map.of());
        assertEquals(new Area(0, 0, 1366, 728), huge.placeOn(List.of(LAPTOP), 1600, 1000),
                "clamped to the screen its title bar is on, and inside it");
        assertEquals(new Area(1366, 0, 1920, 1050), huge.placeOn(List.of(LAPTOP, MONITOR), 1600, 1000),
                "with two screens, the one holding most of its title bar");

        WindowSettings hangingOff = new WindowSettings(new Area(1000, 100, 1000, 700), false, Map.of());
        Area placed = hangingOff.placeOn(List.of(LAPTOP), 1600, 1000);
        assertEquals(new Area(366, 28, 1000, 700), placed, "pulled in so all of it is on the only screen");
    }

    @Test
    void aPositionOffEveryScreenIsIgnoredButTheSizeKept() {
        WindowSettings unplugged = new WindowSettings(new Area(3400, 200, 1200, 700), false, Map.of());
        assertEquals(new Area(83, 14, 1200, 700), unplugged.placeOn(List.of(LAPTOP, MONITOR), 1600, 1000),
                "centred on the primary screen");

        WindowSettings titleBarAbove = new WindowSettings(new Area(100, -400, 1000, 600), false, Map.of());
        Area placed = titleBarAbove.placeOn(List.of(LAPTOP, MONITOR), 1600, 1000);
        assertEquals(new Area(183, 64, 1000, 600), placed, "a title bar above the screen cannot be grabbed");

        WindowSettings sliver = new WindowSettings(new Area(1320, 10, 900, 600), false, Map.of());
        assertEquals(new Area(233, 64, 900, 600), sliver.placeOn(List.of(LAPTOP), 1600, 1000),
                "46 px of title bar is too little to grab");
    }

    @Test
    void dividerPositionsOutsideZeroToOneAreDropped() {
        WindowSettings s = new WindowSettings(null, false, Map.of("a", List.of(0.5), "b", List.of(-0.1),
                "c", List.of(Double.NaN), "d", List.of()));
        assertEquals(Map.of("a", List.of(0.5)), s.dividers());
        assertFalse(s.maximized());
    }

    @Test
    void theViewMenusChoicesAreWrittenUnderTheGivenSettingsFolderAndReadBack() throws Exception {
        Path config = home.resolve("config").resolve("sectorscope");
        WindowSettings chosen = saved.withView("dark", 125, Set.of("options", "sectors"));
        new WindowSettingsFile(config).save(chosen);

        WindowSettings read = new WindowSettingsFile(config).load();
        assertEquals(chosen, read);
        assertEquals("dark", read.theme());
        assertEquals(125, read.textScale());
        assertEquals(Set.of("options", "sectors"), read.hiddenPanes());
        String json = Files.readString(config.resolve("window.json")).replaceAll("\\s+", "");
        assertTrue(json.contains("\"view\":{\"theme\":\"dark\",\"textScale\":125,\"hiddenPanes\":[\"options\",\"sectors\"]}"),
                json);
        assertTrue(json.contains("\"version\":2"), json);
    }

    @Test
    void aFileWithoutViewChoicesGivesTheirDefaults() throws Exception {
        write("{\"version\": 1, \"window\": {\"x\": 0, \"y\": 0, \"width\": 1200, \"height\": 700},"
                + " \"dividers\": {\"sectors\": [0.3]}}");
        WindowSettings read = new WindowSettingsFile(home).load();
        assertEquals(new Area(0, 0, 1200, 700), read.bounds(), "the window part of a version 1 file is kept");
        assertEquals("light", read.theme());
        assertEquals(100, read.textScale());
        assertEquals(Set.of(), read.hiddenPanes());
    }

    @Test
    void unknownOrInvalidViewChoicesFallBackToTheDefaults() throws Exception {
        write("{\"view\": {\"theme\": \"solarized\", \"textScale\": 333, \"hiddenPanes\": [\"canvas\", \"toolbar\", 7]}}");
        WindowSettings read = new WindowSettingsFile(home).load();
        assertEquals("light", read.theme());
        assertEquals(100, read.textScale());
        assertEquals(Set.of("canvas"), read.hiddenPanes(), "an unknown pane is dropped, a known one kept");

        write("{\"view\": {\"theme\": 5, \"textScale\": \"big\", \"hiddenPanes\": \"all\"}}");
        read = new WindowSettingsFile(home).load();
        assertEquals(List.of("light", 100, Set.of()), List.of(read.theme(), read.textScale(), read.hiddenPanes()));

        write("{\"view\": {\"theme\": \"dark\", \"textScale\": 90,"
                + " \"hiddenPanes\": [\"sectors\", \"canvas\", \"evidence\", \"options\"]}}");
        read = new WindowSettingsFile(home).load();
        assertEquals(Set.of(), read.hiddenPanes(), "every pane hidden would be an empty window: all show");
        assertEquals("dark", read.theme(), "the good parts are kept");
        assertEquals(90, read.textScale());
    }
}
