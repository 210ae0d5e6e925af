package org.sectorscope.ui.evidence;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.sectorscope.ui.common.BalanceText;
import org.sectorscope.ui.common.LazyTabContent;
import org.sectorscope.ui.common.LazyTooltip;
import org.sectorscope.ui.common.WrapRow;

/** The Evidence pane: the selected sector's summary, placement rationale and graded evidence. */
public final class EvidenceView extends VBox {
    private static final PseudoClass PICKED = PseudoClass.getPseudoClass("picked");
    private final EvidenceViewModel viewModel;
    private final VBox items = new VBox(8);
    private final EvidenceEditorView editor;
    private final EvidenceSearchView search;
    private final TabPane tabs = new TabPane();
    private Consumer<String> onShowSource;

    public EvidenceView(EvidenceViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("evidence-view");
        setId("evidence-view");
        Label title = new Label("Evidence");
        title.getStyleClass().add("pane-title");

        Label heading = boundLabel("evidence-heading", "sector-heading");
        heading.textProperty().bind(viewModel.headingProperty());
        Label placement = boundLabel("evidence-placement", "placement-line");
        placement.textProperty().bind(viewModel.placementLineProperty());
        Label summary = boundLabel("evidence-summary", "summary");
        summary.textProperty().bind(viewModel.summaryProperty());
        Label rationaleTitle = new Label("Placement rationale");
        rationaleTitle.getStyleClass().add("section-title");
        Label rationale = boundLabel("evidence-rationale", "rationale");
        rationale.textProperty().bind(viewModel.rationaleProperty());
        Label itemsTitle = new Label();
        itemsTitle.getStyleClass().add("section-title");
        itemsTitle.textProperty().bind(Bindings.size(viewModel.rows())
                .asString("Evidence items (%d)"));

        Label historyTitle = new Label("Placement history");
        historyTitle.getStyleClass().add("section-title");
        VBox historyLines = new VBox(2);
        historyLines.setId("evidence-history");
        viewModel.history().addListener((ListChangeListener<String>) c -> showHistory(historyLines));
        showHistory(historyLines);
        historyTitle.visibleProperty().bind(Bindings.isNotEmpty(viewModel.history()));
        historyTitle.managedProperty().bind(historyTitle.visibleProperty());
        Label balanceTitle = new Label("Balance of the evidence");
        balanceTitle.getStyleClass().add("section-title");
        LazyTooltip.set(balanceTitle, "Each item adds its grade weight (A1 = 1.0 \u2026 E5 = 0.04) to the pole it"
                + " points toward; the placed pole is underlined.");
        BalanceTable balanceRows = new BalanceTable();
        balanceRows.setId("evidence-balance");
        viewModel.balance().addListener((ListChangeListener<BalanceRow>) c -> balanceRows.setRows(viewModel.balance()));
        balanceRows.setRows(viewModel.balance());
        Label warning = boundLabel("evidence-warning", "contradiction-warning");
        warning.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.warningProperty().get().isEmpty() ? ""
                        : BalanceText.WARNING_MARK + " " + viewModel.warningProperty().get(),
                viewModel.warningProperty()));
        warning.visibleProperty().bind(viewModel.warningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        VBox content = new VBox(6, heading, placement, summary, rationaleTitle, rationale, balanceTitle, balanceRows,
                warning, historyTitle, historyLines,
                itemsHeader(itemsTitle), items);
        content.setPadding(new Insets(4, 10, 10, 2));
        content.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("evidence-scroll");

        Label empty = new Label("Select a sector in the list or on the canvas to see its evidence.");
        empty.getStyleClass().add("placeholder");
        empty.setWrapText(true);
        StackPane body = new StackPane(scroll, empty);
        scroll.visibleProperty().bind(viewModel.hasSectorProperty());
        empty.visibleProperty().bind(viewModel.hasSectorProperty().not());
        VBox.setVgrow(body, Priority.ALWAYS);

        viewModel.rows().addListener((ListChangeListener<EvidenceRow>) c -> rebuild());
        viewModel.selectedItemProperty().addListener((obs, old, id) -> showPicked(old, id));
        rebuild();
        editor = new EvidenceEditorView(viewModel.editor());
        VBox sectorTab = new VBox(6, body);
        // When the form closes, give focus back to the item it saved so the keyboard flow continues. The
        // form joins the scene when first opened: closed, it would only add to the styling before the first frame.
        viewModel.editor().modeProperty().addListener((obs, old, mode) -> {
            if (mode == EvidenceEditorViewModel.Mode.CLOSED) {
                focusPicked();
            } else if (editor.getParent() == null) {
                sectorTab.getChildren().add(0, editor);
            }
        });
        VBox.setVgrow(body, Priority.ALWAYS);
        search = new EvidenceSearchView(viewModel.search());
        Tab sector = new Tab("Sector", sectorTab);
        sector.setId("tab-sector");
        Tab find = LazyTabContent.attachWhenSelected(new Tab("Find"), search);
        find.setId("tab-find");
        Tab sources = LazyTabContent.attachWhenSelected(new Tab("By source"), new EvidenceBySourceView(viewModel.bySource()));
        sources.setId("tab-by-source");
        tabs.getTabs().addAll(sector, find, sources);
        // A hidden tab's rows wait until it is shown: opening 10,000 sectors need not search or group them all.
        showWhileSelected(find, viewModel.search()::setShown);
        showWhileSelected(sources, viewModel.bySource()::setShown);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("evidence-tabs");
        tabs.setAccessibleText("Evidence");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        setSpacing(6);
        setPadding(new Insets(8));
        getChildren().addAll(title, tabs);
    }

    /** Adds a tab after the pane's own (the window adds the sector inspector) and returns it. */
    public Tab addTab(String title, String id, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tabs.getTabs().add(tab);
        return tab;
    }

    /** Brings {@code tab}, one of this pane's, to the front. */
    public void showTab(Tab tab) {
        tabs.getSelectionModel().select(tab);
    }

    /** Shows the Find tab with the caret in its search field. */
    public void startSearch() {
        tabs.getSelectionModel().select(1);
        search.focusSearchField();
    }

    /** What to do when the analyst clicks an item's source: the main window opens the Sources dialog on it. */
    public void setOnShowSource(Consumer<String> action) {
        onShowSource = action;
    }

    /** Opens the form for a new item of the selected sector and puts the caret in it. */
    public void startNewItem() {
        tabs.getSelectionModel().select(0);
        if (viewModel.newItem()) {
            editor.focusFirstField();
        }
    }

    /** The title and the item buttons; the buttons go under the title when the pane is too narrow for both. */
    private Region itemsHeader(Label itemsTitle) {
        Button add = toolButton("evidence-add", "+ Add", "New evidence item (Ctrl+E)", this::startNewItem);
        Button edit = toolButton("evidence-edit", "Edit", "Edit the picked item (Enter)", this::editPicked);
        Button delete = toolButton("evidence-delete", "Delete", "Delete the picked item (Delete)",
                viewModel::deleteSelected);
        Button up = toolButton("evidence-up", "\u2191", "Move up (Alt+Up)", () -> viewModel.moveSelected(-1));
        Button down = toolButton("evidence-down", "\u2193", "Move down (Alt+Down)", () -> viewModel.moveSelected(1));
        var nothingPicked = viewModel.selectedItemProperty().isNull();
        for (Button b : new Button[] {edit, delete, up, down}) {
            b.disableProperty().bind(nothingPicked);
        }
        // A flow, so that in the narrowest pane the arrows wrap rather than every label becoming "...";
        // its preferred width is one row (a FlowPane's own is its wrap length, 400 px).
        FlowPane buttons = new FlowPane(4, 4, add, edit, delete, up, down) {
            @Override
            protected double computePrefWidth(double height) {
                return snappedLeftInset() + snappedRightInset() + getHgap() * (getChildren().size() - 1)
                        + getChildren().stream().mapToDouble(n -> Math.ceil(n.prefWidth(-1))).sum();
            }
        };
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new WrapRow(itemsTitle, buttons, 6);
    }

    private static Button toolButton(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("small-button");
        LazyTooltip.set(b, tip);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static void showWhileSelected(Tab tab, Consumer<Boolean> setShown) {
        setShown.accept(tab.isSelected());
        tab.selectedProperty().addListener((obs, was, selected) -> setShown.accept(selected));
    }

    private void editPicked() {
        tabs.getSelectionModel().select(0);
        if (viewModel.editSelected()) {
            editor.focusFirstField();
        }
    }

    private void showPicked(String old, String id) {
        for (Node card : items.getChildren()) {
            card.pseudoClassStateChanged(PICKED, card.getId().equals("evidence-" + id));
        }
    }

    private void focusPicked() {
        String id = viewModel.selectedItemProperty().get();
        // With no item left, the list itself holds the focus so Ctrl+Z still reaches the Edit menu.
        items.getChildren().stream().filter(n -> n.getId().equals("evidence-" + id)).findFirst()
                .ifPresentOrElse(Node::requestFocus, items::requestFocus);
    }

    private void onCardKey(KeyEvent e, String id) {
        KeyCode code = e.getCode();
        if (e.isAltDown() && (code == KeyCode.UP || code == KeyCode.DOWN)) {
            viewModel.moveSelected(code == KeyCode.UP ? -1 : 1);
            focusPicked();
        } else if (code == KeyCode.UP || code == KeyCode.DOWN) {
            int at = indexOf(id) + (code == KeyCode.UP ? -1 : 1);
            if (at >= 0 && at < viewModel.rows().size()) {
                viewModel.selectedItemProperty().set(viewModel.rows().get(at).id());
                focusPicked();
            }
        } else if (code == KeyCode.ENTER || code == KeyCode.F2) {
            editPicked();
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            viewModel.deleteSelected();
            focusPicked();
        } else {
            return;
        }
        e.consume();
    }

    private int indexOf(String id) {
        for (int i = 0; i < viewModel.rows().size(); i++) {
            if (viewModel.rows().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static Label boundLabel(String id, String styleClass) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private void showHistory(VBox box) {
        box.getChildren().setAll(viewModel.history().stream().map(line -> {
            Label l = new Label(line);
            l.getStyleClass().add("history-line");
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            return l;
        }).toList());
    }

    private void rebuild() {
        // Rebuilding replaces the focused card; keep the focus on the picked item so keys keep working.
        boolean hadFocus = items.getChildren().stream().anyMatch(Node::isFocused);
        items.getChildren().setAll(viewModel.rows().stream().map(this::card).toList());
        showPicked(null, viewModel.selectedItemProperty().get());
        if (hadFocus) {
            focusPicked();
        }
    }

    /** An evidence card as a screen reader says it: the quote or note, then its grade, bearing and source. */
    private static String spoken(EvidenceRow row) {
        String text = row.quote().isBlank() ? row.note() : "\u201c" + row.quote() + "\u201d";
        return text + ", grade " + row.grade() + ", " + row.bearing() + ", " + row.sourceLabel()
                + (row.openComments() == 0 ? "" : ", " + row.openComments() + " open comments");
    }

    private VBox card(EvidenceRow row) {
        VBox card = new VBox(4);
        card.getStyleClass().add("evidence-card");
        card.setId("evidence-" + row.id());
        card.setFocusTraversable(true);
        card.setAccessibleRole(AccessibleRole.TEXT);
        card.setAccessibleRoleDescription("evidence item");
        card.setAccessibleText(spoken(row));
        card.setAccessibleHelp("Enter edits it, Alt+Up or Alt+Down moves it, Delete deletes it");
        card.setOnMousePressed(e -> {
            viewModel.selectedItemProperty().set(row.id());
            card.requestFocus();
            if (e.getClickCount() == 2) {
                editPicked();
            }
            e.consume(); // the scroll pane would otherwise take the focus back on this press
        });
        card.focusedProperty().addListener((obs, was, is) -> {
            if (is) {
                viewModel.selectedItemProperty().set(row.id());
            }
        });
        card.addEventHandler(KeyEvent.KEY_PRESSED, e -> onCardKey(e, row.id()));
        if (!row.quote().isBlank()) {
            Label quote = new Label("\u201c" + row.quote() + "\u201d");
            quote.getStyleClass().add("evidence-quote");
            quote.setWrapText(true);
            quote.setMinHeight(Region.USE_PREF_SIZE);
            card.getChildren().add(quote);
        }
        if (!row.note().isBlank()) {
            Label note = new Label(row.note());
            note.getStyleClass().add("evidence-note");
            note.setWrapText(true);
            note.setMinHeight(Region.USE_PREF_SIZE);
            card.getChildren().add(note);
        }
        Label grade = new Label(row.grade());
        grade.getStyleClass().add("grade-badge");
        LazyTooltip.set(grade, row.gradeMeaning());
        grade.setMinWidth(Region.USE_PREF_SIZE);
        Label bearing = new Label(row.bearing());
        bearing.getStyleClass().add("bearing-tag");
        bearing.setMinWidth(Region.USE_PREF_SIZE);
        Label source = new Label(row.sourceLabel());
        source.getStyleClass().add("evidence-source");
        if (row.sourceId() != null) {
            source.getStyleClass().add("source-link");
            LazyTooltip.set(source, "Show this source (edit it once for every item that cites it)");
            source.setOnMouseClicked(e -> {
                if (onShowSource != null) {
                    onShowSource.accept(row.sourceId());
                }
            });
        }
        source.setWrapText(true);
        source.setMinWidth(0);
        HBox.setHgrow(source, Priority.ALWAYS);
        HBox meta = new HBox(6, grade, bearing, source);
        if (row.openComments() > 0) {
            Label comments = new Label(row.openComments() == 1 ? "1 comment" : row.openComments() + " comments");
            comments.getStyleClass().add("comments-badge");
            comments.setMinWidth(Region.USE_PREF_SIZE);
            meta.getChildren().add(2, comments);
        }
        card.getChildren().add(meta);
        return card;
    }
}
