package org.sectorscope.ui.main;

import static org.sectorscope.ui.actions.ActionMenus.item;
import static org.sectorscope.ui.actions.StandardAction.*;

import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.sectorscope.session.ProjectDocument;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.actions.ActionMenus;
import org.sectorscope.ui.actions.ActionPlace;
import org.sectorscope.ui.actions.StandardAction;
import org.sectorscope.ui.canvas.AnalystsMenu;
import org.sectorscope.ui.conflicts.ConflictsView;
import org.sectorscope.ui.coverage.CoverageView;
import org.sectorscope.ui.editions.EditionMenu;
import org.sectorscope.ui.export.CanvasClipboard;
import org.sectorscope.ui.export.DeckDialog;
import org.sectorscope.ui.export.ExportDialog;
import org.sectorscope.ui.framework.FrameworkDialog;
import org.sectorscope.ui.help.AboutView;
import org.sectorscope.ui.help.ShortcutSheet;
import org.sectorscope.ui.help.UserGuideView;
import org.sectorscope.ui.options.sensitivity.SensitivityWindow;
import org.sectorscope.ui.sectors.SectorRowsMenu;

/**
 * The main window's menus, each item made from the action table ({@link StandardAction}) and calling the
 * window's actions. Kept apart so the window class holds layout and flows, not menu wiring.
 */
final class MainMenus {
    private final MainWindow window;
    private final ProjectDocument document;
    private final Menu recentMenu = new Menu("Open Recent");
    private MenuBar bar;

    MainMenus(MainWindow window, ProjectDocument document) {
        this.window = window;
        this.document = document;
    }

    MenuBar build(ProjectSession session) {
        MenuItem newItem = item(NEW, window::requestNew);
        MenuItem open = item(OPEN, window::requestOpen);
        MenuItem save = item(SAVE, window::requestSave);
        MenuItem saveAs = item(SAVE_AS, window::requestSaveAs);
        MenuItem quit = item(QUIT, window::requestQuit);
        recentMenu.setId("menu-open-recent");
        document.recentFiles().addListener((ListChangeListener<Path>) c -> rebuildRecent());
        rebuildRecent();
        MenuItem export = item(EXPORT, window::requestExport);
        MenuItem exportDeck = item(EXPORT_BRIEFING_DECK, () -> DeckDialog.show(window.stage(),
                session, ExportDialog.fileChooser(window.stage(), session)));
        MenuItem compareFile = item(COMPARE_WITH_FILE, window::compareWithFile);
        Menu file = new Menu("File", null, newItem, open, recentMenu, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), export, exportDeck, compareFile, new SeparatorMenuItem(), quit);
        ActionMenus.titled(file, ActionPlace.FILE);

        MenuItem undo = item(UNDO, session::undo);
        undo.textProperty().bind(session.undoTextProperty());
        undo.disableProperty().bind(session.canUndoProperty().not());
        MenuItem redo = item(REDO, session::redo);
        redo.textProperty().bind(session.redoTextProperty());
        redo.disableProperty().bind(session.canRedoProperty().not());
        MenuItem framework = item(EDIT_FRAMEWORK, () -> FrameworkDialog.showAndApply(window.stage(), session));
        MenuItem definitions = item(DRIVERS_AND_FIELDS, window::showDefinitions);
        MenuItem copyCanvas = item(COPY_CANVAS, () -> CanvasClipboard
                .copy(window.stage(), session.project(), session.selection().optionId(),
                        window.canvasViewModel().analysts().view())
                .thenRun(() -> document.say("Copied the canvas to the clipboard as an image")));
        MenuItem inspect = item(EDIT_SECTOR, window::startSectorEdit);
        MenuItem comment = item(ADD_COMMENT, window::startComment);
        MenuItem conflicts = item(RESOLVE_CONFLICTS, () -> ConflictsView.show(window.stage(), session));
        Menu edit = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), inspect, comment, copyCanvas,
                new SeparatorMenuItem(), framework, definitions, conflicts);
        ActionMenus.titled(edit, ActionPlace.EDIT);

        MenuItem newEvidence = item(NEW_EVIDENCE, window::startNewEvidence);
        MenuItem sources = item(SOURCES, () -> window.showSources(null));
        MenuItem find = item(FIND_EVIDENCE, window::startEvidenceSearch);
        MenuItem importCsv = item(IMPORT_EVIDENCE, window::requestImportCsv);
        MenuItem exportCsv = item(EXPORT_EVIDENCE, window::requestExportCsv);
        Menu evidenceMenu = new Menu("Evidence", null, newEvidence, find, new SeparatorMenuItem(), sources,
                new SeparatorMenuItem(), importCsv, exportCsv);
        ActionMenus.titled(evidenceMenu, ActionPlace.EVIDENCE);

        MenuItem coverage = item(COVERAGE, () -> CoverageView.show(window.stage(), session));
        MenuItem compare = item(COMPARE_OPTIONS, window::compareSelectedOptions);
        compare.disableProperty().bind(window.compareUnavailable());
        MenuItem weights = item(WEIGHTS, () -> SensitivityWindow.show(window.stage(), session));
        Menu optionsMenu = new Menu("Options", null, compare, weights, coverage);
        ActionMenus.titled(optionsMenu, ActionPlace.OPTIONS);

        Menu view = ViewMenu.build(window.view(), window.layout(), window::resetLayout);

        Menu sectorsMenu = new SectorRowsMenu(document, window.sectorsViewModel(), window::stage).menu();
        Menu analystsMenu = new AnalystsMenu(document, window.canvasViewModel().analysts(), window::stage).menu();
        Menu editionMenu = new EditionMenu(document, window::stage, window::showWhatMoved).menu();
        Menu help = new Menu("Help", null, item(KEYBOARD_SHORTCUTS, () -> ShortcutSheet.show(window.stage())),
                item(USER_GUIDE, () -> UserGuideView.show(window.stage())), new SeparatorMenuItem(),
                item(ABOUT, () -> AboutView.show(window.stage())));
        ActionMenus.titled(help, ActionPlace.HELP);
        bar = new MenuBar(file, edit, view, sectorsMenu, analystsMenu, evidenceMenu, optionsMenu, editionMenu, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** Binds the keys some items have besides their accelerator (Ctrl+Y for Redo) on the window's scene. */
    void bindOtherKeys(Scene scene) {
        ActionMenus.bindOtherKeys(scene, bar);
    }

    private void rebuildRecent() {
        recentMenu.getItems().clear();
        for (Path p : document.recentFiles()) {
            MenuItem mi = new MenuItem(p.getFileName() + "  \u2014  " + p.getParent());
            mi.setMnemonicParsing(false);
            mi.setOnAction(e -> window.requestOpen(p));
            recentMenu.getItems().add(mi);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }
}
