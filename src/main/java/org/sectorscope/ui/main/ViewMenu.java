package org.sectorscope.ui.main;

import static org.sectorscope.ui.actions.ActionMenus.checkItem;
import static org.sectorscope.ui.actions.ActionMenus.item;
import static org.sectorscope.ui.actions.ActionMenus.radioItem;

import java.util.List;
import java.util.Map;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.sectorscope.ui.actions.ActionMenus;
import org.sectorscope.ui.actions.ActionPlace;
import org.sectorscope.ui.actions.StandardAction;
import org.sectorscope.ui.common.AppLook.Theme;

/** The View menu: Theme and Text Size (radio items), a check item per pane, Reset Layout. */
final class ViewMenu {
    private static final Map<Theme, StandardAction> THEMES = Map.of(Theme.LIGHT, StandardAction.THEME_LIGHT,
            Theme.DARK, StandardAction.THEME_DARK);
    private static final Map<Integer, StandardAction> TEXT_SIZES = Map.of(90, StandardAction.TEXT_SIZE_90,
            100, StandardAction.TEXT_SIZE_100, 110, StandardAction.TEXT_SIZE_110, 125, StandardAction.TEXT_SIZE_125,
            150, StandardAction.TEXT_SIZE_150);
    private static final Map<String, StandardAction> PANES = Map.of("sectors", StandardAction.SHOW_SECTORS,
            "canvas", StandardAction.SHOW_CANVAS, "evidence", StandardAction.SHOW_EVIDENCE,
            "options", StandardAction.SHOW_OPTIONS);

    private ViewMenu() {
    }

    static Menu build(ViewMenuViewModel view, PaneLayoutViewModel layout, Runnable resetLayout) {
        ToggleGroup themes = new ToggleGroup();
        Menu theme = submenu("Theme", "menu-theme");
        for (Theme t : Theme.values()) {
            RadioMenuItem item = radioItem(THEMES.get(t), themes, () -> view.chooseTheme(t));
            item.setSelected(view.themeProperty().get() == t);
            view.themeProperty().addListener((obs, old, now) -> item.setSelected(now == t));
            theme.getItems().add(item);
        }
        ToggleGroup sizes = new ToggleGroup();
        Menu text = submenu("Text Size", "menu-text-size");
        for (int scale : org.sectorscope.store.WindowSettings.TEXT_SCALES) {
            RadioMenuItem item = radioItem(TEXT_SIZES.get(scale), sizes, () -> view.chooseTextScale(scale));
            item.setSelected(view.textScaleProperty().get() == scale);
            view.textScaleProperty().addListener((obs, old, now) -> item.setSelected(now.intValue() == scale));
            text.getItems().add(item);
        }
        Menu menu = new Menu("View", null, theme, text, new SeparatorMenuItem());
        for (String pane : PaneLayoutViewModel.PANES) {
            CheckMenuItem item = checkItem(PANES.get(pane), layout.shown(pane));
            item.disableProperty().bind(layout.onlyOneShown(pane));
            menu.getItems().add(item);
        }
        menu.getItems().addAll(List.<MenuItem>of(new SeparatorMenuItem(),
                item(StandardAction.RESET_LAYOUT, resetLayout)));
        return ActionMenus.titled(menu, ActionPlace.VIEW);
    }

    private static Menu submenu(String text, String id) {
        Menu menu = new Menu(text);
        menu.setMnemonicParsing(false);
        menu.setId(id);
        return menu;
    }
}
