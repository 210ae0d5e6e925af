package org.sectorscope.ui.sources;

import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.sectorscope.model.TextLimit;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.common.FieldMarks;
import org.sectorscope.ui.common.TextLimitFilter;
import org.sectorscope.ui.common.WindowSetup;

/**
 * The project's sources: a table on the left (label, title, how many evidence items cite each) and a
 * form for the selected one on the right. Every field is applied when it loses focus or Enter is
 * pressed, as one undoable step, so there is no OK: Close (or Escape) just closes. The table has the
 * focus first; Ctrl+N adds a source, Delete deletes the selected one unless something cites it, and
 * Tab runs through the form in reading order.
 */
public final class SourcesDialog extends Dialog<ButtonType> {
    public static final String STYLESHEET = "/org/sectorscope/ui/sources/sources-dialog.css";
    private static final KeyCombination ADD = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final SourcesDialogViewModel viewModel;
    private final TableView<SourceRow> table = new TableView<>();
    private TextField authorField;
    /** True while the table's selection is being set from the view model, so it is not echoed back. */
    private boolean syncing;

    public SourcesDialog(SourcesDialogViewModel viewModel) {
        this.viewModel = viewModel;
        setTitle("Sources");
        setResizable(true);
        var pane = getDialogPane();
        pane.getStyleClass().add("sources-dialog");
        WindowSetup.addStylesheets(pane.getStylesheets(), STYLESHEET);
        pane.getButtonTypes().setAll(ButtonType.CLOSE);
        pane.setContent(content());
        pane.setPrefSize(900, 540);
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (ADD.match(e)) {
                add();
                e.consume();
            }
        });
        setOnShown(e -> {
            syncSelection();
            table.requestFocus();
        });
        // Closing moves the focus away too, so a field still being edited is applied, not lost.
        setOnHiding(e -> viewModel.commit());
        setOnHidden(e -> viewModel.dispose());
    }

    /**
     * Shows the project's sources, with {@code selectSourceId} selected (the first source when it is null
     * or unknown), and returns when the dialog is closed. Each edit made in it is already executed on
     * {@code session}, one undo step per field. {@code opener} opens a source's file or URL when that is
     * safe, asking first when it needs a yes.
     */
    public static void show(Window owner, ProjectSession session, SourceOpener opener, String selectSourceId) {
        SourcesDialogViewModel vm = new SourcesDialogViewModel(session, opener);
        if (selectSourceId != null) {
            vm.select(selectSourceId);
        }
        SourcesDialog dialog = new SourcesDialog(vm);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.showAndWait();
    }

    public SourcesDialogViewModel viewModel() {
        return viewModel;
    }

    private Node content() {
        BorderPane root = new BorderPane();
        root.getStyleClass().add("src-root");
        // Children in this order make the Tab order: table, form, then Add and Delete.
        root.setCenter(tableBox());
        root.setRight(form());
        root.setBottom(listButtons());
        BorderPane.setAlignment(root.getBottom(), Pos.CENTER_LEFT);
        return root;
    }

    // ---- the table ----

    private Node tableBox() {
        SourcesDialogViewModel vm = viewModel;
        table.setId("src-table");
        table.getStyleClass().add("src-table");
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No sources yet. Press Ctrl+N to add one."));

        TableColumn<SourceRow, String> label = new TableColumn<>("Source");
        label.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().label()));
        label.setPrefWidth(170);
        TableColumn<SourceRow, String> title = new TableColumn<>("Title");
        title.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().title()));
        title.setPrefWidth(200);
        TableColumn<SourceRow, Integer> cited = new TableColumn<>("Evidence");
        cited.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().evidenceCount()));
        cited.setPrefWidth(70);
        cited.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : n.toString());
            }
        });
        cited.getStyleClass().add("src-count-column");
        for (TableColumn<SourceRow, ?> c : List.of(label, title, cited)) {
            c.setSortable(false); // the rows are the project's order
            c.setReorderable(false);
        }
        table.getColumns().setAll(List.of(label, title, cited));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SourceRow row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(empty || row == null ? null
                        : new Tooltip(row.isCited() ? "Cited by " + row.citedBy() : "Not cited"));
            }
        });

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing && row != null) {
                vm.select(row.id());
            }
        });
        vm.selectedIdProperty().addListener(obs -> syncSelection());
        vm.rows().addListener((ListChangeListener<SourceRow>) c -> syncSelection());
        syncSelection();
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE && !e.isShortcutDown() && !e.isAltDown()) {
                vm.delete();
                e.consume();
            }
        });

        Label caption = new Label("Sources");
        caption.getStyleClass().add("src-caption");
        caption.setLabelFor(table);
        VBox box = new VBox(caption, table);
        box.getStyleClass().add("src-table-box");
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    /** Selects the view model's source in the table, without echoing the change back. */
    private void syncSelection() {
        syncing = true;
        try {
            String id = viewModel.selectedId();
            int index = -1;
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).id().equals(id)) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedIndex() != index
                    || table.getSelectionModel().getSelectedItem() == null) {
                table.getSelectionModel().clearAndSelect(index);
                table.getFocusModel().focus(index);
                table.scrollTo(index);
            }
        } finally {
            syncing = false;
        }
    }

    // ---- the form ----

    private Node form() {
        SourcesDialogViewModel vm = viewModel;
        GridPane grid = new GridPane();
        grid.getStyleClass().add("src-form");
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(260);
        grid.getColumnConstraints().setAll(captions, fields);

        // Added in reading order, which is also the Tab order.
        int row = 0;
        authorField = field(grid, row++, "Author", "src-author", vm.authorProperty(), "e.g. Scott Kennedy");
        TextField titleField = field(grid, row++, "Title", "src-title", vm.titleProperty(), null);
        new FieldMarks().refuse(authorField, vm.reasonFor(vm.authorProperty()))
                .refuse(titleField, vm.reasonFor(vm.titleProperty())).showFromStart();
        field(grid, row++, "Chapter", "src-chapter", vm.chapterProperty(), "e.g. 1");
        field(grid, row++, "Pages", "src-pages", vm.pagesProperty(), "e.g. 21-29");
        field(grid, row++, "In (book, journal)", "src-container", vm.containerProperty(), "optional");
        field(grid, row++, "Publisher", "src-publisher", vm.publisherProperty(), "optional");
        field(grid, row++, "Date", "src-date", vm.dateProperty(), "e.g. 2020-02");
        field(grid, row++, "URL", "src-url", vm.urlProperty(), "https://\u2026");
        TextField file = field(grid, row, "File", "src-file", vm.fileProperty(), "a copy on this computer");
        grid.getChildren().remove(file);
        Button browse = new Button("Browse\u2026");
        browse.setId("src-browse");
        browse.setOnAction(e -> browse());
        HBox fileRow = new HBox(file, browse);
        fileRow.getStyleClass().add("src-file-row");
        HBox.setHgrow(file, Priority.ALWAYS);
        grid.add(fileRow, 1, row++);

        Label citations = new Label();
        citations.setId("src-citations");
        citations.getStyleClass().add("src-citations");
        citations.setWrapText(true);
        citations.textProperty().bind(vm.citationsProperty());
        grid.add(citations, 1, row++);

        Button open = new Button("Open source");
        open.setId("src-open");
        open.disableProperty().bind(vm.canOpenProperty().not());
        Tooltip openTip = new Tooltip();
        openTip.textProperty().bind(vm.openTooltipProperty());
        open.setTooltip(openTip);
        open.setOnAction(e -> vm.open());
        grid.add(open, 1, row++);
        // The target is shown, not only in a tooltip, so an address is read before it is opened.
        Label target = new Label();
        target.setId("src-open-target");
        target.getStyleClass().add("src-citations");
        target.setWrapText(true);
        target.textProperty().bind(vm.openTooltipProperty());
        grid.add(target, 1, row++);

        Label problem = new Label();
        problem.setId("src-problem");
        problem.getStyleClass().add("src-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(
                () -> vm.problemProperty().get() == null ? "" : vm.problemProperty().get(), vm.problemProperty()));
        grid.add(problem, 0, row, 2, 1);

        grid.disableProperty().bind(vm.hasSelectionProperty().not());
        return grid;
    }

    /**
     * A caption and a text field bound both ways to {@code text}; the field applies its edit when it
     * loses focus or Enter is pressed.
     */
    private TextField field(GridPane grid, int row, String caption, String id, StringProperty text, String prompt) {
        TextField field = TextLimitFilter.install(new TextField(), TextLimit.LINE, "a one-line text");
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(text);
        field.setOnAction(e -> {
            viewModel.commit();
            e.consume();
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                viewModel.commit();
            }
        });
        Label label = new Label(caption);
        label.getStyleClass().add("src-caption");
        label.setLabelFor(field);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        return field;
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a copy of the source");
        viewModel.browseFolder().ifPresent(dir -> chooser.setInitialDirectory(dir.toFile()));
        File chosen = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
        if (chosen != null) {
            viewModel.chooseFile(chosen.toPath());
        }
    }

    // ---- Add, Delete ----

    private Node listButtons() {
        SourcesDialogViewModel vm = viewModel;
        Button add = new Button("Add");
        add.setId("src-add");
        add.setTooltip(new Tooltip("Add a source (Ctrl+N)"));
        add.setOnAction(e -> add());

        Button delete = new Button("Delete");
        delete.setId("src-delete");
        delete.disableProperty().bind(vm.canDeleteProperty().not());
        delete.setOnAction(e -> {
            vm.delete();
            table.requestFocus();
        });
        Tooltip deleteTip = new Tooltip();
        deleteTip.textProperty().bind(Bindings.createStringBinding(
                () -> vm.deleteBlockedReasonProperty().get().isEmpty() ? "Delete the selected source (Delete)"
                        : vm.deleteBlockedReasonProperty().get(), vm.deleteBlockedReasonProperty()));
        delete.setTooltip(deleteTip);

        // A disabled button shows no tooltip, so the reason is also written beside it.
        Label why = new Label();
        why.setId("src-delete-why");
        why.getStyleClass().add("src-delete-why");
        why.setWrapText(true);
        why.textProperty().bind(vm.deleteBlockedReasonProperty());
        HBox.setHgrow(why, Priority.ALWAYS);

        HBox bar = new HBox(add, delete, why);
        bar.getStyleClass().add("src-list-buttons");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void add() {
        viewModel.add();
        authorField.requestFocus();
    }
}
