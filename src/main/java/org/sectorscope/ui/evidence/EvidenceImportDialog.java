package org.sectorscope.ui.evidence;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.sectorscope.ui.common.WindowSetup;
import org.sectorscope.ui.evidence.EvidenceImportDialogViewModel.PreviewRow;

/**
 * The import preview: every row of the CSV with its sector and grade, or what is wrong with it.
 * Nothing is imported until the analyst presses the import button; Cancel leaves the project as it was.
 */
public final class EvidenceImportDialog extends Dialog<ButtonType> {
    private final ButtonType importButton;

    public EvidenceImportDialog(EvidenceImportDialogViewModel viewModel) {
        setTitle(viewModel.title());
        setResizable(true);
        var pane = getDialogPane();
        pane.setId("evidence-import-dialog");
        WindowSetup.addStylesheets(pane.getStylesheets());
        importButton = new ButtonType(viewModel.importLabel(), ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().setAll(importButton, ButtonType.CANCEL);
        pane.lookupButton(importButton).setDisable(!viewModel.canImport());

        Label summary = new Label(viewModel.summary());
        summary.setId("import-summary");
        summary.setWrapText(true);
        VBox content = new VBox(8, summary);
        for (String warning : viewModel.warnings()) {
            Label w = new Label(warning);
            w.getStyleClass().add("hint");
            w.setWrapText(true);
            content.getChildren().add(w);
        }
        content.getChildren().add(table(viewModel));
        content.setPrefSize(860, 460);
        pane.setContent(content);
    }

    private static TableView<PreviewRow> table(EvidenceImportDialogViewModel viewModel) {
        TableView<PreviewRow> table = new TableView<>(FXCollections.observableArrayList(viewModel.rows()));
        table.setId("import-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Line", 50, r -> String.valueOf(r.line())));
        table.getColumns().add(column("Sector", 160, PreviewRow::sector));
        table.getColumns().add(column("Grade", 50, PreviewRow::grade));
        table.getColumns().add(column("Quote or note", 330, PreviewRow::text));
        TableColumn<PreviewRow, String> status = column("Status", 240,
                r -> r.ready() ? "\u2713 ready" : r.problem());
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                PreviewRow row = empty ? null : getTableRow().getItem();
                setText(empty ? null : item);
                getStyleClass().remove("form-problem");
                if (row != null && !row.ready()) {
                    getStyleClass().add("form-problem");
                }
            }
        });
        table.getColumns().add(status);
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private static TableColumn<PreviewRow, String> column(String title, double width,
                                                          Function<PreviewRow, String> value) {
        TableColumn<PreviewRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        return c;
    }

    /** Shows the preview and returns whether the analyst chose to import. */
    public static boolean confirm(Window owner, EvidenceImportDialogViewModel viewModel) {
        EvidenceImportDialog dialog = new EvidenceImportDialog(viewModel);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        return dialog.showAndWait().filter(b -> b == dialog.importButton).isPresent();
    }
}
