package org.sectorscope.ui.canvas;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.logic.plot.Box;
import org.sectorscope.logic.plot.PlacedSector;
import org.sectorscope.model.Position;

/**
 * The plot's input, kept apart from the drawing, which it only asks where things are. The mouse is here:
 * select, drag (one command when it ends), marquee, pan, hover, double-click to rename or add; the keys
 * are {@link PlotKeys}, the in-place edits {@link PlotEdits}.
 */
final class PlotGestures {
    /** Pointer travel below this is a click, not a drag. */
    private static final double DRAG_SLOP = 3;

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
    private final Rectangle marqueeRect = new Rectangle();
    private final Label hoverName = new Label();
    private final PlotEdits edits;
    private final PlotKeys keys;
    private Drag drag;
    private Marquee marquee;
    private double[] panFrom;
    private Consumer<double[]> panner = d -> { };

    PlotGestures(QuadrantPlot plot, QuadrantCanvasViewModel viewModel) {
        this.plot = plot;
        this.viewModel = viewModel;
        marqueeRect.getStyleClass().add("marquee");
        marqueeRect.setVisible(false);
        marqueeRect.setManaged(false);
        marqueeRect.setMouseTransparent(true);
        hoverName.getStyleClass().add("hover-name");
        hoverName.setId("hover-name");
        hoverName.setManaged(false);
        hoverName.setVisible(false);
        hoverName.setMouseTransparent(true);
        plot.addOnTop(marqueeRect, hoverName);
        edits = new PlotEdits(plot, viewModel); // its editor goes over the marquee and the hover name
        plot.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        plot.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hoverName.setVisible(false));
        plot.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        plot.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        plot.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        plot.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        keys = new PlotKeys(plot, viewModel, edits);
    }

    /** Scrolls the view by the pointer's travel while panning. */
    void setPanner(Consumer<double[]> panner) {
        this.panner = panner;
    }

    /** Renaming, rewording and deleting on the plot, for the view's context menu and keys. */
    PlotEdits edits() {
        return edits;
    }

    private boolean inEditor(MouseEvent e) {
        return edits.inEditor(e.getPickResult().getIntersectedNode());
    }

    private String sectorUnder(MouseEvent e) {
        return plot.sectorAt(e.getPickResult().getIntersectedNode(), e.getX(), e.getY());
    }

    private void pressed(MouseEvent e) {
        if (inEditor(e)) {
            return;
        }
        if (edits.isEditing()) {
            edits.commit();
        }
        plot.requestFocus();
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && keys.spaceDown())) {
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
        if (!marqueeRect.isVisible() && Math.hypot(w, h) < DRAG_SLOP) {
            return;
        }
        marqueeRect.setVisible(true);
        marqueeRect.setX(x);
        marqueeRect.setY(y);
        marqueeRect.setWidth(w);
        marqueeRect.setHeight(h);
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
            plot.setCursor(keys.spaceDown() ? Cursor.OPEN_HAND : Cursor.DEFAULT);
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
            if (!marqueeRect.isVisible() && marquee.base().isEmpty()) {
                viewModel.select(null); // a plain click on empty space
            }
            marquee = null;
            marqueeRect.setVisible(false);
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
            edits.startRename(id);
        } else if (text != null) {
            edits.startFrameworkEdit(target, text);
        } else if (g != null && e.getX() >= g.left() && e.getX() <= g.right() && e.getY() >= g.top()
                && e.getY() <= g.bottom()) {
            edits.renameAdded(viewModel.addSectorAt(g.toPosition(e.getX(), e.getY())));
        }
        e.consume();
    }

    /** A marker without a label is named while the pointer is on it. */
    private void hover(MouseEvent e) {
        PlacedSector s = plot.plotLayout() == null ? null : plot.plotLayout().at(e.getX(), e.getY());
        if (s == null || s.labelled() || drag != null) {
            hoverName.setVisible(false);
            return;
        }
        hoverName.setText(NameTags.text(s));
        hoverName.autosize();
        NameTags.place(hoverName, s);
        hoverName.setVisible(true);
        hoverName.toFront();
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
