package org.sectorscope.ui.options;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.IndexedCheckModel;
import org.sectorscope.model.TextLimit;
import org.sectorscope.ui.common.TextLimitFilter;

/**
 * The option dialog's target sectors: a filter field over a check list (ControlsFX's
 * {@link CheckListView}), so hundreds of sectors stay usable, and how many are targeted. The view
 * model's choices hold what is checked; the list only shows the ones the filter lets through.
 */
final class TargetSectorList extends VBox {
    private final OptionDialogViewModel viewModel;
    private final TextField filter = new TextField();
    private final CheckListView<OptionDialogChoice> list = new CheckListView<>();
    /** True while the list's checks are being set from the choices, so they are not echoed back. */
    private boolean syncing;

    TargetSectorList(OptionDialogViewModel viewModel) {
        super(4);
        this.viewModel = viewModel;
        getStyleClass().add("option-sectors");
        filter.setId("option-sector-filter");
        filter.setPromptText("Filter sectors by name or quadrant letter");
        filter.setAccessibleText("Filter target sectors");
        TextLimitFilter.install(filter, TextLimit.LINE, "a filter");
        filter.textProperty().bindBidirectional(viewModel.sectorFilterProperty());
        list.setId("option-sectors");
        list.setAccessibleText("Target sectors");
        list.setPrefHeight(180);
        list.setPlaceholder(new Label("No sector matches the filter."));
        // ControlsFX's own cells pull the keyboard into the list whenever a row is focused, which a new
        // list of items does at once: typing in the filter would stop after one letter. These cells leave
        // the keyboard where it is; their check boxes are no Tab stops (Space checks the selected row).
        list.setCellFactory(lv -> {
            CheckBoxListCell<OptionDialogChoice> cell = new CheckBoxListCell<>(list::getItemBooleanProperty);
            cell.graphicProperty().addListener((obs, old, box) -> {
                if (box != null) {
                    box.setFocusTraversable(false);
                }
            });
            return cell;
        });
        Label count = new Label();
        count.setId("option-sectors-count");
        count.getStyleClass().add("hint");
        count.textProperty().bind(viewModel.targetedSectorsProperty());
        viewModel.shownSectors().addListener((ListChangeListener<OptionDialogChoice>) c -> show());
        show();
        getChildren().addAll(filter, list, count);
    }

    /** The filter field, which the row's caption names. */
    TextField filter() {
        return filter;
    }

    // The check model is new with each list of items: ControlsFX's model keeps checks by index, so a list
    // narrowed in place would move them onto other sectors.
    private void show() {
        syncing = true;
        try {
            list.setItems(FXCollections.observableArrayList(viewModel.shownSectors()));
            IndexedCheckModel<OptionDialogChoice> checks = list.getCheckModel();
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).isChecked()) {
                    checks.check(i);
                }
            }
            checks.getCheckedItems().addListener((ListChangeListener<OptionDialogChoice>) c -> keepChecks(checks));
        } finally {
            syncing = false;
        }
    }

    private void keepChecks(IndexedCheckModel<OptionDialogChoice> checks) {
        if (syncing) {
            return;
        }
        for (int i = 0; i < list.getItems().size(); i++) {
            list.getItems().get(i).checkedProperty().set(checks.isChecked(i));
        }
    }
}
