package org.sectorscope.ui.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCombination.ModifierValue;
import org.junit.jupiter.api.Test;

/**
 * The README's table of the window's shortcuts is the action table's, written out: it is checked here
 * and, when it differs, the failure gives the table to paste between the markers.
 */
class ReadmeShortcutsTest {
    static final String START = "<!-- The window's shortcuts, from ui.actions.StandardAction; ReadmeShortcutsTest checks them. -->";
    static final String END = "<!-- End of the window's shortcuts. -->";

    @Test
    void theReadmesShortcutTableIsTheActionTables() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int from = readme.indexOf(START);
        int to = readme.indexOf(END);
        assertTrue(from >= 0 && to > from, "README.md should hold the markers " + START + " and " + END);
        String written = readme.substring(from + START.length(), to).strip();
        assertEquals(table(), written, "paste this table between the markers in README.md");
    }

    /** Every window action that has keys: menu and item, its keys as on Linux and Windows, what it does. */
    static String table() {
        List<String> rows = new ArrayList<>(List.of("| menu item | keys | what it does |", "| --- | --- | --- |"));
        for (StandardAction a : StandardAction.values()) {
            if (a.place().isMenu() && !a.keys().isEmpty()) {
                rows.add("| " + a.place().menuTitle().replace("_", "") + " > " + a.text() + " | "
                        + a.keys().stream().map(ReadmeShortcutsTest::written).collect(Collectors.joining(", "))
                        + " | " + a.description() + " |");
            }
        }
        return String.join("\n", rows);
    }

    /** "Ctrl+Shift+S", "F1", "Ctrl+/": the README's way, whatever the machine running the test. */
    static String written(KeyCombination key) {
        KeyCodeCombination k = (KeyCodeCombination) key;
        StringBuilder out = new StringBuilder();
        if (k.getShortcut() == ModifierValue.DOWN || k.getControl() == ModifierValue.DOWN) {
            out.append("Ctrl+");
        }
        if (k.getShift() == ModifierValue.DOWN) {
            out.append("Shift+");
        }
        if (k.getAlt() == ModifierValue.DOWN) {
            out.append("Alt+");
        }
        return out.append(k.getCode() == KeyCode.SLASH ? "/" : k.getCode().getName()).toString();
    }
}
