package org.sectorscope.ui.sectors;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.sectorscope.model.Sector;
import org.sectorscope.session.ProjectDocument;
import org.sectorscope.session.SectorCsvActions.Confirm;
import org.sectorscope.session.SectorCsvActions;
import org.sectorscope.ui.actions.ActionMenus;
import org.sectorscope.ui.actions.ActionPlace;
import org.sectorscope.ui.actions.StandardAction;
import org.sectorscope.ui.common.WindowSetup;

/**
 * The Sectors menu: sectors from and to spreadsheets. Import from a CSV file; copy the selected sectors
 * as rows a spreadsheet (or another project) pastes; paste such rows; export all, the selection or the
 * filtered list to CSV. Copy and paste keep their usual meaning in a text field: the shortcut then
 * copies or pastes text, not sectors.
 */
public final class SectorRowsMenu {
    private final ProjectDocument document;
    private final SectorsViewModel sectors;
    private final Supplier<Window> owner;

    public SectorRowsMenu(ProjectDocument document, SectorsViewModel sectors, Supplier<Window> owner) {
        this.document = document;
        this.sectors = sectors;
        this.owner = owner;
    }

    public Menu menu() {
        Menu menu = new Menu("Sectors", null,
                ActionMenus.item(StandardAction.IMPORT_SECTORS, this::importFile),
                ActionMenus.item(StandardAction.EXPORT_SECTORS, this::exportFile),
                new SeparatorMenuItem(),
                ActionMenus.item(StandardAction.COPY_SECTORS, this::copy),
                ActionMenus.item(StandardAction.PASTE_SECTORS, this::paste));
        return ActionMenus.titled(menu, ActionPlace.SECTORS);
    }

    private SectorCsvActions actions() {
        return document.sectorCsv();
    }

    private Confirm confirm() {
        return (preview, what) -> SectorImportDialog.confirm(owner.get(),
                new SectorImportDialogViewModel(preview, what, document.session().project()));
    }

    public void importFile() {
        actions().importChosenFile(confirm());
    }

    /** Asks which sectors when there is a choice (a selection or a filter), then where to write them. */
    public void exportFile() {
        List<SectorScopes.Scope> scopes = scopes();
        Optional<SectorScopes.Scope> scope = Optional.of(scopes.get(0));
        if (scopes.size() > 1) {
            ChoiceDialog<SectorScopes.Scope> ask = new ChoiceDialog<>(scopes.get(scopes.size() - 1), scopes);
            ask.setTitle("Export sectors to CSV");
            ask.setHeaderText("Which sectors?");
            ask.getDialogPane().setId("sector-export-scope");
            WindowSetup.initDialog(ask, owner.get());
            scope = ask.showAndWait();
        }
        scope.ifPresent(s -> actions().exportToChosenFile(s.sectors()));
    }

    private List<SectorScopes.Scope> scopes() {
        String filter = sectors.filterProperty().get();
        List<String> shown = filter == null || filter.isBlank() ? null
                : sectors.items().stream().map(SectorItem::id).toList();
        return SectorScopes.of(document.session().project(), document.session().selection().sectorIds(), shown);
    }

    public void copy() {
        if (focusedText().map(t -> {
            t.copy();
            return true;
        }).orElse(false)) {
            return;
        }
        List<Sector> chosen = SectorScopes.inOrder(document.session().project(),
                document.session().selection().sectorIds());
        if (chosen.isEmpty()) {
            document.say("Select the sectors to copy first");
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(actions().rowsToCopy(chosen));
        Clipboard.getSystemClipboard().setContent(content);
        document.say("Copied " + (chosen.size() == 1 ? "1 sector" : chosen.size() + " sectors") + " as rows for a spreadsheet or another project");
    }

    public void paste() {
        if (focusedText().map(t -> {
            t.paste();
            return true;
        }).orElse(false)) {
            return;
        }
        actions().importPasted(Clipboard.getSystemClipboard().getString(), confirm());
    }

    /** The text field or area that has the keyboard, whose own copy and paste the shortcuts keep. */
    private Optional<TextInputControl> focusedText() {
        Window w = owner.get();
        Node focus = w == null || w.getScene() == null ? null : w.getScene().getFocusOwner();
        return focus instanceof TextInputControl t ? Optional.of(t) : Optional.empty();
    }
}
