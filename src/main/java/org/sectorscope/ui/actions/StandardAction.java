package org.sectorscope.ui.actions;

import static org.sectorscope.ui.actions.ActionPlace.ANALYSTS;
import static org.sectorscope.ui.actions.ActionPlace.CANVAS;
import static org.sectorscope.ui.actions.ActionPlace.EDIT;
import static org.sectorscope.ui.actions.ActionPlace.EDITION;
import static org.sectorscope.ui.actions.ActionPlace.EVIDENCE;
import static org.sectorscope.ui.actions.ActionPlace.EVIDENCE_FORM;
import static org.sectorscope.ui.actions.ActionPlace.EVIDENCE_LIST;
import static org.sectorscope.ui.actions.ActionPlace.FILE;
import static org.sectorscope.ui.actions.ActionPlace.HELP;
import static org.sectorscope.ui.actions.ActionPlace.OPTIONS;
import static org.sectorscope.ui.actions.ActionPlace.OPTIONS_MATRIX;
import static org.sectorscope.ui.actions.ActionPlace.SECTORS;
import static org.sectorscope.ui.actions.ActionPlace.SOURCES_WINDOW;
import static org.sectorscope.ui.actions.ActionPlace.VIEW;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCombination;

/**
 * Every action of the window with a fixed name, in one table: where it is, its text, its id, what it does
 * and its keys. The menus are made from it ({@link ActionMenus}), its first key is the menu item's
 * accelerator and any further keys are bound on the window's scene; the shortcut sheet lists it. A pane's
 * keys (the canvas, the evidence list...) stay bound in the pane's own handler and are listed here so the
 * sheet shows them; a test presses each at its pane. Keys are {@link KeyCombination} texts.
 */
public enum StandardAction {
    NEW(FILE, "New", "menu-new", "Start an empty project", "Shortcut+N"),
    OPEN(FILE, "Open\u2026", "menu-open", "Open a project file, or a PNG, SVG, PPTX or XLSX that carries one",
            "Shortcut+O"),
    SAVE(FILE, "Save", "menu-save", "Save the project (asks where the first time)", "Shortcut+S"),
    SAVE_AS(FILE, "Save As\u2026", "menu-save-as", "Save the project under another name", "Shortcut+Shift+S"),
    EXPORT(FILE, "Export\u2026", "menu-export", "Export the figure or the data: PNG, SVG, PDF, PowerPoint, Excel,"
            + " Markdown", "Shortcut+Shift+X"),
    EXPORT_BRIEFING_DECK(FILE, "Export Briefing Deck\u2026", "menu-export-briefing-deck",
            "Write a briefing deck: cover, figure, a slide per quadrant, the options and the sources"),
    COMPARE_WITH_FILE(FILE, "Compare with File\u2026", "menu-compare-with-file",
            "List what differs between this project and another file"),
    QUIT(FILE, "Quit", "menu-quit", "Close the window (asks about unsaved changes)", "Shortcut+Q"),

    UNDO(EDIT, "Undo", "menu-undo", "Undo the last change", "Shortcut+Z"),
    REDO(EDIT, "Redo", "menu-redo", "Redo the change just undone", "Shortcut+Shift+Z", "Shortcut+Y"),
    EDIT_SECTOR(EDIT, "Edit Sector", "menu-edit-sector",
            "Edit the selected sectors' fields in the inspector (Evidence pane, Edit tab)", "Shortcut+I"),
    ADD_COMMENT(EDIT, "Add Comment", "menu-add-comment",
            "Comment on the selected sector, one of its evidence items or an option", "Shortcut+Shift+M"),
    COPY_CANVAS(EDIT, "Copy Canvas as Image", "menu-copy-canvas-as-image", "Copy the canvas to the clipboard as"
            + " an image", "Shortcut+Shift+I"),
    EDIT_FRAMEWORK(EDIT, "Edit Framework\u2026", "menu-edit-framework",
            "Axes, poles, quadrant letters, names and colours", "Shortcut+Shift+F"),
    DRIVERS_AND_FIELDS(EDIT, "Drivers and Fields\u2026", "menu-drivers-and-fields",
            "The project's drivers (name, shape, colour) and fields (name, number or text, unit)",
            "Shortcut+Shift+D"),
    RESOLVE_CONFLICTS(EDIT, "Resolve Conflicts\u2026", "menu-resolve-conflicts",
            "What a merge left in conflict: keep ours or take theirs"),

    THEME_LIGHT(VIEW, "Light", "menu-theme-light", "Light theme (Primer Light); exports keep their print look"),
    THEME_DARK(VIEW, "Dark", "menu-theme-dark", "Dark theme (Primer Dark); exports keep their print look"),
    TEXT_SIZE_90(VIEW, "90%", "menu-text-size-90", "Text size 90% in every window"),
    TEXT_SIZE_100(VIEW, "100%", "menu-text-size-100", "Text size 100% (the normal size) in every window"),
    TEXT_SIZE_110(VIEW, "110%", "menu-text-size-110", "Text size 110% in every window"),
    TEXT_SIZE_125(VIEW, "125%", "menu-text-size-125", "Text size 125% in every window"),
    TEXT_SIZE_150(VIEW, "150%", "menu-text-size-150", "Text size 150% in every window"),
    SHOW_SECTORS(VIEW, "Sectors Pane", "menu-show-sectors-pane", "Show or hide the Sectors pane"),
    SHOW_CANVAS(VIEW, "Canvas Pane", "menu-show-canvas-pane", "Show or hide the quadrant canvas"),
    SHOW_EVIDENCE(VIEW, "Evidence Pane", "menu-show-evidence-pane", "Show or hide the Evidence pane"),
    SHOW_OPTIONS(VIEW, "Options Pane", "menu-show-options-pane", "Show or hide the Policy options pane"),
    RESET_LAYOUT(VIEW, "Reset Layout", "menu-reset-layout",
            "Show every pane again and put the panes back at their default sizes"),

    IMPORT_SECTORS(SECTORS, "Import Sectors from CSV\u2026", "menu-import-sectors",
            "Add or update sectors from a spreadsheet's rows, previewed first"),
    EXPORT_SECTORS(SECTORS, "Export Sectors to CSV\u2026", "menu-export-sectors",
            "Write all, the selected or the filtered sectors as CSV"),
    COPY_SECTORS(SECTORS, "Copy Sectors as Rows", "menu-copy-sectors",
            "Copy the selected sectors as rows for a spreadsheet or another project (outside text fields)",
            "Shortcut+C"),
    PASTE_SECTORS(SECTORS, "Paste Sectors", "menu-paste-sectors",
            "Paste rows copied from a spreadsheet or another project (outside text fields)", "Shortcut+V"),

    IMPORT_ANALYST(ANALYSTS, "Import Analyst's File as Layer\u2026", "menu-import-analyst",
            "Show another analyst's placements as a layer"),
    ADD_MY_PLACEMENTS(ANALYSTS, "Add My Placements as Layer\u2026", "menu-add-my-placements",
            "Keep the current placements as one analyst's layer"),

    NEW_EVIDENCE(EVIDENCE, "New Evidence Item", "menu-new-evidence-item",
            "Capture an evidence item for the selected sector", "Shortcut+E"),
    FIND_EVIDENCE(EVIDENCE, "Find Evidence\u2026", "menu-find-evidence",
            "Search every evidence item by text, source, grade, tag and bearing", "Shortcut+Shift+E"),
    SOURCES(EVIDENCE, "Sources\u2026", "menu-sources", "Edit, add, delete and open the project's sources",
            "Shortcut+Shift+R"),
    IMPORT_EVIDENCE(EVIDENCE, "Import Evidence from CSV\u2026", "menu-import-evidence-from-csv",
            "Add or update evidence items from a CSV file, previewed first"),
    EXPORT_EVIDENCE(EVIDENCE, "Export Evidence to CSV\u2026", "menu-export-evidence-to-csv",
            "Write every evidence item as CSV"),

    COMPARE_OPTIONS(OPTIONS, "Compare Selected Options\u2026", "menu-compare-selected-options",
            "The 2-4 selected options side by side", "Shortcut+Shift+C"),
    WEIGHTS(OPTIONS, "Weights and Sensitivity\u2026", "menu-weights-and-sensitivity",
            "Weight sliders and what would change the ranking", "Shortcut+Shift+W"),
    COVERAGE(OPTIONS, "Coverage of the Quadrants\u2026", "menu-coverage-of-the-quadrants",
            "Which options address each quadrant", "Shortcut+Shift+K"),

    TAKE_SNAPSHOT(EDITION, "Take Snapshot\u2026", "menu-take-snapshot",
            "Record the assessment as a named, dated edition", "Shortcut+Shift+T"),
    EDITIONS(EDITION, "Editions\u2026", "menu-editions", "List, view, restore, rename and delete editions"),
    WHAT_MOVED(EDITION, "What Moved", "menu-what-moved", "What moved since an edition, with the reasons recorded"),
    BACK_TO_CURRENT(EDITION, "Back to Current State", "menu-back-to-current",
            "Leave an edition or a comparison and show the project as it is"),

    KEYBOARD_SHORTCUTS(HELP, "Keyboard Shortcuts", "menu-keyboard-shortcuts",
            "This list of every action and its keys, searchable", "F1", "Shortcut+Slash"),
    USER_GUIDE(HELP, "User Guide", "menu-user-guide", "How to use the window, from the README"),
    ABOUT(HELP, "About Sectorscope", "menu-about", "The version, the licence and the libraries used"),

    CANVAS_NUDGE(CANVAS, "Nudge the selected sectors", "canvas-nudge", "0.02 of the axis, one undo step a key",
            "Left", "Right", "Up", "Down"),
    CANVAS_NUDGE_FURTHER(CANVAS, "Nudge the selected sectors further", "canvas-nudge-further", "0.1 of the axis",
            "Shift+Left", "Shift+Right", "Shift+Up", "Shift+Down"),
    CANVAS_RENAME(CANVAS, "Rename the selected sector", "canvas-rename", "Enter keeps the name, Esc cancels",
            "Enter", "F2"),
    CANVAS_ADD(CANVAS, "Add a sector", "canvas-add", "Beside the selected sector, else in the middle", "Insert"),
    CANVAS_DELETE(CANVAS, "Delete the selected sectors", "canvas-delete", "After confirming", "Delete",
            "Backspace"),
    CANVAS_NEXT(CANVAS, "Select the next sector", "canvas-next", "Walk the sectors without the mouse", "Tab"),
    CANVAS_PREVIOUS(CANVAS, "Select the previous sector", "canvas-previous", "Walk the sectors backwards",
            "Shift+Tab"),
    CANVAS_LEAVE(CANVAS, "Leave the canvas", "canvas-leave", "To the next control (Tab walks the sectors);"
            + " with Shift, to the one before", "Ctrl+Tab", "Ctrl+Shift+Tab"),
    CANVAS_CLEAR_SELECTION(CANVAS, "Clear the selection", "canvas-clear-selection", "Select no sector", "Esc"),
    CANVAS_SELECT_ALL(CANVAS, "Select all sectors", "canvas-select-all", "Every sector on the canvas",
            "Shortcut+A"),
    CANVAS_PAN(CANVAS, "Pan", "canvas-pan", "Hold Space and drag", "Space"),
    CANVAS_ZOOM_IN(CANVAS, "Zoom in", "canvas-zoom-in", "Or Ctrl (\u2318) and the wheel",
            "Shortcut+Equals", "Shortcut+Plus"),
    CANVAS_ZOOM_OUT(CANVAS, "Zoom out", "canvas-zoom-out", "Or Ctrl (\u2318) and the wheel", "Shortcut+Minus"),
    CANVAS_ZOOM_FIT(CANVAS, "Fit the plot to the window", "canvas-zoom-fit", "Zoom to fit", "Shortcut+0"),
    CANVAS_ZOOM_ACTUAL(CANVAS, "Zoom to 100%", "canvas-zoom-actual", "The plot at its natural size",
            "Shortcut+1"),

    EVIDENCE_PICK(EVIDENCE_LIST, "Pick the item above or below", "evidence-pick", "The picked item is the one"
            + " edited, moved or deleted", "Up", "Down"),
    EVIDENCE_MOVE(EVIDENCE_LIST, "Move the picked item up or down", "evidence-move", "Reorder the sector's"
            + " evidence", "Alt+Up", "Alt+Down"),
    EVIDENCE_EDIT(EVIDENCE_LIST, "Edit the picked item", "evidence-edit", "Opens the evidence form on it",
            "Enter", "F2"),
    EVIDENCE_DELETE(EVIDENCE_LIST, "Delete the picked item", "evidence-delete", "One undo step", "Delete",
            "Backspace"),

    FORM_SAVE(EVIDENCE_FORM, "Save the evidence item", "evidence-form-save",
            "Enter alone does it in a one-line field", "Shortcut+Enter"),
    FORM_CANCEL(EVIDENCE_FORM, "Cancel the evidence form", "evidence-form-cancel",
            "After typing, asks first: a second Esc discards the draft", "Esc"),

    MATRIX_SCORE(OPTIONS_MATRIX, "Score the focused cell", "matrix-score",
            "1 works strongly against the criterion, 3 neutral, 5 serves it strongly", "1", "2", "3", "4", "5"),
    MATRIX_CLEAR(OPTIONS_MATRIX, "Clear the focused score", "matrix-clear",
            "On an option's rank, name or total: delete the selected options", "Delete", "Backspace"),
    MATRIX_EDIT(OPTIONS_MATRIX, "Edit the focused cell", "matrix-edit",
            "A score's value, rationale and evidence; or the option", "Enter", "F2"),
    MATRIX_EDIT_CRITERION(OPTIONS_MATRIX, "Edit the focused column's criterion", "matrix-edit-criterion",
            "Its name and weight", "Shift+Enter", "Shift+F2"),
    MATRIX_ADD_OPTION(OPTIONS_MATRIX, "Add an option", "matrix-add-option", "A new policy option", "Insert"),

    SOURCE_ADD(SOURCES_WINDOW, "Add a source", "source-add", "A new source, ready to fill in", "Shortcut+N"),
    SOURCE_DELETE(SOURCES_WINDOW, "Delete the selected source", "source-delete",
            "Only a source no evidence cites", "Delete");

    private final ActionPlace place;
    private final String text;
    private final String id;
    private final String description;
    private final List<String> keys;

    StandardAction(ActionPlace place, String text, String id, String description, String... keys) {
        this.place = place;
        this.text = text;
        this.id = id;
        this.description = description;
        this.keys = List.of(keys);
    }

    public ActionPlace place() {
        return place;
    }

    /** The menu item's text, or what the pane's key does. */
    public String text() {
        return text;
    }

    /** The menu item's id ("menu-save-as"); tests find items by it. */
    public String id() {
        return id;
    }

    /** One line on what the action does, for the shortcut sheet. */
    public String description() {
        return description;
    }

    /** Every key that runs the action, the menu's accelerator first; empty when it has none. */
    public List<KeyCombination> keys() {
        return keys.stream().map(KeyCombination::keyCombination).toList();
    }

    /** The menu item's accelerator: the first key. */
    public Optional<KeyCombination> accelerator() {
        return keys.isEmpty() ? Optional.empty() : Optional.of(KeyCombination.keyCombination(keys.get(0)));
    }

    /** Keys after the first, bound on the main window's scene (Redo's Ctrl+Y); none for a pane's action. */
    public List<KeyCombination> otherKeys() {
        return place.isMenu() ? keys().subList(Math.min(1, keys.size()), keys.size()) : List.of();
    }

    /** The actions of one place, in table order. */
    public static List<StandardAction> in(ActionPlace place) {
        return Arrays.stream(values()).filter(a -> a.place == place).toList();
    }

    /** The action whose id this is. */
    public static Optional<StandardAction> byId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }
}
