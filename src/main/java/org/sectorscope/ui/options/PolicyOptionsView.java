package org.sectorscope.ui.options;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.sectorscope.ui.common.LazyTooltip;
import org.sectorscope.ui.options.score.ScoreEditorDialog;

/**
 * The Policy options pane: options x criteria with scores, weighted totals and ranks, edited in place.
 * The table selects cells (arrow keys move between them; {@link OptionsMatrixKeys} has the rest of the
 * keyboard); the toolbar adds and edits options and criteria. Rows are rebuilt, in rank order, on every
 * project change, so the selection is kept as ids in the view model ({@link OptionsMatrixSelection}).
 */
public final class PolicyOptionsView extends VBox {
    private static final PseudoClass ADDRESSES = PseudoClass.getPseudoClass("addresses-selection");
    private static final PseudoClass OPTION_SELECTED = PseudoClass.getPseudoClass("option-selected");

    private final PolicyOptionsViewModel viewModel;
    private final TableView<OptionRow> table = new TableView<>();
    private final HBox toolbar = new HBox(4);

    public PolicyOptionsView(PolicyOptionsViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("options-view");
        Label title = new Label("Policy options");
        title.getStyleClass().add("pane-title");
        Label link = new Label();
        link.setId("options-link-summary");
        link.getStyleClass().add("link-summary");
        link.textProperty().bind(viewModel.linkSummaryProperty());

        buildToolbar();
        table.setId("options-table");
        table.setAccessibleText("Policy options by criteria");
        table.setItems(viewModel.rows());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("This project has no policy options yet. Add one with Add option (Insert)."));
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setRowFactory(tv -> new OptionTableRow());
        OptionsMatrixColumns columns = new OptionsMatrixColumns(table, this::editScore, this::editCriterion,
                this::addCriterion);
        viewModel.columnsProperty().addListener((obs, old, cols) -> columns.show(cols));
        columns.show(viewModel.columnsProperty().get());
        OptionsMatrixKeys.install(table, new KeyActions());
        OptionsMatrixSelection.link(table, viewModel, columns);
        VBox.setVgrow(table, Priority.ALWAYS);

        setSpacing(6);
        setPadding(new Insets(8));
        getChildren().addAll(title, link, toolbar, table);
    }

    /** The toolbar above the table (id {@code options-toolbar}); the host may add buttons to it. */
    public HBox toolbar() {
        return toolbar;
    }

    public TableView<OptionRow> table() {
        return table;
    }

    public PolicyOptionsViewModel viewModel() {
        return viewModel;
    }

    // ---- toolbar and actions ----

    private void buildToolbar() {
        toolbar.setId("options-toolbar");
        toolbar.getStyleClass().add("options-toolbar");
        toolbar.setAlignment(Pos.CENTER_LEFT);
        Button editOption = button("options-edit-option", "Edit option\u2026", "Name, description, source, targets (Enter on"
                + " the option's name)", this::editOption);
        Button deleteOption = button("options-delete-option", "Delete option", "Delete the selected options (Delete on an"
                + " option's name; Undo brings them back)", viewModel::deleteSelectedOptions);
        Button editCriterion = button("options-edit-criterion", "Edit criterion\u2026", "Name, description, weight of the"
                + " focused column's criterion (Shift+Enter or Shift+F2), or delete it", this::editFocusedCriterion);
        editOption.disableProperty().bind(viewModel.focusedOptionIdProperty().isNull());
        deleteOption.disableProperty().bind(Bindings.isEmpty(viewModel.selectedOptionIds())
                .and(viewModel.focusedOptionIdProperty().isNull()));
        editCriterion.disableProperty().bind(viewModel.focusedCriterionIdProperty().isNull());
        toolbar.getChildren().addAll(
                button("options-add-option", "Add option\u2026", "A new policy option (Insert)", this::addOption),
                editOption, deleteOption, new Separator(Orientation.VERTICAL),
                button("options-add-criterion", "Add criterion\u2026", "A new criterion column", this::addCriterion),
                editCriterion);
    }

    private static Button button(String id, String text, String tooltip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("tool-button");
        LazyTooltip.set(b, tooltip);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void addOption() {
        OptionDialog.showAndApply(window(), viewModel.newOption()).ifPresent(viewModel::focusOption);
        table.requestFocus();
    }

    private void editOption() {
        String id = viewModel.focusedOptionIdProperty().get();
        if (id != null) {
            OptionDialog.showAndApply(window(), viewModel.editOption(id));
            table.requestFocus();
        }
    }

    private void addCriterion() {
        CriterionDialog.showAndApply(window(), viewModel.newCriterion()).ifPresent(viewModel::focusCriterion);
        table.requestFocus();
    }

    private void editFocusedCriterion() {
        editCriterion(viewModel.focusedCriterionIdProperty().get());
    }

    private void editCriterion(String criterionId) {
        if (criterionId != null) {
            CriterionDialog.showAndApply(window(), viewModel.editCriterion(criterionId));
            table.requestFocus();
        }
    }

    private void editScore(String optionId, String criterionId) {
        ScoreEditorDialog.showAndApply(window(), viewModel.scoreEditor(optionId, criterionId));
        table.requestFocus();
    }

    /** The keyboard's actions, on the focused cell as the view model holds it. */
    private final class KeyActions implements OptionsMatrixKeys.Actions {
        private String option() {
            return viewModel.focusedOptionIdProperty().get();
        }

        private String criterion() {
            return viewModel.focusedCriterionIdProperty().get();
        }

        @Override
        public boolean onScoreCell() {
            return option() != null && criterion() != null;
        }

        @Override
        public void setScore(int value) {
            viewModel.setScore(option(), criterion(), value);
        }

        @Override
        public void clearScore() {
            viewModel.clearScore(option(), criterion());
        }

        @Override
        public void editFocusedCell() {
            if (onScoreCell()) {
                editScore(option(), criterion());
            } else {
                editOption();
            }
        }

        @Override
        public void editFocusedCriterion() {
            PolicyOptionsView.this.editFocusedCriterion();
        }

        @Override
        public void addOption() {
            PolicyOptionsView.this.addOption();
        }

        @Override
        public void deleteOptions() {
            viewModel.deleteSelectedOptions();
        }
    }

    /** A row marked when its option addresses the selected sector, or is among the selected options. */
    private final class OptionTableRow extends TableRow<OptionRow> {
        private final InvalidationListener selectionChanged = obs -> markSelected();

        OptionTableRow() {
            viewModel.selectedOptionIds().addListener(new WeakInvalidationListener(selectionChanged));
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null) {
                    editOption();
                }
            });
        }

        @Override
        protected void updateItem(OptionRow row, boolean empty) {
            super.updateItem(row, empty);
            pseudoClassStateChanged(ADDRESSES, !empty && row != null && row.addressesSelection());
            LazyTooltip.set(this, empty || row == null ? null : row.name() + "\n" + row.description()
                    + "\nTargets: " + row.targets());
            markSelected();
        }

        private void markSelected() {
            OptionRow row = getItem();
            pseudoClassStateChanged(OPTION_SELECTED,
                    !isEmpty() && row != null && viewModel.selectedOptionIds().contains(row.id()));
        }
    }
}
