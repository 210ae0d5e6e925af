package org.sectorscope.ui.evidence;

import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.sectorscope.logic.TextMatch;
import org.sectorscope.model.Bearing;
import org.sectorscope.model.Reliability;
import org.sectorscope.model.TextLimit;
import org.sectorscope.ui.common.LazyTooltip;
import org.sectorscope.ui.common.SearchablePicker;
import org.sectorscope.ui.common.TextLimitFilter;
import org.sectorscope.ui.evidence.EvidenceSearchViewModel.Choice;

/** The evidence search panel: filters over every item in the project, and the hits as cards. */
public final class EvidenceSearchView extends VBox {
    /** Room for the list's vertical scroll bar and padding, so a card never runs under it. */
    private static final double SCROLL_BAR_ALLOWANCE = 22;

    private final EvidenceSearchViewModel viewModel;
    private final TextField searchField = TextLimitFilter.install(new TextField(), TextLimit.LINE, "a search");
    private final ListView<EvidenceHitRow> list = new ListView<>();
    /**
     * The list's own copy of the results: copying them under {@link #syncing} keeps the list's reaction to
     * new items (it may move its selection to another row) from being taken for a pick.
     */
    private final ObservableList<EvidenceHitRow> shown = FXCollections.observableArrayList();
    private boolean syncing;

    public EvidenceSearchView(EvidenceSearchViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("evidence-search-view");
        setId("evidence-search-view");
        Label title = new Label("Find evidence");
        title.getStyleClass().add("pane-title");

        searchField.setId("evidence-search-text");
        searchField.setPromptText("Search quotes, notes, tags, pages, sources");
        searchField.setAccessibleText("Search evidence");
        searchField.textProperty().bindBidirectional(viewModel.textProperty());
        // Down (or Enter) goes from the field into the results, so the keyboard flow never needs the mouse.
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                enterResults();
                e.consume();
            }
        });

        Label count = new Label();
        count.setId("evidence-search-count");
        count.getStyleClass().add("hint");
        count.textProperty().bind(viewModel.countLineProperty());
        Button clear = new Button("Clear filters");
        clear.setId("evidence-search-clear");
        clear.getStyleClass().add("small-button");
        clear.setFocusTraversable(false);
        clear.setOnAction(e -> viewModel.clearFilters());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox countRow = new HBox(6, count, spacer, clear);
        countRow.setAlignment(Pos.CENTER_LEFT);

        setupList();
        VBox.setVgrow(list, Priority.ALWAYS);
        setSpacing(6);
        setPadding(new Insets(8));
        getChildren().addAll(title, searchField, filters(), countRow, list);
    }

    /** Puts the caret in the search field, with its text selected so typing replaces it. */
    public void focusSearchField() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    private GridPane filters() {
        // Sources and tags may be many: found by typing words of them (SearchablePicker).
        ComboBox<Choice<String>> source = combo(SearchablePicker.of(viewModel.sourceChoices()),
                "evidence-search-source", viewModel.sourceProperty(), "The source the item cites");
        ComboBox<Choice<Reliability>> reliability = combo("evidence-search-reliability",
                viewModel.reliabilityChoices(), viewModel.reliabilityProperty(),
                "Source reliability this good or better: B keeps A and B");
        ComboBox<Choice<Integer>> credibility = combo("evidence-search-credibility", viewModel.credibilityChoices(),
                viewModel.credibilityProperty(), "Information credibility this good or better: 2 keeps 1 and 2");
        ComboBox<Choice<String>> tag = combo(SearchablePicker.of(viewModel.tagChoices()), "evidence-search-tag",
                viewModel.tagProperty(), "One of the item's tags");
        ComboBox<Choice<Bearing>> bearing = combo("evidence-search-bearing",
                viewModel.bearingChoices(), viewModel.bearingProperty(), "The pole the item points to");
        // Short entries: these two size to their content ("Any") instead of filling the column.
        reliability.setPrefWidth(Region.USE_COMPUTED_SIZE);
        credibility.setPrefWidth(Region.USE_COMPUTED_SIZE);
        HBox grade = new HBox(4, reliability, credibility);
        source.setAccessibleText("Source");
        reliability.setAccessibleText("Source reliability");
        credibility.setAccessibleText("Information credibility");
        tag.setAccessibleText("Tag");
        bearing.setAccessibleText("Bearing");

        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.addRow(0, fieldLabel("Source"), source);
        grid.addRow(1, fieldLabel("Grade at least"), grade);
        grid.addRow(2, fieldLabel("Tag"), tag);
        grid.addRow(3, fieldLabel("Bears on"), bearing);
        return grid;
    }

    private static <T> ComboBox<Choice<T>> combo(String id, ObservableList<Choice<T>> choices,
                                                 ObjectProperty<Choice<T>> chosen, String tip) {
        return combo(new ComboBox<>(choices), id, chosen, tip);
    }

    private static <T> ComboBox<Choice<T>> combo(ComboBox<Choice<T>> combo, String id, ObjectProperty<Choice<T>> chosen,
                                                 String tip) {
        combo.setId(id);
        combo.valueProperty().bindBidirectional(chosen);
        LazyTooltip.set(combo, tip);
        // Source labels are long: fill the column, but never ask the pane to grow to fit them.
        combo.setPrefWidth(120);
        combo.setMaxWidth(Double.MAX_VALUE);
        return combo;
    }

    private static Label fieldLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        return l;
    }

    private void setupList() {
        list.setId("evidence-search-results");
        list.setAccessibleText("Evidence found");
        list.setItems(shown);
        list.setCellFactory(lv -> new HitCell(lv));
        Label empty = new Label("No evidence matches these filters.");
        empty.getStyleClass().add("placeholder");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        // A click or an arrow key changes the list's selection; that is the analyst picking a hit.
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing && row != null) {
                viewModel.pick(row);
            }
        });
        // Up from the first hit goes back to the field, the way Down came in.
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.UP && list.getSelectionModel().getSelectedIndex() <= 0) {
                searchField.requestFocus();
                searchField.end();
                e.consume();
            }
        });
        viewModel.results().addListener((ListChangeListener<EvidenceHitRow>) c -> showResults());
        viewModel.pickedEvidenceIdProperty().addListener((obs, old, id) -> showPicked());
        showResults();
    }

    private void enterResults() {
        if (shown.isEmpty()) {
            return;
        }
        list.requestFocus();
        if (list.getSelectionModel().getSelectedIndex() < 0) {
            list.getSelectionModel().select(0);
            list.getFocusModel().focus(0);
        }
    }

    private void showResults() {
        syncing = true;
        try {
            shown.setAll(viewModel.results());
        } finally {
            syncing = false;
        }
        showPicked();
    }

    /** Mirrors the view model's pick into the list without echoing it back. */
    private void showPicked() {
        syncing = true;
        try {
            int index = viewModel.indexOfPicked();
            if (index < 0) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(index);
                list.getFocusModel().focus(index);
            }
        } finally {
            syncing = false;
        }
    }

    /** One hit as a card like the Evidence pane's: sector name, the quote and/or note, then grade, bearing, source. */
    private static final class HitCell extends ListCell<EvidenceHitRow> {
        private final Label sector = new Label();
        private final Label grade = new Label();
        private final Label bearing = new Label();
        private final Label quote = wrapping("evidence-quote");
        private final Label note = wrapping("evidence-note");
        private final Label source = new Label();
        private final Label matchField = new Label();
        private final Text before = new Text();
        private final Text matched = new Text();
        private final Text after = new Text();
        private final HBox matchLine;
        private final VBox card;

        HitCell(ListView<EvidenceHitRow> owner) {
            sector.getStyleClass().add("card-name");
            sector.setWrapText(true);
            sector.setMinHeight(Region.USE_PREF_SIZE);
            grade.getStyleClass().add("grade-badge");
            grade.setMinWidth(Region.USE_PREF_SIZE);
            bearing.getStyleClass().add("bearing-tag");
            bearing.setMinWidth(Region.USE_PREF_SIZE);
            // The source takes what is left of the row and wraps, so the badges are never squeezed.
            source.getStyleClass().add("evidence-source");
            source.setWrapText(true);
            source.setMinWidth(0);
            HBox.setHgrow(source, Priority.ALWAYS);
            HBox meta = new HBox(6, grade, bearing, source);
            // Why it was found: the field the text matched, tags included, the match marked.
            matchField.getStyleClass().add("search-match-field");
            matchField.setMinWidth(Region.USE_PREF_SIZE);
            before.getStyleClass().add("search-match-text");
            matched.getStyleClass().addAll("search-match-text", "search-match");
            after.getStyleClass().add("search-match-text");
            TextFlow excerpt = new TextFlow(before, matched, after);
            HBox.setHgrow(excerpt, Priority.ALWAYS);
            matchLine = new HBox(6, matchField, excerpt);
            matchLine.setId("search-hit-match");
            matchLine.managedProperty().bind(matchLine.visibleProperty());
            card = new VBox(4, sector, quote, note, matchLine, meta);
            card.getStyleClass().addAll("evidence-card", "search-hit");
            // The cell is as wide as the list (less its scroll bar), so long text wraps instead of overflowing.
            prefWidthProperty().bind(owner.widthProperty().subtract(SCROLL_BAR_ALLOWANCE));
        }

        private static Label wrapping(String styleClass) {
            Label l = new Label();
            l.getStyleClass().add(styleClass);
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.managedProperty().bind(l.visibleProperty());
            return l;
        }

        @Override
        protected void updateItem(EvidenceHitRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            EvidenceRow item = row.item();
            sector.setText(row.sectorName());
            grade.setText(item.grade());
            LazyTooltip.set(grade, item.gradeMeaning());
            bearing.setText(item.bearing());
            quote.setText(item.quote().isBlank() ? "" : "\u201c" + item.quote() + "\u201d");
            quote.setVisible(!item.quote().isBlank());
            note.setText(item.note());
            note.setVisible(!item.note().isBlank());
            source.setText(item.sourceLabel());
            showMatch(row);
            setGraphic(card);
            setAccessibleText(row.sectorName() + ", " + item.grade() + ", " + item.bearing() + ": "
                    + (item.quote().isBlank() ? item.note() : item.quote())
                    + (row.match() == null ? "" : "; matched in " + row.match().field() + ": " + row.match().text()));
        }

        private void showMatch(EvidenceHitRow row) {
            TextMatch m = row.match();
            matchLine.setVisible(m != null);
            if (m == null) {
                return;
            }
            matchField.setText(row.matchLabel() + ":");
            if (m.placed()) {
                before.setText(m.text().substring(0, m.start()));
                matched.setText(m.text().substring(m.start(), m.end()));
                after.setText(m.text().substring(m.end()));
            } else {
                before.setText(m.text());
                matched.setText("");
                after.setText("");
            }
        }
    }
}
