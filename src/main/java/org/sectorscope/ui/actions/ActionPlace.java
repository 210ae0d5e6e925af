package org.sectorscope.ui.actions;

/**
 * Where an action is found: one of the main window's menus (in the menu bar's order, each with its title
 * and Alt mnemonic), or a pane or window whose own keyboard handler binds the keys, listed so the shortcut
 * sheet can say where a key works.
 */
public enum ActionPlace {
    FILE("_File", "File menu"),
    EDIT("_Edit", "Edit menu"),
    VIEW("_View", "View menu"),
    SECTORS("_Sectors", "Sectors menu"),
    ANALYSTS("_Analysts", "Analysts menu"),
    EVIDENCE("Ev_idence", "Evidence menu"),
    OPTIONS("_Options", "Options menu"),
    EDITION("E_dition", "Edition menu"),
    HELP("_Help", "Help menu"),
    CANVAS(null, "Canvas"),
    EVIDENCE_LIST(null, "Evidence list"),
    EVIDENCE_FORM(null, "Evidence form"),
    OPTIONS_MATRIX(null, "Options matrix"),
    SOURCES_WINDOW(null, "Sources window");

    private final String menuTitle;
    private final String label;

    ActionPlace(String menuTitle, String label) {
        this.menuTitle = menuTitle;
        this.label = label;
    }

    /** Whether this is a menu of the main window, whose items' keys are window-wide accelerators. */
    public boolean isMenu() {
        return menuTitle != null;
    }

    /** The menu's title with its mnemonic marked ({@code "_File"}); null for a pane. */
    public String menuTitle() {
        return menuTitle;
    }

    /** The menu's id for tests: "menu-file", "menu-edition". */
    public String menuId() {
        return "menu-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Where, as the shortcut sheet says it: "File menu", "Canvas". */
    public String label() {
        return label;
    }

    /** Whether the keys work in a window of their own, where the main window's shortcuts do not reach. */
    public boolean ownWindow() {
        return this == SOURCES_WINDOW;
    }
}
