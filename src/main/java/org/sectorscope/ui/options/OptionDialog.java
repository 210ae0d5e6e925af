package org.sectorscope.ui.options;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.controlsfx.control.SearchableComboBox;
import org.sectorscope.model.TextLimit;
import org.sectorscope.ui.common.FieldMarks;
import org.sectorscope.ui.common.SearchablePicker;
import org.sectorscope.ui.common.TextLimitFilter;
import org.sectorscope.ui.common.WindowSetup;

/**
 * Adds or edits a policy option: name, description, source (a searchable list), intended effect, and its
 * targets as checkboxes (the framework's quadrants, then a filtered check list of sectors). OK is one
 * undoable step; while the name is empty it is disabled and the field says why.
 */
public final class OptionDialog extends Dialog<ButtonType> {
    private final OptionDialogViewModel viewModel;
    private final TextField name = new TextField();
    private final SearchableComboBox<OptionDialogSource> source;

    public OptionDialog(OptionDialogViewModel viewModel) {
        this.viewModel = viewModel;
        source = SearchablePicker.of(FXCollections.observableArrayList(viewModel.sources()));
        setTitle(viewModel.title());
        setResizable(true);
        var pane = getDialogPane();
        pane.getStyleClass().add("option-dialog");
        WindowSetup.addStylesheets(pane.getStylesheets());
        pane.getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        pane.lookupButton(ButtonType.OK).disableProperty().bind(viewModel.validProperty().not());
        pane.setContent(content());
        pane.setPrefWidth(620);
        new FieldMarks().refuse(name, viewModel.reasonFor(viewModel.nameProperty()))
                .note(source, viewModel.reasonFor(viewModel.sourceProperty())).showFromStart();
        setOnShown(e -> Platform.runLater(name::requestFocus));
    }

    /** Opens the dialog and, on OK, adds or updates the option; returns its id when the project changed. */
    public static Optional<String> showAndApply(Window owner, OptionDialogViewModel viewModel) {
        OptionDialog dialog = new OptionDialog(viewModel);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        boolean ok = dialog.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
        return ok ? viewModel.apply() : Optional.empty();
    }

    private Node content() {
        name.setId("option-name");
        name.setPromptText("Required");
        TextLimitFilter.install(name, TextLimit.NAME, "a name");
        name.textProperty().bindBidirectional(viewModel.nameProperty());

        TextArea description = new TextArea();
        description.setId("option-description");
        description.setWrapText(true);
        description.setPrefRowCount(3);
        TextLimitFilter.install(description, TextLimit.PROSE, "a description");
        description.textProperty().bindBidirectional(viewModel.descriptionProperty());

        source.setId("option-source");
        source.valueProperty().bindBidirectional(viewModel.sourceProperty());

        TextField effect = new TextField();
        effect.setId("option-effect");
        effect.setPromptText("e.g. move from B toward A");
        TextLimitFilter.install(effect, TextLimit.PROSE, "an intended effect");
        effect.textProperty().bindBidirectional(viewModel.intendedEffectProperty());

        FlowPane quadrants = checkboxes(viewModel.quadrants(), "option-quadrant-");
        quadrants.getStyleClass().add("option-quadrants");
        TargetSectorList sectors = new TargetSectorList(viewModel);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("option-dialog-grid");
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints captions = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(captions, fields);
        // Added in reading order, which is also the Tab order.
        row(grid, 0, "Name", name);
        row(grid, 1, "Description", description);
        row(grid, 2, "Source", source);
        row(grid, 3, "Intended effect", effect);
        row(grid, 4, "Target quadrants", quadrants);
        row(grid, 5, "Target sectors", sectors, sectors.filter());
        Label hint = new Label("The canvas highlights what the selected option targets; the matrix marks the options"
                + " that target the selected sector or its quadrant.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        grid.add(hint, 1, 6);
        return grid;
    }

    private static void row(GridPane grid, int row, String caption, Node field) {
        row(grid, row, caption, field, field);
    }

    private static void row(GridPane grid, int row, String caption, Node field, Node labelFor) {
        Label label = new Label(caption);
        label.getStyleClass().add("dialog-caption");
        label.setLabelFor(labelFor);
        label.setMinWidth(Label.USE_PREF_SIZE);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
    }

    private static FlowPane checkboxes(List<OptionDialogChoice> choices, String idPrefix) {
        FlowPane pane = new FlowPane(14, 4);
        for (OptionDialogChoice c : choices) {
            CheckBox box = new CheckBox(c.label());
            box.setId(idPrefix + c.id());
            box.setMnemonicParsing(false);
            box.selectedProperty().bindBidirectional(c.checkedProperty());
            pane.getChildren().add(box);
        }
        return pane;
    }
}
