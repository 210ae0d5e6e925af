package org.sectorscope.ui.sectors;

import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.sectorscope.session.SectorCsvActions.Choice;
import org.sectorscope.store.OnExisting;
import org.sectorscope.ui.common.PreviewTables;
import org.sectorscope.ui.common.WindowSetup;
import org.sectorscope.ui.sectors.SectorImportDialogViewModel.PreviewRow;

/**
 * The sectors import preview: every row with its name, driver, quadrant and status (new, update,
 * unchanged, or what is wrong with it), the Skip / Update choice, and the offer to add the drivers the
 * project lacks. Nothing is imported until the analyst presses the import button, and only when no row
 * has a problem; Cancel leaves the project as it was.
 */
public final class SectorImportDialog extends Dialog<ButtonType> {
    private final ButtonType importButton;

    public SectorImportDialog(SectorImportDialogViewModel viewModel) {
        setTitle(viewModel.title());
        setResizable(true);
        var pane = getDialogPane();
        pane.setId("sector-import-dialog");
        importButton = new ButtonType(viewModel.importLabel(), ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().setAll(importButton, ButtonType.CANCEL);
        Button button = (Button) pane.lookupButton(importButton);
        button.setId("sector-import-button");
        button.textProperty().bind(viewModel.importLabelProperty());
        button.disableProperty().bind(viewModel.canImportProperty().not());

        Label summary = PreviewTables.summary("sector-import-summary", viewModel.summaryProperty());
        TableView<PreviewRow> table = table(viewModel);
        VBox content = new VBox(8, summary, PreviewTables.skipOrUpdate("Sectors already in the project:", "sector-import-",
                viewModel.onExistingProperty(), OnExisting.SKIP, OnExisting.UPDATE, viewModel.hasUpdates(), table::refresh));
        if (!viewModel.addDriversText().isEmpty()) {
            CheckBox add = new CheckBox(viewModel.addDriversText());
            add.setId("sector-import-add-drivers");
            add.setWrapText(true);
            add.selectedProperty().bindBidirectional(viewModel.addDriversProperty());
            add.selectedProperty().addListener((o, was, now) -> table.refresh());
            content.getChildren().add(add);
        }
        content.getChildren().addAll(PreviewTables.warnings(viewModel.warnings()));
        content.getChildren().add(table);
        content.setPrefSize(960, 480);
        pane.setContent(content);
    }

    private static TableView<PreviewRow> table(SectorImportDialogViewModel viewModel) {
        TableView<PreviewRow> table = new TableView<>(FXCollections.observableArrayList(viewModel.rows()));
        table.setId("sector-import-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(PreviewTables.column("Line", 50, r -> String.valueOf(r.row().line())));
        table.getColumns().add(PreviewTables.column("Name", 190, PreviewRow::name));
        table.getColumns().add(PreviewTables.column("Driver", 120, PreviewRow::driver));
        table.getColumns().add(PreviewTables.column("Quadrant", 140, PreviewRow::quadrant));
        TableColumn<PreviewRow, String> status = PreviewTables.statusColumn("Status", 420, viewModel::status,
                viewModel::hasProblem);
        table.getColumns().add(status);
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    /** Shows the preview; returns the analyst's choice, or empty when cancelled. */
    public static Optional<Choice> confirm(Window owner, SectorImportDialogViewModel viewModel) {
        SectorImportDialog dialog = new SectorImportDialog(viewModel);
        WindowSetup.initDialog(dialog, owner);
        return dialog.showAndWait().filter(b -> b == dialog.importButton).map(b -> viewModel.choice());
    }
}
