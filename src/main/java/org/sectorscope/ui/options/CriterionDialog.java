package org.sectorscope.ui.options;

import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.sectorscope.model.TextLimit;
import org.sectorscope.ui.common.FieldMarks;
import org.sectorscope.ui.common.TextLimitFilter;
import org.sectorscope.ui.common.WindowSetup;

/**
 * Adds or edits a criterion: name, description and weight, with the share of the total weight the
 * typed weight gives. An existing criterion's weight field has the focus with its text selected, so
 * typing a number and Enter re-weights it. "Delete criterion" removes it and its scores (undoable).
 */
public final class CriterionDialog extends Dialog<ButtonType> {
    public static final ButtonType DELETE = new ButtonType("Delete criterion", ButtonData.LEFT);
    private final CriterionDialogViewModel viewModel;
    private final TextField name = new TextField();
    private final TextField weight = new TextField();

    public CriterionDialog(CriterionDialogViewModel viewModel) {
        this.viewModel = viewModel;
        setTitle(viewModel.title());
        setResizable(true);
        var pane = getDialogPane();
        pane.getStyleClass().add("criterion-dialog");
        WindowSetup.addStylesheets(pane.getStylesheets());
        pane.getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        if (!viewModel.isNew()) {
            pane.getButtonTypes().add(DELETE);
            pane.lookupButton(DELETE).setId("criterion-delete");
        }
        pane.lookupButton(ButtonType.OK).disableProperty().bind(viewModel.validProperty().not());
        pane.setContent(content());
        pane.setPrefWidth(520);
        new FieldMarks().refuse(name, viewModel.reasonFor(viewModel.nameProperty()))
                .refuse(weight, viewModel.reasonFor(viewModel.weightTextProperty())).showFromStart();
        setOnShown(e -> Platform.runLater(() -> {
            TextField first = viewModel.isNew() ? name : weight;
            first.requestFocus();
            first.selectAll();
        }));
    }

    /**
     * Opens the dialog; OK adds or updates the criterion, Delete removes it, each one undoable step.
     * Returns the criterion's id when it was added or changed.
     */
    public static Optional<String> showAndApply(Window owner, CriterionDialogViewModel viewModel) {
        CriterionDialog dialog = new CriterionDialog(viewModel);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        Optional<ButtonType> result = dialog.showAndWait();
        if (result.filter(b -> b == DELETE).isPresent()) {
            viewModel.delete();
            return Optional.empty();
        }
        return result.filter(b -> b == ButtonType.OK).isPresent() ? viewModel.apply() : Optional.empty();
    }

    private Node content() {
        name.setId("criterion-name");
        name.setPromptText("Required");
        TextLimitFilter.install(name, TextLimit.NAME, "a name");
        name.textProperty().bindBidirectional(viewModel.nameProperty());

        TextArea description = new TextArea();
        description.setId("criterion-description");
        description.setWrapText(true);
        description.setPrefRowCount(3);
        TextLimitFilter.install(description, TextLimit.PROSE, "a description");
        description.textProperty().bindBidirectional(viewModel.descriptionProperty());

        weight.setId("criterion-weight");
        weight.setPrefColumnCount(8);
        weight.textProperty().bindBidirectional(viewModel.weightTextProperty());
        weight.getStyleClass().add("numeric");
        Label share = new Label();
        share.setId("criterion-share");
        share.textProperty().bind(viewModel.shareProperty());
        HBox weightRow = new HBox(10, weight, share);
        weightRow.setAlignment(Pos.BASELINE_LEFT);

        Label relative = new Label("Weights are relative: only each one's share of the total counts.");
        relative.getStyleClass().add("hint");
        Label problem = new Label();
        problem.setId("criterion-problem");
        problem.getStyleClass().add("form-problem");
        problem.textProperty().bind(viewModel.problemProperty());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("criterion-dialog-grid");
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(new ColumnConstraints(), fields);
        row(grid, 0, "Name", name, name);
        row(grid, 1, "Description", description, description);
        row(grid, 2, "Weight", weightRow, weight);
        grid.add(relative, 1, 3);
        grid.add(problem, 1, 4);
        if (!viewModel.isNew()) {
            Label deleteHint = new Label(viewModel.deleteHint());
            deleteHint.getStyleClass().add("hint");
            grid.add(deleteHint, 1, 5);
        }
        return grid;
    }

    private static void row(GridPane grid, int row, String caption, Node field, Node labelFor) {
        Label label = new Label(caption);
        label.getStyleClass().add("dialog-caption");
        label.setLabelFor(labelFor);
        label.setMinWidth(Label.USE_PREF_SIZE);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
    }
}
