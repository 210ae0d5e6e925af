package org.sectorscope.ui.sectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MultipleSelectionModel;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sectorscope.model.TextLimit;
import org.sectorscope.ui.common.BalanceText;
import org.sectorscope.ui.common.LazyTooltip;
import org.sectorscope.ui.common.SectorDrag;
import org.sectorscope.ui.common.TextLimitFilter;

/**
 * The Sectors pane: a filter box over a list of sector cards, linked to the shared selection. Several
 * rows may be selected; the list writes them to the shared selection and shows what the canvas selects.
 */
public final class SectorsView extends VBox {
    private final SectorsViewModel viewModel;
    private final ListView<SectorItem> list = new ListView<>();
    private TextField filter;
    private boolean syncing;
    private boolean extending;

    public SectorsView(SectorsViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("sectors-view");
        Label heading = new Label("Sectors");
        heading.getStyleClass().add("pane-title");

        // A search, not a text of the model, but a million pasted characters would freeze its layout too.
        filter = TextLimitFilter.install(new TextField(), TextLimit.LINE, "a search");
        filter.setId("sector-filter");
        filter.setAccessibleText("Filter sectors");
        filter.setPromptText("Filter sectors (name, driver, quadrant, tag, field)");
        filter.textProperty().bindBidirectional(viewModel.filterProperty());

        list.setId("sector-list");
        list.setAccessibleText("Sectors");
        list.setItems(viewModel.items());
        list.setCellFactory(lv -> new SectorCell(viewModel::agreementOf));
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.setId("sectors-placeholder");
        // An empty project and a filter that hides everything need different advice.
        placeholder.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.filterProperty().get() == null || viewModel.filterProperty().get().isBlank()
                        ? "No sectors yet. Double-click the canvas (or press Insert there) to add one."
                        : "No sector matches the filter.", viewModel.filterProperty()));
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);

        Label summary = new Label();
        summary.setId("sectors-selection-summary");
        summary.getStyleClass().add("selection-summary");
        summary.textProperty().bind(viewModel.selectionSummaryProperty());
        summary.setMinWidth(0); // a narrow pane cuts it short with an ellipsis, never the title
        // Beside the title, not on a line of its own: appearing must not push the list down under the pointer.
        HBox title = new HBox(8, heading, summary);
        title.setAlignment(Pos.BASELINE_LEFT);

        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // Whether the gesture extends the selection (Shift, Ctrl) decides what happens to filtered-out rows.
        list.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> extending = e.isShiftDown() || e.isShortcutDown());
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> extending = e.isShiftDown() || e.isShortcutDown());
        // The indices change first, the last-clicked row a moment later: both are written, the second
        // only moves the primary.
        list.getSelectionModel().getSelectedIndices().addListener((ListChangeListener<Integer>) c -> writeSelection());
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, i) -> writeSelection());
        viewModel.selectionChangesProperty().addListener(o -> showSelection());
        viewModel.items().addListener((ListChangeListener<SectorItem>) c -> showSelection());

        setSpacing(6);
        setPadding(new Insets(8));
        // The order on a line of its own: beside the filter it would cut the filter's hint to a few words.
        getChildren().addAll(title, filter, orderChoice(), list);
        // Built after a selection was made (the launch window builds this pane after its first frame).
        showSelection();
    }

    /** Puts the keyboard in the filter, where a window showing this pane first puts it. */
    public void focusFilter() {
        filter.requestFocus();
    }

    /** Hands the list's selection to the shared one, unless the list is only being made to show it. */
    private void writeSelection() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            SectorItem last = list.getSelectionModel().getSelectedItem();
            viewModel.listSelectionChanged(list.getSelectionModel().getSelectedItems().stream()
                    .filter(Objects::nonNull).map(SectorItem::id).toList(), last == null ? null : last.id(), extending);
        } finally {
            syncing = false;
        }
    }

    /**
     * Mirrors the shared selection into the list without echoing it back. A list that already shows it
     * is left alone, so its anchor (for Shift+click and Shift+arrows) and its scroll stay where they are.
     */
    private void showSelection() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            MultipleSelectionModel<SectorItem> sm = list.getSelectionModel();
            List<Integer> want = new ArrayList<>(viewModel.selectedIndices());
            int primary = viewModel.indexOfSelected();
            if (want.equals(List.copyOf(sm.getSelectedIndices()))
                    && (primary < 0 || sm.getSelectedIndex() == primary)) {
                return;
            }
            sm.clearSelection();
            if (want.isEmpty()) {
                return;
            }
            if (want.size() == list.getItems().size()) {
                // Every row: one range, where giving 10,000 indices one by one took a fifth of a second.
                sm.selectAll();
                if (primary >= 0) {
                    sm.select(primary);
                }
                return;
            }
            // The last index given becomes the list's selected (and focused) row: the primary.
            if (primary >= 0) {
                want.remove(Integer.valueOf(primary));
                want.add(primary);
            }
            int[] rest = want.subList(1, want.size()).stream().mapToInt(Integer::intValue).toArray();
            sm.selectIndices(want.get(0), rest);
            if (primary >= 0 && !rowShown(primary)) {
                scrollTo(primary);
            }
        } finally {
            syncing = false;
        }
    }

    /**
     * Brings the row into view in the next layout pass: the list's own scrollTo lays the wrapping cards out
     * at once and then again in the pass, which at 10,000 sectors was a quarter of a press on the plot.
     */
    private void scrollTo(int index) {
        VirtualFlow<?> flow = flow();
        if (flow != null) {
            flow.scrollTo(index);
        } else {
            list.scrollTo(index);
        }
    }

    /** Whether the row is (at least partly) on screen; scrolling to it otherwise would make the list jump. */
    private boolean rowShown(int index) {
        VirtualFlow<?> flow = flow();
        if (flow == null || flow.getFirstVisibleCell() == null || flow.getLastVisibleCell() == null) {
            return false;
        }
        return index >= flow.getFirstVisibleCell().getIndex() && index <= flow.getLastVisibleCell().getIndex();
    }

    /** The list's rows as its skin lays them out; null before the skin exists. */
    private VirtualFlow<?> flow() {
        return list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow ? flow : null;
    }

    /** "Most disputed first", offered only when the project holds other analysts' layers. */
    private ComboBox<SectorsViewModel.Order> orderChoice() {
        ComboBox<SectorsViewModel.Order> order = new ComboBox<>(
                FXCollections.observableArrayList(SectorsViewModel.Order.values()));
        order.setId("sector-order");
        LazyTooltip.set(order, "Most disputed first: the sectors the analysts agree on least, then those"
                + " they spread most over");
        order.valueProperty().bindBidirectional(viewModel.orderProperty());
        order.visibleProperty().bind(viewModel.teamProperty());
        order.managedProperty().bind(order.visibleProperty());
        order.setFocusTraversable(false);
        order.setMaxWidth(Double.MAX_VALUE);
        return order;
    }

    public ListView<SectorItem> list() {
        return list;
    }

    /**
     * One card: name, the custom field values on a wrapping line, quadrant badge in the quadrant's colour,
     * driver tag, evidence count and open comments.
     */
    private static final class SectorCell extends ListCell<SectorItem> {
        private final Label name = new Label();
        private final Label quadrant = new Label();
        private final Label driver = new Label();
        private final Label basis = new Label();
        private final Label evidence = new Label();
        private final Label comments = new Label();
        private final Label fields = new Label();
        private final Label balance = new Label();
        private final Label warning = new Label();
        private final Label agreement = new Label();
        private final Function<String, String> agreementOf;
        private final VBox card;

        SectorCell(Function<String, String> agreementOf) {
            this.agreementOf = agreementOf;
            // Dragging a card onto the canvas places (or moves) the sector there.
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    var board = startDragAndDrop(TransferMode.MOVE);
                    var content = new ClipboardContent();
                    content.put(SectorDrag.SECTOR_ID, getItem().id());
                    content.putString(getItem().name());
                    board.setContent(content);
                    e.consume();
                }
            });
            name.getStyleClass().add("card-name");
            name.setWrapText(true);
            quadrant.getStyleClass().add("quadrant-badge");
            driver.getStyleClass().add("driver-tag");
            basis.getStyleClass().add("basis-badge");
            evidence.getStyleClass().add("evidence-count");
            // A flow, not a row: in a narrow pane the tags wrap instead of being cut off.
            comments.getStyleClass().add("comments-badge");
            FlowPane meta = new FlowPane(6, 3, quadrant, basis, driver, evidence, comments);
            fields.getStyleClass().add("fields-line");
            fields.setWrapText(true);
            balance.getStyleClass().add("balance-line");
            balance.setWrapText(true);
            warning.getStyleClass().add("contradiction-warning");
            warning.setWrapText(true);
            // The values under the name, before the evidence balance: they describe the sector itself.
            agreement.getStyleClass().add("agreement-line");
            agreement.setWrapText(true);
            card = new VBox(4, name, fields, meta, agreement, balance, warning);
            card.getStyleClass().add("sector-card-row");
            setPrefWidth(0); // lets the cell shrink with the pane so text wraps instead of scrolling
        }

        @Override
        protected void updateItem(SectorItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            name.setText(item.name());
            quadrant.setText(item.quadrantLabel());
            quadrant.setStyle("-fx-background-color: " + item.quadrantColor() + ";");
            quadrant.getStyleClass().removeAll("not-placed", "on-line");
            if (!item.placed()) {
                quadrant.getStyleClass().add("not-placed");
            } else if (item.onLine()) {
                quadrant.getStyleClass().add("on-line");
            }
            basis.setText(item.basisLabel());
            basis.getStyleClass().remove("analyst");
            if (!item.byReport()) {
                basis.getStyleClass().add("analyst");
            }
            LazyTooltip.set(basis, item.credit());
            show(basis, item.placed());
            driver.setText(item.driverLabel());
            driver.getStyleClass().remove("no-driver");
            if (item.driver().isBlank()) {
                driver.getStyleClass().add("no-driver");
            }
            evidence.setText(item.evidenceLabel());
            comments.setText(item.commentsLabel());
            show(comments, item.openComments() > 0);
            fields.setText(item.fields());
            show(fields, !item.fields().isEmpty());
            String agreed = agreementOf.apply(item.id());
            agreement.setText(agreed.isEmpty() ? "" : "Analysts: " + agreed);
            show(agreement, !agreed.isEmpty());
            balance.setText(item.balance());
            show(balance, !item.balance().isEmpty());
            warning.setText(item.warning() == null ? "" : BalanceText.WARNING_MARK + " " + item.warning());
            show(warning, item.warning() != null);
            setGraphic(card);
            setAccessibleText(item.name() + ", " + item.quadrantLabel() + ", " + item.credit() + ", "
                    + item.driverLabel() + (item.fields().isEmpty() ? "" : ", " + item.fields())
                    + (item.openComments() == 0 ? "" : ", " + item.commentsLabel())
                    + (agreed.isEmpty() ? "" : ", analysts: " + agreed)
                    + (item.warning() == null ? "" : ". Warning: " + item.warning()));
        }

        private static void show(Label label, boolean visible) {
            label.setVisible(visible);
            label.setManaged(visible);
        }
    }
}
