package org.sectorscope.ui.actions;

import javafx.beans.property.BooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** Menus and menu items as the action table says: text, id, accelerator, the menu's Alt mnemonic. */
public final class ActionMenus {
    private ActionMenus() {
    }

    /**
     * The menu item of {@code action}, running {@code run}. Its text is taken literally (mnemonic parsing
     * off), so an Undo text naming a sector with an underscore shows it.
     */
    public static MenuItem item(StandardAction action, Runnable run) {
        MenuItem item = new MenuItem();
        describe(item, action);
        item.setOnAction(e -> run.run());
        return item;
    }

    private static void describe(MenuItem item, StandardAction action) {
        if (!action.place().isMenu()) {
            throw new IllegalArgumentException(action + " is a pane's key, not a menu item");
        }
        item.setText(action.text());
        item.setMnemonicParsing(false);
        item.setId(action.id());
        action.accelerator().ifPresent(item::setAccelerator);
    }

    /** The check item of {@code action}, kept in step both ways with {@code checked}. */
    public static CheckMenuItem checkItem(StandardAction action, BooleanProperty checked) {
        CheckMenuItem item = new CheckMenuItem();
        describe(item, action);
        item.selectedProperty().bindBidirectional(checked);
        return item;
    }

    /** The radio item of {@code action} in {@code group}, running {@code run} when chosen. */
    public static RadioMenuItem radioItem(StandardAction action, ToggleGroup group, Runnable run) {
        RadioMenuItem item = new RadioMenuItem();
        describe(item, action);
        item.setToggleGroup(group);
        item.setOnAction(e -> run.run());
        return item;
    }

    /** Gives {@code menu} the title (with its Alt mnemonic) and id of {@code place}. */
    public static Menu titled(Menu menu, ActionPlace place) {
        menu.setText(place.menuTitle());
        menu.setMnemonicParsing(true);
        menu.setId(place.menuId());
        return menu;
    }

    /**
     * Binds on {@code scene} the keys an action has besides its accelerator (Ctrl+Y for Redo, Ctrl+/ for
     * Keyboard Shortcuts), for every such item of {@code bar}; each fires its item, so a disabled item
     * stays idle whichever key is pressed.
     */
    public static void bindOtherKeys(Scene scene, MenuBar bar) {
        for (Menu menu : bar.getMenus()) {
            bindOtherKeys(scene, menu);
        }
    }

    private static void bindOtherKeys(Scene scene, Menu menu) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                bindOtherKeys(scene, sub);
            } else if (item.getId() != null) {
                StandardAction.byId(item.getId()).ifPresent(a -> {
                    for (KeyCombination key : a.otherKeys()) {
                        scene.getAccelerators().put(key, () -> {
                            if (!item.isDisable()) {
                                item.fire();
                            }
                        });
                    }
                });
            }
        }
    }
}
