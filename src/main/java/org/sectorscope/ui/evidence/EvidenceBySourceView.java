package org.sectorscope.ui.evidence;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.sectorscope.ui.evidence.EvidenceBySourceViewModel.Entry;
import org.sectorscope.ui.evidence.EvidenceBySourceViewModel.Group;
import org.sectorscope.ui.evidence.EvidenceBySourceViewModel.Item;

/** "What each source supports": a tree with a group per source; expanding one lists its items. */
public final class EvidenceBySourceView extends VBox {
    /** Room for the tree's disclosure arrows, indentation and scroll bar, so text wraps inside the pane. */
    private static final double GROUP_ALLOWANCE = 48;
    private static final double ITEM_ALLOWANCE = 70;
    /** The key of the "No source" group in {@link #expanded}; source ids are never blank. */
    private static final String NO_SOURCE_KEY = "";

    private final EvidenceBySourceViewModel viewModel;
    private final TreeView<Entry> tree = new TreeView<>(new TreeItem<>());
    /** Which groups are open, so a rebuild after an edit does not fold the tree up again. */
    private final Set<String> expanded = new HashSet<>();
    private boolean syncing;

    public EvidenceBySourceView(EvidenceBySourceViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("evidence-by-source-view");
        setId("evidence-by-source-view");
        Label title = new Label("What each source supports");
        title.getStyleClass().add("pane-title");

        tree.setId("evidence-by-source-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(tv -> new EntryCell(tv));
        // A click or an arrow key on an item is a pick; moving onto a group only shows it.
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, node) -> {
            if (!syncing && node != null && node.getValue() instanceof Item item) {
                viewModel.pick(item);
            }
        });
        viewModel.groups().addListener((ListChangeListener<Group>) c -> rebuild());
        viewModel.pickedEvidenceIdProperty().addListener((obs, old, id) -> showPicked());
        rebuild();
        // A TreeView has no placeholder of its own.
        Label empty = new Label("This project has no sources and no evidence yet.");
        empty.getStyleClass().add("placeholder");
        empty.setWrapText(true);
        empty.visibleProperty().bind(Bindings.isEmpty(viewModel.groups()));
        StackPane body = new StackPane(tree, empty);
        VBox.setVgrow(body, Priority.ALWAYS);
        setSpacing(6);
        setPadding(new Insets(8));
        getChildren().addAll(title, body);
    }

    public TreeView<Entry> tree() {
        return tree;
    }

    private void rebuild() {
        syncing = true;
        try {
            tree.getRoot().getChildren().setAll(viewModel.groups().stream().map(this::groupNode).toList());
        } finally {
            syncing = false;
        }
        showPicked();
    }

    private TreeItem<Entry> groupNode(Group g) {
        TreeItem<Entry> node = new TreeItem<>(g);
        g.items().forEach(i -> node.getChildren().add(new TreeItem<>(i)));
        String key = key(g);
        node.setExpanded(expanded.contains(key));
        node.expandedProperty().addListener((obs, was, is) -> {
            if (is) {
                expanded.add(key);
            } else {
                expanded.remove(key);
            }
        });
        return node;
    }

    private static String key(Group g) {
        return g.sourceId() == null ? NO_SOURCE_KEY : g.sourceId();
    }

    /** Mirrors the view model's pick into the tree (opening its group) without echoing it back. */
    private void showPicked() {
        String id = viewModel.pickedEvidenceIdProperty().get();
        syncing = true;
        try {
            for (TreeItem<Entry> group : tree.getRoot().getChildren()) {
                for (TreeItem<Entry> node : group.getChildren()) {
                    if (node.getValue() instanceof Item item && Objects.equals(item.evidenceId(), id)) {
                        group.setExpanded(true);
                        tree.getSelectionModel().select(node);
                        return;
                    }
                }
            }
            if (tree.getSelectionModel().getSelectedItem() != null
                    && tree.getSelectionModel().getSelectedItem().getValue() instanceof Item) {
                tree.getSelectionModel().clearSelection();
            }
        } finally {
            syncing = false;
        }
    }

    /** A group (source label over its summary) or an item (sector, grade, shortened text). */
    private static final class EntryCell extends TreeCell<Entry> {
        private final Label title = new Label();
        private final Label grade = new Label();
        private final Label detail = new Label();
        private final VBox box = new VBox(2, title, detail);
        private final TreeView<Entry> owner;

        EntryCell(TreeView<Entry> owner) {
            this.owner = owner;
            title.setWrapText(true);
            title.setMinHeight(Region.USE_PREF_SIZE);
            // The grade rides on the title as its graphic, so a long source label still wraps in the box.
            title.setContentDisplay(ContentDisplay.RIGHT);
            title.setGraphicTextGap(6);
            grade.getStyleClass().add("grade-badge");
            grade.setMinWidth(Region.USE_PREF_SIZE);
            detail.setWrapText(true);
            detail.setMinHeight(Region.USE_PREF_SIZE);
            setPrefWidth(0); // the cell shrinks with the pane; the box width below makes the text wrap
            // A cell asks its graphic for its height at its preferred width, so the labels carry the width too.
            title.prefWidthProperty().bind(box.prefWidthProperty());
            detail.prefWidthProperty().bind(box.prefWidthProperty());
        }

        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(null);
            if (empty || entry == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            box.prefWidthProperty().unbind();
            if (entry instanceof Group g) {
                show(g.label(), null, g.summary(), new String[] {"section-title", "source-label"},
                        new String[] {"hint", "source-summary"});
                box.prefWidthProperty().bind(owner.widthProperty().subtract(GROUP_ALLOWANCE));
                setAccessibleText(g.label() + ": " + g.summary());
            } else if (entry instanceof Item i) {
                String text = i.quote() ? "\u201c" + i.excerpt() + "\u201d" : i.excerpt();
                show(i.sectorName(), i.grade(), text, new String[] {"card-name"},
                        new String[] {i.quote() ? "evidence-quote" : "evidence-note", "source-item-text"});
                box.prefWidthProperty().bind(owner.widthProperty().subtract(ITEM_ALLOWANCE));
                setAccessibleText(i.sectorName() + ", " + i.grade() + ": " + i.excerpt());
            }
            box.setMaxWidth(Region.USE_PREF_SIZE);
            setGraphic(box);
        }

        /** Cells are reused for groups and items alike, so each show sets every style class afresh. */
        private void show(String titleText, String gradeText, String detailText, String[] titleStyles,
                          String[] detailStyles) {
            title.setText(titleText);
            title.getStyleClass().setAll("label");
            title.getStyleClass().addAll(titleStyles);
            grade.setText(gradeText);
            title.setGraphic(gradeText == null ? null : grade);
            detail.setText(detailText);
            detail.getStyleClass().setAll("label");
            detail.getStyleClass().addAll(detailStyles);
        }
    }
}
