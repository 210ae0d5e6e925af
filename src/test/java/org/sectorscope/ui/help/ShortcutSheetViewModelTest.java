package org.sectorscope.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.sectorscope.ui.actions.StandardAction;

/** The shortcut sheet lists every action of the table with its keys, and its filter keeps what is typed. */
class ShortcutSheetViewModelTest {
    private final ShortcutSheetViewModel viewModel = new ShortcutSheetViewModel(
            Arrays.asList(StandardAction.values()), KeyCombination::getName);

    @Test
    void everyActionHasARowWithItsKeysInTableOrder() {
        List<ShortcutRow> rows = List.copyOf(viewModel.rows());
        assertEquals(StandardAction.values().length, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            StandardAction a = StandardAction.values()[i];
            ShortcutRow row = rows.get(i);
            assertEquals(a.id(), row.id());
            assertEquals(a.text(), row.action());
            assertEquals(a.keys().stream().map(KeyCombination::getName).collect(Collectors.joining(", ")), row.keys());
            assertEquals(a.place().label(), row.where());
        }
        assertEquals("Shift+Shortcut+Z, Shortcut+Y", row("menu-redo").keys());
        assertEquals("Left, Right, Up, Down", row("canvas-nudge").keys());
        assertEquals("Canvas", row("canvas-nudge").where());
        assertEquals("", row("menu-reset-layout").keys());
        assertEquals(rows.size() + " actions", viewModel.countText().get());
    }

    @Test
    void everyWordTypedMustBeInTheRowIgnoringCase() {
        viewModel.filterProperty().set("SAVE  Another");
        assertEquals(List.of("menu-save-as"), ids());
        viewModel.filterProperty().set("zoom canvas");
        assertEquals(List.of("canvas-zoom-in", "canvas-zoom-out", "canvas-zoom-fit", "canvas-zoom-actual"), ids());
        assertEquals("4 of " + StandardAction.values().length + " actions", viewModel.countText().get());
    }

    @Test
    void keysPlacesAndDescriptionsAreSearchedToo() {
        viewModel.filterProperty().set("shift+shortcut+z");
        assertEquals(List.of("menu-redo"), ids());
        viewModel.filterProperty().set("F2 list");
        assertEquals(List.of("evidence-edit"), ids());
        viewModel.filterProperty().set("spreadsheet");
        assertEquals(List.of("menu-import-sectors", "menu-copy-sectors", "menu-paste-sectors"), ids());
    }

    @Test
    void nothingMatchingShowsNoRowAndClearingShowsAll() {
        viewModel.filterProperty().set("xyzzy");
        assertEquals(List.of(), ids());
        assertEquals("0 of " + StandardAction.values().length + " actions", viewModel.countText().get());
        viewModel.filterProperty().set("  ");
        assertEquals(StandardAction.values().length, viewModel.rows().size());
    }

    private List<String> ids() {
        return viewModel.rows().stream().map(ShortcutRow::id).toList();
    }

    private ShortcutRow row(String id) {
        return viewModel.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
