package org.sectorscope.ui.comments;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sectorscope.ui.comments.CommentsViewModel.Row;
import org.sectorscope.ui.comments.CommentsViewModel.Target;

/** The Comments tab: the list of reviewers' comments, Resolve / Reopen / Delete, and a form for a new one. */
public final class CommentsView extends VBox {
    private static final KeyCombination SEND = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final CommentsViewModel viewModel;
    private final ListView<Row> list = new ListView<>();
    private final ComboBox<Target> target = new ComboBox<>();
    private final TextArea text = new TextArea();
    private final Label problem = new Label();

    public CommentsView(CommentsViewModel viewModel) {
        this.viewModel = viewModel;
        setId("comments-view");
        getStyleClass().add("comments-view");
        Label heading = new Label();
        heading.getStyleClass().add("pane-title");
        heading.textProperty().bind(viewModel.headingProperty());
        heading.setWrapText(true);

        CheckBox all = new CheckBox("All comments");
        all.setId("comments-all");
        all.selectedProperty().bindBidirectional(viewModel.showAllProperty());
        CheckBox open = new CheckBox("Open only");
        open.setId("comments-open-only");
        open.selectedProperty().bindBidirectional(viewModel.openOnlyProperty());

        list.setId("comments-list");
        list.setAccessibleText("Comments");
        list.setItems(viewModel.rows());
        list.setCellFactory(lv -> new RowCell());
        list.setPlaceholder(new Label("No comments here yet."));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> viewModel.pick(row));
        VBox.setVgrow(list, Priority.ALWAYS);

        Button resolve = new Button("Resolve");
        resolve.setId("comment-resolve");
        resolve.setOnAction(e -> viewModel.setResolved(selected(), true));
        Button reopen = new Button("Reopen");
        reopen.setOnAction(e -> viewModel.setResolved(selected(), false));
        Button delete = new Button("Delete");
        delete.setOnAction(e -> viewModel.delete(selected()));
        for (Button b : new Button[] {resolve, reopen, delete}) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        HBox actions = new HBox(6, resolve, reopen, delete);

        target.setId("comment-target");
        target.setItems(viewModel.targets());
        target.setMaxWidth(Double.MAX_VALUE);
        target.setPromptText("About…");
        target.setAccessibleText("Comment about");
        // After the combo box has reacted to the new items (it may clear its value): a new selection suggests
        // its sector; otherwise the analyst's choice stays while it is still offered.
        viewModel.suggestedTargetProperty().addListener((obs, old, t) -> Platform.runLater(() -> target.setValue(t)));
        viewModel.targets().addListener((ListChangeListener<Target>) c -> Platform.runLater(this::keepTarget));
        target.setValue(viewModel.suggestedTargetProperty().get());
        TextField author = new TextField();
        author.setId("comment-author");
        author.setPromptText("Your name");
        author.setAccessibleText("Your name");
        author.textProperty().bindBidirectional(viewModel.authorProperty());
        text.setId("comment-text");
        text.setPromptText("Comment (Ctrl+Enter adds it)");
        text.setAccessibleText("Comment");
        text.setAccessibleHelp("Ctrl+Enter adds it");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        text.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (SEND.match(e)) {
                e.consume();
                add();
            }
        });
        Button add = new Button("Add Comment");
        add.setId("comment-add");
        add.setOnAction(e -> add());
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        HBox.setHgrow(author, Priority.ALWAYS);
        HBox sendRow = new HBox(6, author, add);

        setSpacing(6);
        setPadding(new Insets(8));
        getChildren().addAll(heading, new HBox(12, all, open), list, actions, new Label("New comment"), target, text,
                sendRow, problem);
    }

    /** Puts the keyboard in the new comment's text (Edit > Add Comment). */
    public void focusNewComment() {
        text.requestFocus();
    }

    private void keepTarget() {
        if (target.getValue() == null || !viewModel.targets().contains(target.getValue())) {
            target.setValue(viewModel.targets().isEmpty() ? null : viewModel.targets().get(0));
        }
    }

    private Row selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    private void add() {
        String why = viewModel.add(target.getValue(), text.getText());
        problem.setText(why == null ? "" : why);
        if (why == null) {
            text.clear();
        }
    }

    /** Two lines: who, when and about what; then the text. Resolved comments are greyed and say so. */
    private static final class RowCell extends ListCell<Row> {
        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("comment-resolved", "comment-gone");
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label head = new Label(row.byLine() + " · on " + row.subject() + (row.resolved() ? " · Resolved" : ""));
            head.getStyleClass().add("comment-head");
            head.setWrapText(true);
            Label body = new Label(row.text());
            body.setWrapText(true);
            VBox box = new VBox(2, head, body);
            box.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
            head.maxWidthProperty().bind(box.maxWidthProperty());
            body.maxWidthProperty().bind(box.maxWidthProperty());
            setText(null);
            setGraphic(box);
            if (row.resolved()) {
                getStyleClass().add("comment-resolved");
            }
            if (row.gone()) {
                getStyleClass().add("comment-gone");
            }
        }
    }
}
