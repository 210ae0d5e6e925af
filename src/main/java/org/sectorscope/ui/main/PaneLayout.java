package org.sectorscope.ui.main;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * The four panes in three splits: sectors | (canvas | evidence) / options. Each divider follows its
 * wanted fraction in {@link PaneLayoutViewModel}. A SplitPane on its own hands a resize's pixels out
 * evenly and keeps wherever minimum sizes pushed a divider, so after 1600 -> 1024 -> 1600 px the
 * sectors list was twice its width; here every resize puts the dividers back at their fractions
 * (the minimum sizes still win while the window is narrow), and only a drag changes a fraction. A
 * hidden pane (View > Panes) leaves its split; a split left with no pane leaves its own.
 */
final class PaneLayout {
    /** In a split's properties while its divider is dragged: the position it was pressed at. */
    private static final String DRAGGING = "sectorscope.divider-dragging";
    private final PaneLayoutViewModel viewModel;
    private final Map<String, SplitPane> splits = new LinkedHashMap<>();
    private final SplitPane root;
    private Runnable onSettled = () -> { };

    PaneLayout(PaneLayoutViewModel viewModel, Node sectors, Node canvas, Node evidence, Node options) {
        this.viewModel = viewModel;
        SplitPane top = split(PaneLayoutViewModel.EVIDENCE, Orientation.HORIZONTAL, canvas, evidence);
        SplitPane right = split(PaneLayoutViewModel.OPTIONS, Orientation.VERTICAL, top, options);
        root = split(PaneLayoutViewModel.SECTORS, Orientation.HORIZONTAL, sectors, right);
        Map<String, Node> panes = Map.of("sectors", sectors, "canvas", canvas, "evidence", evidence, "options", options);
        Runnable arrange = () -> {
            Function<String, Node> shown = pane -> viewModel.shown(pane).get() ? panes.get(pane) : null;
            show(top, shown.apply("canvas"), shown.apply("evidence"));
            show(right, top.getItems().isEmpty() ? null : top, shown.apply("options"));
            show(root, shown.apply("sectors"), right.getItems().isEmpty() ? null : right);
        };
        for (String pane : PaneLayoutViewModel.PANES) {
            viewModel.shown(pane).addListener((obs, was, now) -> {
                arrange.run();
                onSettled.run();
            });
        }
        arrange.run();
        viewModel.setOnReset(() -> {
            splits.forEach((name, split) -> split.setDividerPosition(0, viewModel.divider(name).get()));
            onSettled.run();
        });
    }

    /**
     * Gives {@code split} the shown ones of {@code first} and {@code second} (null: hidden), and its divider
     * its wanted place again when it has one: a hidden pane's split goes, the others' dividers stay.
     */
    private void show(SplitPane split, Node first, Node second) {
        List<Node> items = Stream.of(first, second).filter(Objects::nonNull).toList();
        if (!split.getItems().equals(items)) {
            split.getItems().setAll(items);
        }
        String name = split.getId().substring("split-".length());
        if (items.size() == 2) {
            split.setDividerPosition(0, viewModel.divider(name).get());
        }
    }

    Parent root() {
        return root;
    }

    /** The split holding a divider, by its name in {@link PaneLayoutViewModel}. */
    SplitPane split(String name) {
        return splits.get(name);
    }

    /** Run when a divider has been dragged and let go, or the layout reset: a moment to save it. */
    void setOnSettled(Runnable action) {
        onSettled = action;
    }

    private SplitPane split(String name, Orientation orientation, Node first, Node second) {
        SplitPane split = new SplitPane(first, second);
        split.setId("split-" + name);
        split.setOrientation(orientation);
        DoubleProperty wanted = viewModel.divider(name);
        split.setDividerPositions(wanted.get());
        wanted.addListener((obs, old, now) -> split.setDividerPosition(0, now.doubleValue()));
        // Not "resizable with parent": the split then lays its panes out from the fractions on a resize
        // instead of handing the pixels out evenly; and a fraction a narrow window's minimums pushed
        // away goes back where it is wanted.
        SplitPane.setResizableWithParent(first, false);
        SplitPane.setResizableWithParent(second, false);
        (orientation == Orientation.HORIZONTAL ? split.widthProperty() : split.heightProperty())
                .addListener((obs, old, now) -> {
                    if (!dragging(split) && split.getItems().size() == 2) {
                        split.setDividerPosition(0, wanted.get());
                    }
                });
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (onOwnDivider(split, e)) {
                split.getProperties().put(DRAGGING, split.getDividerPositions()[0]);
            }
        });
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragging(split)) {
                double pressedAt = (Double) split.getProperties().remove(DRAGGING);
                double now = split.getDividerPositions()[0];
                // A click that moved nothing keeps the wanted fraction, not one a narrow window forced.
                if (Math.abs(now - pressedAt) > 1e-6) {
                    wanted.set(now);
                    onSettled.run();
                }
            }
        });
        splits.put(name, split);
        return split;
    }

    private static boolean dragging(SplitPane split) {
        return split.getProperties().containsKey(DRAGGING);
    }

    /** A press on this split's divider, not on a nested split's or inside a pane. */
    private static boolean onOwnDivider(SplitPane split, MouseEvent e) {
        for (Node n = e.getTarget() instanceof Node t ? t : null; n != null && n != split; n = n.getParent()) {
            if (n.getStyleClass().contains("split-pane-divider")) {
                return n.getParent() == split;
            }
        }
        return false;
    }
}
