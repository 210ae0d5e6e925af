package org.sectorscope.ui.definitions;

import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.sectorscope.model.CustomField;
import org.sectorscope.model.MarkerShape;
import org.sectorscope.model.TextLimit;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.common.FieldMarks;
import org.sectorscope.ui.common.HexColourPicker;
import org.sectorscope.ui.common.TextLimitFilter;
import org.sectorscope.ui.common.WindowSetup;

/**
 * The project's drivers and custom fields, one row of controls each, so Tab walks every name, shape,
 * colour, kind and unit in reading order. Nothing reaches the project until OK, which applies it all
 * as one undo step; Cancel (or Escape) drops it. Enter is OK; Alt+Up and Alt+Down move the row that
 * has the keyboard; Alt+D adds a driver and Alt+F a field.
 */
public final class DefinitionsDialog extends Dialog<ButtonType> {
    public static final String STYLESHEET = "/org/sectorscope/ui/definitions/definitions-dialog.css";

    private final DefinitionsDialogViewModel viewModel;
    private final GridPane driverGrid = grid("defs-drivers");
    private final GridPane fieldGrid = grid("defs-fields");
    private final ScrollPane driverScroll = scroll(driverGrid);
    private final ScrollPane fieldScroll = scroll(fieldGrid);
    private final Button addDriver = new Button();
    private final Button addField = new Button();
    /** The marks of the rows shown; new with each rebuild, which replaces every row's controls. */
    private FieldMarks driverMarks = new FieldMarks();
    private FieldMarks fieldMarks = new FieldMarks();

    public DefinitionsDialog(DefinitionsDialogViewModel viewModel) {
        this.viewModel = viewModel;
        setTitle("Drivers and Fields");
        setResizable(true);
        var pane = getDialogPane();
        pane.getStyleClass().add("definitions-dialog");
        pane.getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        pane.lookupButton(ButtonType.OK).disableProperty().bind(viewModel.validProperty().not());
        pane.setContent(content());
        pane.setPrefSize(720, 560);
        viewModel.drivers().addListener((ListChangeListener<DriverDraft>) c -> showDrivers());
        viewModel.fields().addListener((ListChangeListener<FieldDraft>) c -> showFields());
        showDrivers();
        showFields();
        // Later than shown: the dialog gives its default button the focus once it is up.
        setOnShown(e -> Platform.runLater(() -> driverGrid.getChildren().stream()
                .filter(TextField.class::isInstance).findFirst().ifPresent(Node::requestFocus)));
    }

    /**
     * Opens the dialog on the session's drivers and fields and, on OK, applies what was staged as one
     * undoable step. Returns whether the project changed.
     */
    public static boolean showAndApply(Window owner, ProjectSession session) {
        DefinitionsDialogViewModel vm = new DefinitionsDialogViewModel(session.project());
        DefinitionsDialog dialog = new DefinitionsDialog(vm);
        WindowSetup.initDialog(dialog, owner, STYLESHEET);
        boolean ok = dialog.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
        return ok && vm.apply(session);
    }

    private Node content() {
        addDriver.setText("Add _driver");
        addDriver.setId("defs-add-driver");
        addDriver.setOnAction(e -> focusNewRow(driverScroll, driverGrid, viewModel.addDriver().id(), addDriver));
        addField.setText("Add _field");
        addField.setId("defs-add-field");
        addField.setOnAction(e -> focusNewRow(fieldScroll, fieldGrid, viewModel.addField().id(), addField));

        Label fieldHint = new Label("A field's kind can change only while no sector holds a value for it.");
        fieldHint.getStyleClass().add("hint");
        fieldHint.setWrapText(true);

        Label consequences = new Label();
        consequences.setId("defs-consequences");
        consequences.getStyleClass().add("defs-consequences");
        consequences.setWrapText(true);
        consequences.textProperty().bind(viewModel.consequencesProperty());
        Label problem = new Label();
        problem.setId("defs-problem");
        problem.getStyleClass().add("defs-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> viewModel.problemProperty().get() == null
                ? "" : viewModel.problemProperty().get(), viewModel.problemProperty()));

        HBox fieldButtons = new HBox(8, addField, fieldHint);
        fieldButtons.setAlignment(Pos.CENTER_LEFT);
        VBox root = new VBox(heading("Drivers", "What drives a sector: its marker's shape and colour on the plot."),
                driverScroll, addDriver,
                heading("Fields", "What the project records for each sector, beyond the built-in fields."),
                fieldScroll, fieldButtons, consequences, problem);
        root.getStyleClass().add("defs-root");
        return root;
    }

    private static Node heading(String title, String hint) {
        Label t = new Label(title);
        t.getStyleClass().add("defs-heading");
        Label h = new Label(hint);
        h.getStyleClass().add("hint");
        h.setWrapText(true);
        return new VBox(2, t, h);
    }

    private static ScrollPane scroll(GridPane grid) {
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false); // Tab goes to the rows' controls, not the frame around them
        scroll.getStyleClass().add("defs-scroll");
        scroll.setPrefViewportHeight(150);
        scroll.setMinViewportHeight(100); // three rows with the headings, however short the window
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return scroll;
    }

    private static GridPane grid(String id) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.getStyleClass().add("defs-grid");
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.ALWAYS);
        name.setMinWidth(160);
        // Fixed widths, so the drivers' and fields' columns line up and an empty list keeps its headings apart.
        grid.getColumnConstraints().setAll(name, fixed(140), fixed(140), fixed(70));
        return grid;
    }

    private static ColumnConstraints fixed(double width) {
        ColumnConstraints c = new ColumnConstraints(width);
        c.setFillWidth(true);
        return c;
    }

    // ---- rows ----

    private void showDrivers() {
        driverGrid.getChildren().clear();
        driverMarks.dispose();
        driverMarks = new FieldMarks();
        header(driverGrid, "Name", "Shape", "Colour", "Sectors");
        ObservableList<DriverDraft> drafts = viewModel.drivers();
        for (int r = 0; r < drafts.size(); r++) {
            DriverDraft d = drafts.get(r);
            TextField name = nameField(d.id(), d.nameProperty(), "driver");
            ComboBox<MarkerShape> shape = Choices.shapes();
            shape.valueProperty().bindBidirectional(d.shapeProperty());
            shape.setId("defs-shape-" + d.id());
            shape.setAccessibleText("Shape of " + d.nameProperty().get());
            ColorPicker colour = HexColourPicker.bound(d.colourProperty());
            colour.getStyleClass().add("defs-colour");
            colour.setId("defs-colour-" + d.id());
            colour.setAccessibleText("Colour of " + d.nameProperty().get());
            driverMarks.refuse(name, viewModel.reasonFor(d.nameProperty()))
                    .refuse(colour, viewModel.reasonFor(d.colourProperty()));
            Label used = count(d.usedByText(), viewModel.removalWarning(d));
            List<Control> controls = List.of(name, shape, colour);
            Button remove = removeButton(d.id(), "Remove driver " + d.nameProperty().get(), viewModel.removalWarning(d),
                    () -> removeRow(driverScroll, driverGrid, drafts.indexOf(d), () -> viewModel.removeDriver(d),
                            () -> drafts.stream().map(DriverDraft::id).toList(), addDriver));
            row(driverGrid, r + 1, controls, used, remove, delta -> {
                if (viewModel.moveDriver(d, delta)) {
                    focusName(driverScroll, driverGrid, d.id());
                }
            });
        }
        driverMarks.showFromStart();
    }

    private void showFields() {
        fieldGrid.getChildren().clear();
        fieldMarks.dispose();
        fieldMarks = new FieldMarks();
        header(fieldGrid, "Name", "Kind", "Unit", "Values");
        ObservableList<FieldDraft> drafts = viewModel.fields();
        if (drafts.isEmpty()) {
            Label none = new Label("No fields yet: add one to record, say, output or a lead agency per sector.");
            none.getStyleClass().add("hint");
            fieldGrid.add(none, 0, 1, 7, 1);
        }
        for (int r = 0; r < drafts.size(); r++) {
            FieldDraft f = drafts.get(r);
            TextField name = nameField(f.id(), f.nameProperty(), "field");
            ComboBox<CustomField.Kind> kind = Choices.kinds();
            kind.valueProperty().bindBidirectional(f.kindProperty());
            kind.setDisable(f.kindLocked()); // values are not converted; see EditDefinitionsCommand
            kind.setId("defs-kind-" + f.id());
            kind.setAccessibleText("Kind of " + f.nameProperty().get());
            TextField unit = TextLimitFilter.install(new TextField(), TextLimit.NAME, "a unit");
            unit.setPromptText("e.g. USD bn"); // left open for text too: a file may hold a unit to clear
            unit.setPrefColumnCount(8);
            unit.textProperty().bindBidirectional(f.unitProperty());
            unit.setId("defs-unit-" + f.id());
            unit.setAccessibleText("Unit of " + f.nameProperty().get());
            fieldMarks.refuse(name, viewModel.reasonFor(f.nameProperty()))
                    .refuse(kind, viewModel.reasonFor(f.kindProperty()));
            Label values = count(f.valueCountText(), viewModel.removalWarning(f));
            Button remove = removeButton(f.id(), "Remove field " + f.nameProperty().get(), viewModel.removalWarning(f),
                    () -> removeRow(fieldScroll, fieldGrid, drafts.indexOf(f), () -> viewModel.removeField(f),
                            () -> drafts.stream().map(FieldDraft::id).toList(), addField));
            row(fieldGrid, r + 1, List.of(name, kind, unit), values, remove, delta -> {
                if (viewModel.moveField(f, delta)) {
                    focusName(fieldScroll, fieldGrid, f.id());
                }
            });
        }
        fieldMarks.showFromStart();
    }

    private static void header(GridPane grid, String... titles) {
        for (int c = 0; c < titles.length; c++) {
            Label l = new Label(titles[c]);
            l.getStyleClass().add("defs-column");
            grid.add(l, c, 0);
        }
    }

    private static TextField nameField(String id, StringProperty name, String what) {
        TextField field = TextLimitFilter.install(new TextField(), TextLimit.NAME, "a name");
        field.setId("defs-name-" + id);
        field.setUserData(id);
        field.setPromptText("Name of the " + what);
        field.setAccessibleText("Name of the " + what);
        field.textProperty().bindBidirectional(name);
        return field;
    }

    private static Label count(String text, String tooltip) {
        Label l = new Label(text);
        l.getStyleClass().add("defs-count");
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setTooltip(new Tooltip(tooltip));
        return l;
    }

    /**
     * Removes row {@code index} and gives the keyboard to the row that takes its place (or the one above,
     * or Add when none is left), so it is not lost with the button that had it.
     */
    private static void removeRow(ScrollPane scroll, GridPane grid, int index, Runnable remove,
                                  Supplier<List<String>> idsLeft, Button add) {
        remove.run();
        List<String> left = idsLeft.get();
        if (left.isEmpty()) {
            add.requestFocus();
        } else {
            focusName(scroll, grid, left.get(Math.min(index, left.size() - 1)));
        }
    }

    /** Remove, with what it will do to sectors as its tooltip (the count is also in the row). */
    private static Button removeButton(String id, String what, String warning, Runnable remove) {
        Button b = new Button("Remove");
        b.setId("defs-remove-" + id);
        b.setTooltip(new Tooltip(warning));
        b.setAccessibleText(what + ". " + warning);
        b.setOnAction(e -> remove.run());
        return b;
    }

    /**
     * Lays out one row: its controls, its count, then up, down and Remove. The arrows are for the mouse
     * (Alt+Up and Alt+Down do it from any control of the row), so Tab does not stop on them.
     */
    private static void row(GridPane grid, int r, List<Control> controls, Label count, Button remove,
                            IntConsumer move) {
        for (int c = 0; c < controls.size(); c++) {
            controls.get(c).setMaxWidth(Double.MAX_VALUE);
            grid.add(controls.get(c), c, r);
        }
        grid.add(count, controls.size(), r);
        grid.add(arrow("\u25b2", "Move up (Alt+Up)", () -> move.accept(-1)), controls.size() + 1, r);
        grid.add(arrow("\u25bc", "Move down (Alt+Down)", () -> move.accept(1)), controls.size() + 2, r);
        grid.add(remove, controls.size() + 3, r);
        for (Control c : controls) {
            c.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                    move.accept(e.getCode() == KeyCode.UP ? -1 : 1);
                    e.consume();
                }
            });
        }
    }

    private static Button arrow(String glyph, String tip, Runnable action) {
        Button b = new Button(glyph);
        b.getStyleClass().add("defs-arrow");
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setOnAction(e -> action.run());
        return b;
    }

    /**
     * The keyboard to a new row's name, at once and, if {@code add} took it back, again later: a mnemonic
     * (Alt+D, Alt+F) gives its button the focus after the button's action has run.
     */
    private static void focusNewRow(ScrollPane scroll, GridPane grid, String id, Button add) {
        focusName(scroll, grid, id);
        Platform.runLater(() -> {
            if (add.isFocused()) {
                focusName(scroll, grid, id);
            }
        });
    }

    /**
     * Puts the keyboard in the name field of row {@code id} (a rebuild replaced it), its text selected for
     * typing over, and scrolls it into view. At once, not later: keys typed right after Add must reach
     * the new row, not the one before.
     */
    private static void focusName(ScrollPane scroll, GridPane grid, String id) {
        grid.getChildren().stream().filter(n -> n instanceof TextField && id.equals(n.getUserData())).findFirst()
                .ifPresent(n -> {
                    n.requestFocus();
                    ((TextField) n).selectAll();
                    scroll.applyCss(); // new rows have no skins, hence no heights, until styled
                    scroll.layout();
                    double viewport = scroll.getViewportBounds().getHeight();
                    double spare = grid.getHeight() - viewport;
                    if (spare > 0) {
                        double top = n.getBoundsInParent().getMinY();
                        double shownTop = scroll.getVvalue() * spare;
                        if (top < shownTop || n.getBoundsInParent().getMaxY() > shownTop + viewport) {
                            scroll.setVvalue(Math.min(1, top / spare));
                        }
                    }
                });
    }
}
