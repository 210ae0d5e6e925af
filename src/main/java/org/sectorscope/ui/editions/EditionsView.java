package org.sectorscope.ui.editions;

import java.time.Clock;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sectorscope.model.TextLimit;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.common.FieldMarks;
import org.sectorscope.ui.common.TextLimitFilter;
import org.sectorscope.ui.common.WindowSetup;

/**
 * The Editions window: the project's editions with their dates and sector counts, flagged where they
 * name sectors the project lacks, and the buttons to view, compare, restore, rename and delete one.
 */
public final class EditionsView extends VBox {
    private static Stage open;
    private final EditionsViewModel viewModel;
    private final ListView<EditionsViewModel.Row> list = new ListView<>();

    public EditionsView(EditionsViewModel viewModel) {
        this.viewModel = viewModel;
        setId("editions-view");
        setSpacing(8);
        setPadding(new Insets(10));
        Label intro = new Label("Editions are dated snapshots of the placements and scores. View one on the canvas"
                + " (read-only), compare it with now, or restore it.");
        intro.setWrapText(true);
        intro.getStyleClass().add("hint");
        list.setId("editions-list");
        list.setAccessibleText("Editions");
        list.setItems(viewModel.rows());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(EditionsViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.text());
            }
        });
        list.setPlaceholder(new Label("No editions yet: Edition > Take Snapshot\u2026 records one."));
        VBox.setVgrow(list, Priority.ALWAYS);
        BooleanBinding none = list.getSelectionModel().selectedItemProperty().isNull();
        Button view = button("View", "edition-view", none, () -> viewModel.view(selected()));
        Button compare = button("Compare with Now", "edition-compare", none,
                () -> viewModel.compareWithCurrent(selected()));
        Button restore = button("Restore\u2026", "edition-restore", none, this::restore);
        Button rename = button("Rename\u2026", "edition-rename", none, this::rename);
        Button delete = button("Delete", "edition-delete", none, () -> viewModel.delete(selected()));
        Button take = new Button("Take Snapshot\u2026");
        take.setId("edition-take");
        take.setOnAction(e -> askAndTake(getScene().getWindow(), viewModel));
        HBox buttons = new HBox(8, view, compare, restore, rename, delete, take);
        getChildren().addAll(intro, list, buttons);
    }

    private static Button button(String text, String id, BooleanBinding disabled, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.disableProperty().bind(disabled);
        b.setOnAction(e -> action.run());
        return b;
    }

    private String selected() {
        return list.getSelectionModel().getSelectedItem().id();
    }

    private void restore() {
        String id = selected();
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, viewModel.restoreSummary(id), ButtonType.OK,
                ButtonType.CANCEL);
        ask.setHeaderText("Restore \u201c" + viewModel.name(id) + "\u201d?");
        WindowSetup.initDialog(ask, getScene().getWindow());
        if (ask.showAndWait().filter(b -> b == ButtonType.OK).isPresent() && !viewModel.restore(id)) {
            Alert same = new Alert(Alert.AlertType.INFORMATION, "The sectors already stand where it had them.");
            WindowSetup.initDialog(same, getScene().getWindow());
            same.showAndWait();
        }
    }

    private void rename() {
        String id = selected();
        TextInputDialog ask = new TextInputDialog(viewModel.name(id));
        ask.setHeaderText("Rename the edition");
        TextLimitFilter.install(ask.getEditor(), TextLimit.NAME, "an edition's name");
        ask.getEditor().setId("edition-new-name");
        StringBinding problem = Bindings.createStringBinding(() -> viewModel.renameProblem(ask.getEditor().getText()),
                ask.getEditor().textProperty());
        ask.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(problem.isNotEmpty());
        new FieldMarks().refuse(ask.getEditor(), problem).showFromStart();
        WindowSetup.initDialog(ask, getScene().getWindow());
        ask.showAndWait().ifPresent(name -> viewModel.rename(id, name));
    }

    /** Edition > Take Snapshot…: asks for a name (the month's brief offered) and records the edition. */
    public static Optional<String> askAndTake(Window owner, EditionsViewModel viewModel) {
        TextInputDialog ask = new TextInputDialog(viewModel.suggestedName());
        ask.setTitle("Take Snapshot");
        ask.setHeaderText("Record the placements and scores as they stand now, as an edition named:");
        WindowSetup.initDialog(ask, owner);
        TextLimitFilter.install(ask.getEditor(), TextLimit.NAME, "an edition's name");
        ask.getEditor().setId("edition-name");
        ask.getEditor().setAccessibleText("Edition name");
        return ask.showAndWait().map(viewModel::take);
    }

    /** Opens the window beside the main one (one at a time); it follows every edit. */
    public static void show(Window owner, ProjectSession session) {
        if (open != null && open.isShowing()) {
            open.toFront();
            return;
        }
        Stage stage = new Stage();
        WindowSetup.initStage(stage, owner, "Editions \u2014 Sectorscope",
                new Scene(new EditionsView(new EditionsViewModel(session, Clock.systemUTC())), 720, 420));
        open = stage;
        stage.show();
    }
}
