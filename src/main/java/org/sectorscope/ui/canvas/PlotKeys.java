package org.sectorscope.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The plot's keyboard: arrows nudge the selection (Shift for a big step), Delete deletes it, Enter or F2
 * renames, Tab walks the sectors (Ctrl+Tab leaves the plot), Escape clears the selection, Insert adds a
 * sector, Ctrl+A selects all, and Space held turns a drag into a pan.
 */
final class PlotKeys {
    private final QuadrantPlot plot;
    private final QuadrantCanvasViewModel viewModel;
    private final PlotEdits edits;
    private boolean spaceDown;

    PlotKeys(QuadrantPlot plot, QuadrantCanvasViewModel viewModel, PlotEdits edits) {
        this.plot = plot;
        this.viewModel = viewModel;
        this.edits = edits;
        plot.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        plot.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
                plot.setCursor(Cursor.DEFAULT);
            }
        });
    }

    /** Whether Space is held, so that the primary button pans. */
    boolean spaceDown() {
        return spaceDown;
    }

    private void keyPressed(KeyEvent e) {
        if (edits.isEditing()) {
            return;
        }
        double step = e.isShiftDown() ? QuadrantCanvasViewModel.BIG_NUDGE : QuadrantCanvasViewModel.NUDGE;
        switch (e.getCode()) {
            case LEFT -> viewModel.nudgeSelection(-step, 0);
            case RIGHT -> viewModel.nudgeSelection(step, 0);
            case UP -> viewModel.nudgeSelection(0, step);
            case DOWN -> viewModel.nudgeSelection(0, -step);
            case DELETE, BACK_SPACE -> edits.deleteSelected();
            case ENTER, F2 -> {
                String id = viewModel.selectedIdProperty().get();
                if (id != null) {
                    edits.startRename(id);
                }
            }
            case TAB -> {
                if (e.isControlDown()) {
                    leave(e.isShiftDown()); // Ctrl+Tab leaves the canvas, as it leaves a text area: no keyboard trap
                    break;
                }
                viewModel.selectNext(e.isShiftDown());
                revealSelected();
            }
            case ESCAPE -> viewModel.select(null);
            // The keyboard's way to add a sector: beside the selected one, else in the middle.
            case INSERT -> edits.renameAdded(viewModel.addSectorNearSelection());
            case SPACE -> {
                spaceDown = true;
                plot.setCursor(Cursor.OPEN_HAND);
            }
            case A -> {
                if (!e.isShortcutDown()) {
                    return;
                }
                viewModel.selectAll();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /**
     * Moves the keyboard to the next (or previous) control in the window's Tab order, the order of the
     * scene graph as JavaFX's own Tab follows it (JavaFX 21 has no public call to traverse).
     */
    private void leave(boolean backwards) {
        if (plot.getScene() == null) {
            return;
        }
        List<Node> stops = new ArrayList<>();
        collectStops(plot.getScene().getRoot(), stops);
        int at = stops.indexOf(plot);
        if (at >= 0 && stops.size() > 1) {
            stops.get(Math.floorMod(at + (backwards ? -1 : 1), stops.size())).requestFocus();
        }
    }

    private void collectStops(Node node, List<Node> stops) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable()) {
            stops.add(node);
        }
        if (node instanceof Parent parent && node != plot) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectStops(child, stops);
            }
        }
    }

    private void revealSelected() {
        Bounds b = plot.boundsOf(viewModel.selectedIdProperty().get());
        if (b != null) {
            plot.fireEvent(new RevealEvent(b));
        }
    }
}
