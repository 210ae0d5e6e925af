package org.sectorscope.ui.evidence;

import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.sectorscope.store.OnExisting;
import org.sectorscope.ui.common.PreviewTables;
import org.sectorscope.ui.common.WindowSetup;
import org.sectorscope.ui.evidence.EvidenceImportDialogViewModel.PreviewRow;

/**
 * The import preview: every row of the CSV with its sector, grade and status (new, update, unchanged,
 * or what is wrong with it), and the Skip / Update choice for items already in the project. Nothing
 * is imported until the analyst presses the import button; Cancel leaves the project as it was.
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
        Button button = (Button) pane.lookupButton(importButton);
        button.setId("import-button");
        button.textProperty().bind(viewModel.importLabelProperty());
        button.disableProperty().bind(viewModel.canImportProperty().not());

        Label summary = PreviewTables.summary("import-summary", viewModel.summaryProperty());
        TableView<PreviewRow> table = table(viewModel);
        VBox content = new VBox(8, summary, PreviewTables.skipOrUpdate("Items already in the project:", "import-",
                viewModel.onExistingProperty(), OnExisting.SKIP, OnExisting.UPDATE, viewModel.hasUpdates(), table::refresh));
        content.getChildren().addAll(PreviewTables.warnings(viewModel.warnings()));
        content.getChildren().add(table);
        content.setPrefSize(860, 460);
        pane.setContent(content);
    }

    private static TableView<PreviewRow> table(EvidenceImportDialogViewModel viewModel) {
        TableView<PreviewRow> table = new TableView<>(FXCollections.observableArrayList(viewModel.rows()));
        table.setId("import-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(PreviewTables.column("Line", 50, r -> String.valueOf(r.line())));
        table.getColumns().add(PreviewTables.column("Sector", 160, PreviewRow::sector));
        table.getColumns().add(PreviewTables.column("Grade", 50, PreviewRow::grade));
        table.getColumns().add(PreviewTables.column("Quote or note", 330, PreviewRow::text));
        TableColumn<PreviewRow, String> status = PreviewTables.statusColumn("Status", 240, viewModel::status,
                r -> !r.ready());
        table.getColumns().add(status);
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    /** Shows the preview; returns the choice for items already in the project, or empty when cancelled. */
    public static Optional<OnExisting> confirm(Window owner, EvidenceImportDialogViewModel viewModel) {
        EvidenceImportDialog dialog = new EvidenceImportDialog(viewModel);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        return dialog.showAndWait().filter(b -> b == dialog.importButton).map(b -> viewModel.choice());
    }
}
