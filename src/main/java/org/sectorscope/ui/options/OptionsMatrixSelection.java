package org.sectorscope.ui.options;

import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Keeps the matrix's cell selection and the view model's ids in step: what the analyst selects goes to
 * the view model (and so to the shared selection); after the rows are rebuilt and re-sorted, or when
 * an option is selected elsewhere, the same option and criterion are selected and focused again.
 */
final class OptionsMatrixSelection {
    private final TableView<OptionRow> table;
    private final PolicyOptionsViewModel viewModel;
    private final OptionsMatrixColumns columns;
    /** True while cells are selected from the view model's ids, so those events are not echoed back. */
    private boolean restoring;

    private OptionsMatrixSelection(TableView<OptionRow> table, PolicyOptionsViewModel viewModel,
                                   OptionsMatrixColumns columns) {
        this.table = table;
        this.viewModel = viewModel;
        this.columns = columns;
    }

    /** Links the table, whose items must already be the view model's rows, to the view model. */
    static void link(TableView<OptionRow> table, PolicyOptionsViewModel viewModel, OptionsMatrixColumns columns) {
        OptionsMatrixSelection s = new OptionsMatrixSelection(table, viewModel, columns);
        table.getSelectionModel().getSelectedCells().addListener((ListChangeListener<TablePosition>) c -> s.push());
        table.getFocusModel().focusedCellProperty().addListener((obs, old, cell) -> s.push());
        // Registered after setItems, so it runs after the table's own reaction to the new rows.
        viewModel.rows().addListener((ListChangeListener<OptionRow>) c -> s.show());
        InvalidationListener fromViewModel = obs -> {
            if (!s.restoring && !viewModel.isRebuilding() && !s.tableShowsFocus()) {
                s.show();
            }
        };
        viewModel.focusedOptionIdProperty().addListener(fromViewModel);
        viewModel.focusedCriterionIdProperty().addListener(fromViewModel);
        s.show();
    }

    private void push() {
        if (restoring || viewModel.isRebuilding()) {
            return;
        }
        TablePosition<OptionRow, ?> focus = table.getFocusModel().getFocusedCell();
        OptionRow row = focus == null ? null : rowAt(focus.getRow());
        List<String> ids = table.getSelectionModel().getSelectedCells().stream().map(p -> rowAt(p.getRow()))
                .filter(Objects::nonNull).map(OptionRow::id).distinct().toList();
        viewModel.selectCells(ids, row == null ? null : row.id(),
                row == null ? null : OptionsMatrixColumns.criterionOf(focus));
    }

    private boolean tableShowsFocus() {
        TablePosition<OptionRow, ?> focus = table.getFocusModel().getFocusedCell();
        OptionRow row = focus == null ? null : rowAt(focus.getRow());
        return Objects.equals(row == null ? null : row.id(), viewModel.focusedOptionIdProperty().get())
                && Objects.equals(row == null ? null : OptionsMatrixColumns.criterionOf(focus),
                        viewModel.focusedCriterionIdProperty().get());
    }

    /** Selects the view model's options and focuses its cell, on the rows as they are now. */
    private void show() {
        restoring = true;
        try {
            var selection = table.getSelectionModel();
            selection.clearSelection();
            TableColumn<OptionRow, ?> column = columns.columnFor(viewModel.focusedCriterionIdProperty().get());
            for (String id : viewModel.selectedOptionIds()) {
                int index = indexOf(id);
                if (index >= 0) {
                    selection.select(index, column);
                }
            }
            int focused = indexOf(viewModel.focusedOptionIdProperty().get());
            if (focused >= 0) {
                selection.select(focused, column);
                table.getFocusModel().focus(focused, column);
                if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                    flow.scrollTo(focused); // only as far as needed to show the row
                }
            }
        } finally {
            restoring = false;
        }
    }

    private OptionRow rowAt(int index) {
        return index >= 0 && index < table.getItems().size() ? table.getItems().get(index) : null;
    }

    private int indexOf(String optionId) {
        if (optionId == null) {
            return -1;
        }
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id().equals(optionId)) {
                return i;
            }
        }
        return -1;
    }
}
