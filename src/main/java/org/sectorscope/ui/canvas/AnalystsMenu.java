package org.sectorscope.ui.canvas;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Window;
import org.sectorscope.logic.LayerImport;
import org.sectorscope.model.AnalystLayer;
import org.sectorscope.session.ProjectDocument;
import org.sectorscope.ui.actions.ActionMenus;
import org.sectorscope.ui.actions.ActionPlace;
import org.sectorscope.ui.actions.StandardAction;
import org.sectorscope.ui.common.FieldMarks;
import org.sectorscope.ui.common.WindowSetup;

/**
 * The Analysts menu: whose placements the canvas shows (the project's own, the consensus, one analyst
 * alone) and the layers themselves: import another analyst's file, add my placements, rename, remove. Each
 * layer edit is one undo step; the menu only asks and shows what the view model and the document decide.
 */
public final class AnalystsMenu {
    private final ProjectDocument document;
    private final AnalystLayersViewModel analysts;
    private final Supplier<Window> owner;
    private final Menu menu = new Menu("Analysts");

    public AnalystsMenu(ProjectDocument document, AnalystLayersViewModel analysts, Supplier<Window> owner) {
        this.document = document;
        this.analysts = analysts;
        this.owner = owner;
        ActionMenus.titled(menu, ActionPlace.ANALYSTS);
        menu.setOnShowing(e -> rebuild()); // the layers change with every edit and undo
        rebuild();
    }

    public Menu menu() {
        return menu;
    }

    private void rebuild() {
        menu.getItems().clear();
        ToggleGroup show = new ToggleGroup();
        for (AnalystLayersViewModel.Choice c : analysts.choices()) {
            RadioMenuItem item = new RadioMenuItem("Show: " + c.label());
            item.setMnemonicParsing(false); // an analyst's name, taken literally
            item.setToggleGroup(show);
            item.setSelected(c.equals(analysts.chosenProperty().get()));
            item.setOnAction(e -> analysts.choose(c));
            menu.getItems().add(item);
        }
        menu.getItems().addAll(new SeparatorMenuItem(),
                ActionMenus.item(StandardAction.IMPORT_ANALYST, this::importFile),
                ActionMenus.item(StandardAction.ADD_MY_PLACEMENTS, this::addMine));
        Menu rename = new Menu("Rename Layer");
        Menu remove = new Menu("Remove Layer");
        for (AnalystLayer l : analysts.layers()) {
            rename.getItems().add(item(l.analyst() + "\u2026", () -> rename(l)));
            remove.getItems().add(item(l.analyst(), () -> refused(analysts::remove, l.id())));
        }
        rename.setDisable(rename.getItems().isEmpty());
        remove.setDisable(remove.getItems().isEmpty());
        menu.getItems().addAll(rename, remove);
    }

    /** An item named by data (an analyst's name): its text is taken literally. */
    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false);
        item.setOnAction(e -> action.run());
        return item;
    }

    private void importFile() {
        document.analystLayers().importChosenFile(this::askName);
    }

    /** Shows what the file adds and asks whose layer it is, offering the file's author. */
    private Optional<String> askName(LayerImport in) {
        return ask("Import analyst's placements", in.fileName() + ": " + in.report() + ".\nWhose placements are these?",
                in.suggestedName(), null);
    }

    private void addMine() {
        ask("Add my placements as a layer", "The project's current placements, kept as one analyst's layer."
                + "\nWhose placements are these?", analysts.ownName(), null)
                .ifPresent(name -> refused(analysts::addMyPlacements, name));
    }

    private void rename(AnalystLayer l) {
        ask("Rename layer", "The analyst whose placements these are:", l.analyst(), l.id())
                .ifPresent(name -> refused(n -> analysts.rename(l.id(), n), name));
    }

    /** Asks for an analyst's name for layer {@code layerId} (null: a new one); a refused name keeps OK off. */
    private Optional<String> ask(String title, String header, String suggested, String layerId) {
        TextInputDialog dialog = new TextInputDialog(suggested);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId("analyst-name-dialog");
        StringBinding problem = Bindings.createStringBinding(
                () -> analysts.nameProblem(layerId, dialog.getEditor().getText()), dialog.getEditor().textProperty());
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(problem.isNotEmpty());
        new FieldMarks().refuse(dialog.getEditor(), problem).showFromStart();
        WindowSetup.initDialog(dialog, owner.get());
        return dialog.showAndWait().filter(s -> !s.isBlank());
    }

    /** Runs an edit; a refusal (a taken name, nothing to copy) is shown, not thrown. */
    private void refused(Consumer<String> edit, String value) {
        try {
            edit.accept(value);
        } catch (IllegalArgumentException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage() + ".");
            alert.setHeaderText("Could not change the analyst layers");
            WindowSetup.initDialog(alert, owner.get());
            alert.showAndWait();
        }
    }
}
