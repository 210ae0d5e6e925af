package org.sectorscope.ui.common;

import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/** A menu item as every menu of the window makes one: its text, an id for tests, a shortcut, an action. */
public final class MenuItems {
    private MenuItems() {
    }

    /** {@code id} may be null; {@code accelerator} is a {@link KeyCombination} text ("Shortcut+Shift+T") or null. */
    public static MenuItem item(String text, String id, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
