package org.sectorscope.ui.canvas;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.logic.plot.Box;
import org.sectorscope.logic.plot.PlacedSector;
import org.sectorscope.model.Position;

/**
 * Every mouse and key gesture of the plot: select, drag (one command when it ends), marquee, pan,
 * nudge, rename in place, add, delete. Kept apart from the drawing, which it only asks where things are.
 */
final class PlotGestures {
    /** Pointer travel below this is a click, not a drag. */
    private static final double DRAG_SLOP = 3;

    /** Edits the plot asks its owner to make for texts of the framework drawn on it. */
    interface FrameworkTextEdit {
        void apply(FrameworkDrawing.FrameworkText which, String newText);
    }

    /** A drag of the selected sectors; the model is untouched until the drop. */
    private static final class Drag {
        final String pressed;
        final Set<String> ids;
        final double pressX;
        final double pressY;
        final boolean collapseOnClick;
        boolean moved;
        double dx;
        double dy;

        Drag(String pressed, Set<String> ids, double pressX, double pressY, boolean collapseOnClick) {
            this.pressed = pressed;
            this.ids = ids;
            this.pressX = pressX;
            this.pressY = pressY;
            this.collapseOnClick = collapseOnClick;
        }
    }

    /** A rubber-band selection in progress. */
    private record Marquee(double x, double y, Set<String> base) {
    }

    private final QuadrantPlot plot;
    private final QuadrantCanvasViewModel viewModel;
    private Drag drag;
    private Marquee marquee;
    private double[] panFrom;
    private boolean spaceDown;
    private Consumer<double[]> panner = d -> { };
    private FrameworkTextEdit frameworkEdit = (which, text) -> { };
    private Predicate<List<String>> confirmDelete = names -> true;

    PlotGestures(QuadrantPlot plot) {
        this.plot = plot;
        this.viewModel = plot.viewModel;
        plot.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        plot.addEventHandler(MouseEvent.MOUSE_EXITED, e -> plot.hoverName.setVisible(false));
        plot.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        plot.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        plot.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        plot.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        plot.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        plot.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
                plot.setCursor(Cursor.DEFAULT);
            }
        });
    }

    void setPanner(Consumer<double[]> panner) {
        this.panner = panner;
    }

    void setFrameworkEdit(FrameworkTextEdit edit) {
        this.frameworkEdit = edit;
    }

    /** Asked before deleting, with the names of the sectors to delete; true goes ahead. */
    void setConfirmDelete(Predicate<List<String>> confirm) {
        this.confirmDelete = confirm;
    }

    // ---- mouse ----

    private boolean inEditor(MouseEvent e) {
        for (Node n = e.getPickResult().getIntersectedNode(); n != null; n = n.getParent()) {
            if (n == plot.editor) {
                return true;
            }
        }
        return false;
    }

    private String sectorUnder(MouseEvent e) {
        return plot.sectorAt(e.getPickResult().getIntersectedNode(), e.getX(), e.getY());
    }

    private void pressed(MouseEvent e) {
        if (inEditor(e)) {
            return;
        }
        if (plot.editor.isOpen()) {
            plot.editor.close(true);
        }
        plot.requestFocus();
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
            panFrom = new double[] {e.getScreenX(), e.getScreenY()};
            plot.setCursor(Cursor.CLOSED_HAND);
            e.consume();
            return;
        }
        String id = sectorUnder(e);
        if (e.getButton() == MouseButton.SECONDARY) {
            // The context menu acts on the sector under the pointer, as in any editor.
            if (id != null && !viewModel.selectedIds().contains(id)) {
                viewModel.select(id);
            }
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (id != null) {
            pressSector(id, e);
        } else {
            boolean additive = e.isShiftDown() || e.isShortcutDown();
            marquee = new Marquee(e.getX(), e.getY(), additive ? new LinkedHashSet<>(viewModel.selectedIds()) : Set.of());
        }
        e.consume();
    }

    private void pressSector(String id, MouseEvent e) {
        boolean wasSelected = viewModel.selectedIds().contains(id);
        if (e.isShiftDown() || e.isShortcutDown()) {
            viewModel.selection().toggleSector(id);
            if (wasSelected) {
                return; // deselected: nothing to drag
            }
        } else if (!wasSelected) {
            viewModel.select(id);
        }
        drag = new Drag(id, new LinkedHashSet<>(viewModel.selectedIds()), e.getSceneX(), e.getSceneY(),
                wasSelected && !e.isShiftDown() && !e.isShortcutDown());
    }

    private void dragged(MouseEvent e) {
        if (inEditor(e)) {
            return;
        }
        if (panFrom != null) {
            panner.accept(new double[] {panFrom[0] - e.getScreenX(), panFrom[1] - e.getScreenY()});
            panFrom = new double[] {e.getScreenX(), e.getScreenY()};
        } else if (drag != null) {
            dragSectors(e);
        } else if (marquee != null) {
            dragMarquee(e);
        }
        e.consume();
    }

    private void dragSectors(MouseEvent e) {
        double dx = e.getSceneX() - drag.pressX;
        double dy = e.getSceneY() - drag.pressY;
        if (!drag.moved && Math.hypot(dx, dy) < DRAG_SLOP) {
            return;
        }
        PlacedSector pressed = plot.plotLayout() == null ? null : plot.plotLayout().sector(drag.pressed);
        if (pressed == null) {
            return;
        }
        if (!drag.moved) {
            drag.moved = true;
            plot.beginDrag(drag.ids);
        }
        // The pressed sector's marker follows the pointer and stays on the plot.
        PlotGeometry g = plot.geometry();
        drag.dx = clamp(dx, g.left() - pressed.markerX(), g.right() - pressed.markerX());
        drag.dy = clamp(dy, g.top() - pressed.markerY(), g.bottom() - pressed.markerY());
        plot.dragBy(drag.dx, drag.dy);
        plot.highlight(viewModel.quadrantAt(dropTarget(drag.pressed)));
    }

    /**
     * Where a dragged sector lands: its stored position moved by the pointer's travel. Not where its
     * marker or label shows, which may be snapped to a line or kept inside the plot.
     */
    private Position dropTarget(String id) {
        Position from = plot.item(id).position();
        PlotGeometry g = plot.geometry();
        double dx = drag.dx / g.width() * (Position.MAX - Position.MIN);
        double dy = drag.dy / g.height() * (Position.MAX - Position.MIN);
        return Position.clamped(from.x() + dx, from.y() - dy);
    }

    private void dragMarquee(MouseEvent e) {
        double x = Math.min(marquee.x(), e.getX());
        double y = Math.min(marquee.y(), e.getY());
        double w = Math.abs(e.getX() - marquee.x());
        double h = Math.abs(e.getY() - marquee.y());
        if (!plot.marqueeRect.isVisible() && Math.hypot(w, h) < DRAG_SLOP) {
            return;
        }
        plot.marqueeRect.setVisible(true);
        plot.marqueeRect.setX(x);
        plot.marqueeRect.setY(y);
        plot.marqueeRect.setWidth(w);
        plot.marqueeRect.setHeight(h);
        Box band = new Box(x, y, w, h);
        Set<String> hits = new LinkedHashSet<>(marquee.base());
        for (PlacedSector s : plot.plotLayout().sectors()) {
            if (band.overlaps(s.markerBox(), 0) || (s.labelled() && band.overlaps(s.label(), 0))) {
                hits.add(s.id());
            }
        }
        viewModel.selection().selectSectors(hits);
    }

    private void released(MouseEvent e) {
        if (inEditor(e)) {
            return;
        }
        if (panFrom != null) {
            panFrom = null;
            plot.setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
        } else if (drag != null) {
            Drag done = drag;
            if (done.moved) {
                Map<String, Position> targets = new LinkedHashMap<>();
                done.ids.forEach(id -> {
                    if (plot.item(id) != null) {
                        targets.put(id, dropTarget(id));
                    }
                });
                drag = null;
                plot.highlight(null);
                plot.endDrag();
                viewModel.moveSectors(targets);
            } else {
                drag = null;
                if (done.collapseOnClick) {
                    viewModel.select(done.pressed);
                }
            }
        } else if (marquee != null) {
            if (!plot.marqueeRect.isVisible() && marquee.base().isEmpty()) {
                viewModel.select(null); // a plain click on empty space
            }
            marquee = null;
            plot.marqueeRect.setVisible(false);
        }
        e.consume();
    }

    private void clicked(MouseEvent e) {
        if (inEditor(e) || e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2 || !e.isStillSincePress()) {
            return;
        }
        Node target = e.getPickResult().getIntersectedNode();
        String id = sectorUnder(e);
        FrameworkDrawing.FrameworkText text = plot.framework().textOf(target);
        PlotGeometry g = plot.geometry();
        if (id != null) {
            startRename(id);
        } else if (text != null) {
            startFrameworkEdit(target, text);
        } else if (g != null && e.getX() >= g.left() && e.getX() <= g.right() && e.getY() >= g.top()
                && e.getY() <= g.bottom()) {
            String added = viewModel.addSectorAt(g.toPosition(e.getX(), e.getY()));
            plot.applyCss();
            plot.layout();
            startRename(added);
        }
        e.consume();
    }

    /** A marker without a label is named while the pointer is on it. */
    private void hover(MouseEvent e) {
        PlacedSector s = plot.plotLayout() == null ? null : plot.plotLayout().at(e.getX(), e.getY());
        if (s == null || s.labelled() || drag != null) {
            plot.hoverName.setVisible(false);
            return;
        }
        plot.hoverName.setText(NameTags.text(s));
        plot.hoverName.autosize();
        NameTags.place(plot.hoverName, s);
        plot.hoverName.setVisible(true);
        plot.hoverName.toFront();
    }

    // ---- keyboard ----

    private void keyPressed(KeyEvent e) {
        if (plot.editor.isOpen()) {
            return;
        }
        double step = e.isShiftDown() ? QuadrantCanvasViewModel.BIG_NUDGE : QuadrantCanvasViewModel.NUDGE;
        switch (e.getCode()) {
            case LEFT -> viewModel.nudgeSelection(-step, 0);
            case RIGHT -> viewModel.nudgeSelection(step, 0);
            case UP -> viewModel.nudgeSelection(0, step);
            case DOWN -> viewModel.nudgeSelection(0, -step);
            case DELETE, BACK_SPACE -> deleteSelected();
            case ENTER, F2 -> {
                String id = viewModel.selectedIdProperty().get();
                if (id != null) {
                    startRename(id);
                }
            }
            case TAB -> {
                viewModel.selectNext(e.isShiftDown());
                revealSelected();
            }
            case ESCAPE -> viewModel.select(null);
            case INSERT -> {
                // The keyboard's way to add a sector: beside the selected one, else in the middle.
                String id = viewModel.addSectorNearSelection();
                plot.applyCss();
                plot.layout();
                startRename(id);
            }
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

    void deleteSelected() {
        List<String> names = viewModel.selectedNames();
        if (!names.isEmpty() && confirmDelete.test(names)) {
            viewModel.deleteSelected();
        }
    }

    private void revealSelected() {
        Bounds b = plot.boundsOf(viewModel.selectedIdProperty().get());
        if (b != null) {
            plot.fireEvent(new QuadrantPlot.RevealEvent(b));
        }
    }

    // ---- in-place editing ----

    void startRename(String id) {
        Bounds b = plot.boundsOf(id);
        CardItem item = plot.item(id);
        if (b == null || item == null) {
            return;
        }
        double w = Math.max(140, b.getWidth());
        double x = clamp(b.getMinX(), 0, Math.max(0, plot.getWidth() - w));
        plot.editor.open(item.name(), x, b.getMinY(), w, text -> viewModel.rename(id, text));
    }

    private void startFrameworkEdit(Node node, FrameworkDrawing.FrameworkText which) {
        Bounds b = node.getBoundsInParent();
        String current = plot.framework().wording(which);
        double w = Math.max(160, Math.min(320, b.getWidth() + 40));
        double x = clamp(b.getCenterX() - w / 2, 0, Math.max(0, plot.getWidth() - w));
        plot.editor.open(current, x, b.getCenterY() - 14, w, text -> frameworkEdit.apply(which, text));
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
