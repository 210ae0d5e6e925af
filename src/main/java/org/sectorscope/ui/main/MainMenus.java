package org.sectorscope.ui.main;

import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.sectorscope.session.ProjectDocument;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.canvas.AnalystsMenu;
import org.sectorscope.ui.common.MenuItems;
import org.sectorscope.ui.conflicts.ConflictsView;
import org.sectorscope.ui.coverage.CoverageView;
import org.sectorscope.ui.editions.EditionMenu;
import org.sectorscope.ui.export.CanvasClipboard;
import org.sectorscope.ui.export.DeckDialog;
import org.sectorscope.ui.export.ExportDialog;
import org.sectorscope.ui.framework.FrameworkDialog;
import org.sectorscope.ui.options.sensitivity.SensitivityWindow;
import org.sectorscope.ui.sectors.SectorRowsMenu;

/**
 * The main window's menus: File, Edit, View, Evidence and Options, each item with its shortcut, calling
 * the window's actions. Kept apart so the window class holds layout and flows, not menu wiring.
 */
final class MainMenus {
    private final MainWindow window;
    private final ProjectDocument document;
    private final Menu recentMenu = new Menu("Open Recent");

    MainMenus(MainWindow window, ProjectDocument document) {
        this.window = window;
        this.document = document;
    }

    MenuBar build(ProjectSession session) {
        MenuItem newItem = item("New", "Shortcut+N", window::requestNew);
        MenuItem open = item("Open\u2026", "Shortcut+O", window::requestOpen);
        MenuItem save = item("Save", "Shortcut+S", window::requestSave);
        MenuItem saveAs = item("Save As\u2026", "Shortcut+Shift+S", window::requestSaveAs);
        MenuItem quit = item("Quit", "Shortcut+Q", window::requestQuit);
        recentMenu.setId("menu-open-recent");
        document.recentFiles().addListener((ListChangeListener<Path>) c -> rebuildRecent());
        rebuildRecent();
        MenuItem export = item("Export\u2026", "Shortcut+Shift+X", window::requestExport);
        MenuItem exportDeck = item("Export Briefing Deck\u2026", null, () -> DeckDialog.show(window.stage(),
                session, ExportDialog.fileChooser(window.stage(), session)));
        MenuItem compareFile = item("Compare with File\u2026", null, window::compareWithFile);
        Menu file = new Menu("File", null, newItem, open, recentMenu, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), export, exportDeck, compareFile, new SeparatorMenuItem(), quit);
        file.setId("menu-file");

        MenuItem undo = item("Undo", "Shortcut+Z", session::undo);
        undo.textProperty().bind(session.undoTextProperty());
        undo.disableProperty().bind(session.canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", session::redo);
        redo.textProperty().bind(session.redoTextProperty());
        redo.disableProperty().bind(session.canRedoProperty().not());
        MenuItem framework = item("Edit Framework\u2026", "Shortcut+Shift+F",
                () -> FrameworkDialog.showAndApply(window.stage(), session));
        MenuItem definitions = item("Drivers and Fields\u2026", "Shortcut+Shift+D", window::showDefinitions);
        MenuItem copyCanvas = item("Copy Canvas as Image", "Shortcut+Shift+I", () -> CanvasClipboard
                .copy(window.stage(), session.project(), session.selection().optionId(),
                        window.canvasViewModel().analysts().view())
                .thenRun(() -> document.say("Copied the canvas to the clipboard as an image")));
        MenuItem inspect = item("Edit Sector", "Shortcut+I", window::startSectorEdit);
        MenuItem comment = item("Add Comment", "Shortcut+Shift+M", window::startComment);
        MenuItem conflicts = item("Resolve Conflicts\u2026", null, () -> ConflictsView.show(window.stage(), session));
        Menu edit = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), inspect, comment, copyCanvas,
                new SeparatorMenuItem(), framework, definitions, conflicts);
        edit.setId("menu-edit");

        MenuItem newEvidence = item("New Evidence Item", "Shortcut+E", window::startNewEvidence);
        MenuItem sources = item("Sources\u2026", "Shortcut+Shift+R", () -> window.showSources(null));
        MenuItem find = item("Find Evidence\u2026", "Shortcut+Shift+E", window::startEvidenceSearch);
        MenuItem importCsv = item("Import Evidence from CSV\u2026", null, window::requestImportCsv);
        MenuItem exportCsv = item("Export Evidence to CSV\u2026", null, window::requestExportCsv);
        Menu evidenceMenu = new Menu("Evidence", null, newEvidence, find, new SeparatorMenuItem(), sources,
                new SeparatorMenuItem(), importCsv, exportCsv);
        evidenceMenu.setId("menu-evidence");

        MenuItem coverage = item("Coverage of the Quadrants\u2026", "Shortcut+Shift+K",
                () -> CoverageView.show(window.stage(), session));
        MenuItem compare = item("Compare Selected Options\u2026", "Shortcut+Shift+C", window::compareSelectedOptions);
        compare.disableProperty().bind(window.compareUnavailable());
        MenuItem weights = item("Weights and Sensitivity\u2026", "Shortcut+Shift+W",
                () -> SensitivityWindow.show(window.stage(), session));
        Menu optionsMenu = new Menu("Options", null, compare, weights, coverage);
        optionsMenu.setId("menu-options");

        Menu view = new Menu("View", null, item("Reset Layout", null, window::resetLayout));
        view.setId("menu-view");

        Menu sectorsMenu = new SectorRowsMenu(document, window.sectorsViewModel(), window::stage).menu();
        Menu analystsMenu = new AnalystsMenu(document, window.canvasViewModel().analysts(), window::stage).menu();
        Menu editionMenu = new EditionMenu(document, window::stage, window::showWhatMoved).menu();
        MenuBar bar = new MenuBar(file, edit, view, sectorsMenu, analystsMenu, evidenceMenu, optionsMenu, editionMenu);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** An item whose id is made from its text ("Save As..." is "menu-save-as"). */
    private static MenuItem item(String text, String accelerator, Runnable action) {
        String id = "menu-" + text.toLowerCase().replaceAll("[^a-z]+", "-").replaceAll("-$", "");
        return MenuItems.item(text, id, accelerator, action);
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
