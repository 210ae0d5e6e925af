package org.sectorscope.ui.framework;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.sectorscope.model.Side;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.framework.FrameworkDialogViewModel.QuadrantFields;
import org.sectorscope.model.TextLimit;
import org.sectorscope.ui.common.FieldMarks;
import org.sectorscope.ui.common.HexColourPicker;
import org.sectorscope.ui.common.TextLimitFilter;
import org.sectorscope.ui.common.WindowSetup;

/**
 * Edits the framework laid out as the canvas draws it: the x-axis above, the y-axis on the left and
 * the four quadrants in their places. Tab follows reading order (children are added in that order),
 * Enter is OK and Escape is Cancel.
 */
public final class FrameworkDialog extends Dialog<ButtonType> {
    private final FrameworkDialogViewModel viewModel;
    private final FieldMarks marks = new FieldMarks();

    public FrameworkDialog(FrameworkDialogViewModel viewModel) {
        this.viewModel = viewModel;
        setTitle("Edit Framework");
        setResizable(true);
        var pane = getDialogPane();
        pane.getStyleClass().add("framework-dialog");
        WindowSetup.addStylesheets(pane.getStylesheets());
        pane.getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        pane.lookupButton(ButtonType.OK).disableProperty().bind(viewModel.validProperty().not());
        pane.setContent(content());
        marks.showFromStart();
    }

    /**
     * Opens the dialog on the session's framework and, on OK, executes the edit as one undoable step.
     * Returns whether the project changed.
     */
    public static boolean showAndApply(Window owner, ProjectSession session) {
        FrameworkDialogViewModel vm = new FrameworkDialogViewModel(session.project().framework());
        FrameworkDialog dialog = new FrameworkDialog(vm);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        boolean ok = dialog.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
        return ok && vm.apply(session);
    }

    private Node content() {
        FrameworkDialogViewModel vm = viewModel;
        GridPane grid = new GridPane();
        grid.getStyleClass().add("fw-grid");
        ColumnConstraints axisColumn = new ColumnConstraints();
        // Wide enough for an axis title such as "Effect on the global sector" to show whole.
        axisColumn.setPrefWidth(250);
        axisColumn.setMinWidth(210);
        grid.getColumnConstraints().setAll(axisColumn, quadrantColumn(), quadrantColumn());

        // Added in reading order, which is also the Tab order.
        grid.add(field("Framework name", "fw-name", vm.frameworkNameProperty(), "optional"), 0, 0, 3, 1);
        grid.add(field("x-axis title (across)", "fw-x-title", vm.xTitleProperty(), null), 1, 1, 2, 1);
        grid.add(field("Left pole (low x)", "fw-x-low", vm.xLowProperty(), null), 1, 2);
        grid.add(field("Right pole (high x)", "fw-x-high", vm.xHighProperty(), null), 2, 2);
        VBox yTop = new VBox(field("y-axis title (up)", "fw-y-title", vm.yTitleProperty(), null),
                field("Top pole (high y)", "fw-y-high", vm.yHighProperty(), null));
        yTop.getStyleClass().add("fw-axis-box");
        grid.add(yTop, 0, 3);
        grid.add(quadrantEditor(vm.quadrants().get(0)), 1, 3);
        grid.add(quadrantEditor(vm.quadrants().get(1)), 2, 3);
        grid.add(field("Bottom pole (low y)", "fw-y-low", vm.yLowProperty(), null), 0, 4);
        grid.add(quadrantEditor(vm.quadrants().get(2)), 1, 4);
        grid.add(quadrantEditor(vm.quadrants().get(3)), 2, 4);

        Label problem = new Label();
        problem.setId("fw-problem");
        problem.getStyleClass().add("fw-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(
                () -> vm.problemProperty().get() == null ? "" : vm.problemProperty().get(), vm.problemProperty()));
        grid.add(problem, 0, 5, 3, 1);
        return grid;
    }

    private static ColumnConstraints quadrantColumn() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setMinWidth(220);
        return c;
    }

    /** A caption above a text field bound both ways to {@code text}, marked when the view model refuses it. */
    private VBox field(String caption, String id, StringProperty text, String prompt) {
        TextField field = TextLimitFilter.install(new TextField(), TextLimit.NAME, "a label");
        field.setId(id);
        field.textProperty().bindBidirectional(text);
        field.setPromptText(prompt);
        marks.refuse(field, viewModel.reasonFor(text));
        Label label = new Label(caption);
        label.getStyleClass().add("fw-caption");
        label.setLabelFor(field);
        VBox box = new VBox(label, field);
        box.getStyleClass().add("fw-field");
        return box;
    }

    /** Letter, name and colour of one quadrant, tinted with its colour as the canvas will draw it. */
    private Node quadrantEditor(QuadrantFields q) {
        String letterAtOpen = q.letterProperty().get();
        TextField letter = TextLimitFilter.install(new TextField(), TextLimit.NAME, "a letter");
        letter.setId("fw-q-" + letterAtOpen + "-letter");
        letter.getStyleClass().add("fw-letter");
        letter.setPrefColumnCount(2);
        letter.setPromptText("A");
        letter.setAccessibleText("Letter of quadrant " + letterAtOpen);
        letter.textProperty().bindBidirectional(q.letterProperty());
        TextField name = TextLimitFilter.install(new TextField(), TextLimit.NAME, "a name");
        name.setId("fw-q-" + letterAtOpen + "-name");
        name.setPromptText("Quadrant name");
        name.setAccessibleText("Name of quadrant " + letterAtOpen);
        name.textProperty().bindBidirectional(q.nameProperty());
        marks.refuse(letter, viewModel.reasonFor(q.letterProperty())).refuse(name, viewModel.reasonFor(q.nameProperty()));
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox nameRow = new HBox(letter, name);
        nameRow.getStyleClass().add("fw-name-row");

        ColorPicker colour = HexColourPicker.bound(q.colourProperty());
        colour.setId("fw-q-" + letterAtOpen + "-colour");
        colour.setAccessibleText("Colour of quadrant " + letterAtOpen);
        marks.refuse(colour, viewModel.reasonFor(q.colourProperty()));
        Label colourCaption = new Label("Colour");
        colourCaption.getStyleClass().add("fw-caption");
        colourCaption.setLabelFor(colour);
        HBox colourRow = new HBox(colourCaption, colour);
        colourRow.setAlignment(Pos.CENTER_LEFT);
        colourRow.getStyleClass().add("fw-colour-row");

        Label where = new Label();
        where.getStyleClass().add("fw-caption");
        StringProperty xPole = q.x() == Side.LOW ? viewModel.xLowProperty() : viewModel.xHighProperty();
        StringProperty yPole = q.y() == Side.LOW ? viewModel.yLowProperty() : viewModel.yHighProperty();
        where.textProperty().bind(Bindings.concat(xPole, " \u00b7 ", yPole));

        VBox editor = new VBox(where, nameRow, colourRow);
        editor.setId("fw-quadrant-" + q.place());
        editor.getStyleClass().add("fw-quadrant");
        editor.styleProperty().bind(Bindings.createStringBinding(() -> {
            Color c = HexColourPicker.toColour(q.colourProperty().get());
            return c == null ? "" : "-fx-background-color: " + HexColourPicker.toHex(c) + ";";
        }, q.colourProperty()));
        return editor;
    }
}
