package org.sectorscope.ui.filediff;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sectorscope.ui.common.WindowSetup;
import org.sectorscope.ui.filediff.FileDiffViewModel.Row;

/** File > Compare with File…: the semantic differences from the open project to another file, one per line. */
public final class FileDiffView extends VBox {
    public FileDiffView(FileDiffViewModel viewModel, Runnable close) {
        setId("file-diff-view");
        Label heading = new Label(viewModel.heading());
        heading.getStyleClass().add("pane-title");
        heading.setWrapText(true);
        ListView<Row> list = new ListView<>();
        list.setId("file-diff-list");
        list.getItems().setAll(viewModel.rows());
        list.setPlaceholder(new Label("No differences."));
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.what() + ": " + row.sentence());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> viewModel.pick(row));
        VBox.setVgrow(list, Priority.ALWAYS);
        Button done = new Button("Close");
        done.setDefaultButton(true);
        done.setCancelButton(true);
        done.setOnAction(e -> close.run());
        HBox buttons = new HBox(done);
        buttons.setStyle("-fx-alignment: center-right;");
        setSpacing(8);
        setPadding(new Insets(12));
        getChildren().addAll(heading, list, buttons);
    }

    /** Shows the comparison in its own window beside the main one. */
    public static void show(Window owner, FileDiffViewModel viewModel, String otherName) {
        Stage stage = new Stage();
        WindowSetup.initStage(stage, owner, "Compared with " + otherName + " \u2014 Sectorscope",
                new Scene(new FileDiffView(viewModel, stage::close), 760, 520));
        stage.show();
    }
}
