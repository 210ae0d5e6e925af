package org.sectorscope.ui.inspector;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.sectorscope.model.Driver;
import org.sectorscope.model.Placement;
import org.sectorscope.model.TextLimit;
import org.sectorscope.ui.common.FieldMarks;
import org.sectorscope.ui.common.LazyTooltip;
import org.sectorscope.ui.common.SearchablePicker;
import org.sectorscope.ui.common.TextLimitFilter;

/**
 * The sector inspector: a form of every field of the selected sectors. A field is committed when it
 * loses focus (Tab walks the form) or, for one-line fields, on Enter; Esc hands the keyboard back.
 */
public final class SectorInspectorView extends VBox {
    private final SectorInspectorViewModel viewModel;
    private final GridPane form = new GridPane();
    /** The project's own fields, rebuilt when the project's list of fields changes. */
    private final GridPane fields = new GridPane();
    private final TextField name = new TextField();
    private final ComboBox<Driver> driver;
    private Runnable onEscape = () -> { };
    private Runnable onEditDrivers = () -> { };
    private int row;

    public SectorInspectorView(SectorInspectorViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("sector-inspector");
        Label title = new Label();
        title.getStyleClass().add("sector-heading");
        title.textProperty().bind(viewModel.titleProperty());
        title.setWrapText(true);
        form.setHgap(8);
        form.setVgap(6);
        form.getColumnConstraints().addAll(new ColumnConstraints(), grow());
        form.disableProperty().bind(viewModel.emptyProperty());

        name.setId("inspector-name");
        TextLimitFilter.install(name, TextLimit.NAME, "a name");
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        name.disableProperty().bind(viewModel.severalProperty());
        commitOnLeave(name, viewModel::commitName);
        add("Name", name);
        driver = driverChoice();
        add("Driver", driverRow());
        add("Tags", line("inspector-tags", viewModel.tagsProperty(), viewModel.tagsMixedProperty(), TextLimit.LINE,
                viewModel::commitTags));
        add("Summary", prose("inspector-summary", viewModel.summaryProperty(), viewModel.summaryMixedProperty(),
                viewModel::commitSummary));
        add("Placed by", basis());
        add("Rationale", prose("inspector-rationale", viewModel.rationaleProperty(), viewModel.rationaleMixedProperty(), viewModel::commitRationale));
        add("Source", sourceChoice());
        add("Where in it", line("inspector-locator", viewModel.locatorProperty(), viewModel.locatorMixedProperty(), TextLimit.LINE,
                viewModel::commitLocator));
        add("Quote", prose("inspector-quote", viewModel.quoteProperty(), viewModel.quoteMixedProperty(), viewModel::commitQuote));
        add("Position", position());
        fields.setHgap(8);
        fields.setVgap(6);
        fields.getColumnConstraints().addAll(new ColumnConstraints(), grow());
        form.add(fields, 0, row++, 2, 1);
        viewModel.fieldRows().addListener((ListChangeListener<FieldRow>) c -> showFields());
        showFields();

        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        setSpacing(6);
        setPadding(new Insets(8));
        getChildren().addAll(title, scroll);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !SearchablePicker.searching(e.getTarget())) {
                e.consume();
                onEscape.run();
            }
        });
    }

    /** What Esc does: the window gives the keyboard back to the canvas. */
    public void setOnEscape(Runnable action) {
        onEscape = action;
    }

    /** What "Edit drivers…" does: the window opens the Drivers and Fields dialog. */
    public void setOnEditDrivers(Runnable action) {
        onEditDrivers = action;
    }

    /** Puts the keyboard in the first field that can be edited. */
    public void focusFirstField() {
        (name.isDisabled() ? driver : name).requestFocus();
    }

    /** The project's drivers by name; choosing one sets it on every selected sector. */
    private ComboBox<Driver> driverChoice() {
        ComboBox<Driver> box = new ComboBox<>(viewModel.drivers());
        box.setId("inspector-driver");
        box.setAccessibleText("Driver");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Driver d) {
                return d == null ? "" : d.name();
            }

            @Override
            public Driver fromString(String name) {
                return viewModel.drivers().stream().filter(d -> d.name().equals(name)).findFirst().orElse(null);
            }
        });
        // What an empty box means, said in it: the selected sectors' drivers differ, or the sector has none.
        box.promptTextProperty().bind(Bindings.when(box.disabledProperty()).then("")
                .otherwise(Bindings.when(viewModel.driverMixedProperty()).then("several values").otherwise("no driver")));
        box.setButtonCell(new PromptingCell<>(box));
        Runnable show = () -> box.setValue(viewModel.drivers().stream()
                .filter(d -> d.id().equals(viewModel.driverIdProperty().get())).findFirst().orElse(null));
        viewModel.driverIdProperty().addListener((obs, old, id) -> show.run());
        // A driver renamed or recoloured keeps its id, but the box must show the new record, not the old.
        // Later, not at once: the box's selection model, reacting to the same change of items, could drop a
        // value set now (seen on undo of a rename).
        viewModel.drivers().addListener((ListChangeListener<Driver>) c -> Platform.runLater(show));
        show.run();
        box.setOnAction(e -> {
            Driver chosen = box.getValue();
            if (chosen != null && !chosen.id().equals(viewModel.driverIdProperty().get())) {
                viewModel.driverIdProperty().set(chosen.id());
                viewModel.commitDriver();
            }
        });
        return box;
    }

    /** The driver choice and, beside it, a way to the project's list of drivers when the one needed is missing. */
    private HBox driverRow() {
        Button edit = new Button("Edit drivers\u2026");
        edit.setId("inspector-edit-drivers");
        edit.setMinWidth(Region.USE_PREF_SIZE);
        LazyTooltip.set(edit, "Add, rename, recolour or remove the project's drivers and fields"
                + " (Edit > Drivers and Fields, Ctrl+Shift+D)");
        // Not a Tab stop: Tab walks the sector's own fields; the keyboard has the menu's shortcut.
        edit.setFocusTraversable(false);
        edit.setOnAction(e -> onEditDrivers.run());
        HBox.setHgrow(driver, Priority.ALWAYS);
        HBox row = new HBox(6, driver, edit);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The project's sources by author and title; choosing one sets it as the placement's source. */
    private ComboBox<String> sourceChoice() {
        ComboBox<String> box = SearchablePicker.of(viewModel.sourceChoices()); // found by typing words of it
        box.setId("inspector-source");
        box.setAccessibleText("Source");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : viewModel.sourceName(id);
            }

            @Override
            public String fromString(String text) {
                return null; // chosen, never typed in
            }
        });
        box.promptTextProperty().bind(Bindings.when(viewModel.sourceMixedProperty()).then("several values")
                .otherwise(""));
        Runnable show = () -> box.setValue(viewModel.sourceMixedProperty().get() ? null : viewModel.sourceProperty().get());
        viewModel.sourceProperty().addListener((obs, old, id) -> show.run());
        viewModel.sourceMixedProperty().addListener((obs, old, mixed) -> show.run());
        show.run();
        box.setOnAction(e -> {
            String chosen = box.getValue();
            if (chosen != null && !chosen.equals(viewModel.sourceProperty().get())) {
                viewModel.sourceProperty().set(chosen);
                viewModel.commitSource();
            }
        });
        return box;
    }

    private TextField line(String id, StringProperty value, ReadOnlyBooleanProperty mixed, TextLimit limit,
                           Runnable commit) {
        TextField field = new TextField();
        field.setId(id);
        TextLimitFilter.install(field, limit, "this field");
        bind(field, value, mixed);
        field.setOnAction(e -> commit.run());
        commitOnLeave(field, commit);
        return field;
    }

    private TextArea prose(String id, StringProperty value, ReadOnlyBooleanProperty mixed, Runnable commit) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        TextLimitFilter.install(area, TextLimit.PROSE, "this text");
        bind(area, value, mixed);
        // Tab walks the form rather than typing a tab into the text.
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                // A text area moves the focus on Ctrl+Tab; this filter lets that one through.
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB,
                        e.isShiftDown(), true, false, false));
            }
        });
        commitOnLeave(area, commit);
        return area;
    }

    private static void bind(TextInputControl field, StringProperty value, ReadOnlyBooleanProperty mixed) {
        field.textProperty().bindBidirectional(value);
        field.promptTextProperty().bind(Bindings.when(mixed).then("several values").otherwise(""));
    }

    private HBox basis() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton report = new ToggleButton("The report");
        report.setId("inspector-basis-report");
        ToggleButton analyst = new ToggleButton("The analyst");
        analyst.setId("inspector-basis-analyst");
        report.setToggleGroup(group);
        analyst.setToggleGroup(group);
        Runnable show = () -> {
            Placement.Basis b = viewModel.basisProperty().get();
            group.selectToggle(b == Placement.Basis.REPORT ? report : b == Placement.Basis.ANALYST ? analyst : null);
        };
        viewModel.basisProperty().addListener((obs, old, b) -> show.run());
        show.run();
        report.setOnAction(e -> choose(Placement.Basis.REPORT, show));
        analyst.setOnAction(e -> choose(Placement.Basis.ANALYST, show));
        return new HBox(6, report, analyst);
    }

    private void choose(Placement.Basis basis, Runnable show) {
        viewModel.basisProperty().set(basis);
        viewModel.commitBasis();
        show.run(); // a toggle clicked twice would otherwise show nothing selected
    }

    private VBox position() {
        TextField x = coordinate("inspector-x", viewModel.xProperty());
        TextField y = coordinate("inspector-y", viewModel.yProperty());
        Label place = new Label();
        place.setId("inspector-place");
        place.textProperty().bind(viewModel.placeProperty());
        place.setWrapText(true);
        x.setAccessibleText("Position, x");
        y.setAccessibleText("Position, y");
        new FieldMarks().refuse(x, viewModel.positionProblemProperty()).refuse(y, viewModel.positionProblemProperty())
                .showFromStart();
        HBox numbers = new HBox(6, new Label("x"), x, new Label("y"), y);
        numbers.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, numbers, place);
    }

    private TextField coordinate(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(6);
        TextLimitFilter.install(field, TextLimit.NAME, "a number");
        field.textProperty().bindBidirectional(value);
        field.setOnAction(e -> viewModel.commitPosition());
        commitOnLeave(field, viewModel::commitPosition);
        return field;
    }

    private void showFields() {
        fields.getChildren().clear();
        int r = 0;
        for (FieldRow field : viewModel.fieldRows()) {
            TextField box = new TextField();
            box.setId("inspector-field-" + field.field().id());
            TextLimitFilter.install(box, TextLimit.LINE, "this field");
            bind(box, field.valueProperty(), field.mixedProperty());
            box.setOnAction(e -> viewModel.commitField(field));
            commitOnLeave(box, () -> viewModel.commitField(field));
            Label label = new Label(field.label());
            label.setMinWidth(Region.USE_PREF_SIZE);
            fields.add(label, 0, r);
            fields.add(box, 1, r++);
        }
    }

    private static void commitOnLeave(TextInputControl field, Runnable commit) {
        field.focusedProperty().addListener((obs, was, now) -> {
            if (was && !now) {
                commit.run();
            }
        });
    }

    private void add(String label, Node field) {
        Label l = new Label(label);
        l.setMinWidth(Region.USE_PREF_SIZE);
        // A screen reader names the field by its label; a row of several controls names each itself.
        l.setLabelFor(field);
        form.add(l, 0, row);
        form.add(field, 1, row);
        row++;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setFillWidth(true);
        return c;
    }
}
