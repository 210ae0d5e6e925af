package org.sectorscope.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.SetChangeListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.sectorscope.logic.CardSpreader;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Position;
import org.sectorscope.model.Quadrant;

/**
 * The drawing surface of the canvas: the framework as in the report's Figure 1.1 and every placed
 * sector as a card, with the gestures that edit them. Mouse and key handling sit on the plot, not on
 * each card, so thousands of cards cost no handlers.
 */
final class QuadrantPlot extends Region {
    static final double MARGIN_LEFT = 64;
    static final double MARGIN_TOP = 58;
    static final double MARGIN_RIGHT = 14;
    static final double MARGIN_BOTTOM = 14;
    /** Spreading overlapping cards costs time per card; beyond this many, cards sit at their positions. */
    static final int SPREAD_LIMIT = 400;
    /** Plot widths below this use compact cards. */
    static final double COMPACT_BELOW = 640;
    /** Square pixels of plot per card needed for full cards, and for compact ones; below, cards are dots. */
    static final double FULL_AREA = 14_000;
    static final double COMPACT_AREA = 2_500;
    /** Pointer travel below this is a click, not a drag. */
    private static final double DRAG_SLOP = 3;

    /** Edits the plot asks its owner to make for texts of the framework drawn on it. */
    interface FrameworkTextEdit {
        void apply(FrameworkDrawing.FrameworkText which, String newText);
    }

    private static final javafx.css.PseudoClass OPTION_TARGET = javafx.css.PseudoClass.getPseudoClass("option-target");
    private final QuadrantCanvasViewModel viewModel;
    private final FrameworkDrawing framework = new FrameworkDrawing();
    private final DotLayer dots = new DotLayer();
    private final Group cardLayer = new Group();
    private final OptionOverlay optionOverlay = new OptionOverlay();
    private final Rectangle marqueeRect = new Rectangle();
    private final InPlaceEditor editor = new InPlaceEditor(this::requestFocus);
    /** One shared label names the dot under the pointer (dots have no text of their own). */
    private final javafx.scene.control.Label hoverName = new javafx.scene.control.Label();
    private final Map<String, SectorCardNode> cards = new HashMap<>();
    private PlotGeometry geometry;
    /** The detail cards are shown at; in DOT, only selected cards are nodes and the rest are drawn by {@link #dots}. */
    private SectorCardNode.Detail detail = SectorCardNode.Detail.FULL;
    private CardDrag drag;
    private Marquee marquee;
    private double[] panFrom;
    private boolean spaceDown;
    private Consumer<double[]> panner = d -> { };
    private FrameworkTextEdit frameworkEdit = (which, text) -> { };
    private java.util.function.Predicate<List<String>> confirmDelete = names -> true;

    /** A drag of the selected cards; the model is untouched until the drop. */
    private static final class CardDrag {
        final SectorCardNode pressed;
        final Map<SectorCardNode, double[]> start = new LinkedHashMap<>();
        final double pressX;
        final double pressY;
        final boolean collapseOnClick;
        boolean moved;

        CardDrag(SectorCardNode pressed, double pressX, double pressY, boolean collapseOnClick) {
            this.pressed = pressed;
            this.pressX = pressX;
            this.pressY = pressY;
            this.collapseOnClick = collapseOnClick;
        }
    }

    /** A rubber-band selection in progress. */
    private record Marquee(double x, double y, Set<String> base) {
    }

    QuadrantPlot(QuadrantCanvasViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("quadrant-plot");
        setId("quadrant-plot");
        setFocusTraversable(true);
        getChildren().addAll(framework.backNodes());
        getChildren().addAll(dots, optionOverlay, cardLayer);
        getChildren().addAll(framework.frontNodes());
        marqueeRect.getStyleClass().add("marquee");
        marqueeRect.setVisible(false);
        marqueeRect.setManaged(false);
        marqueeRect.setMouseTransparent(true);
        hoverName.getStyleClass().add("hover-name");
        hoverName.setManaged(false);
        hoverName.setVisible(false);
        hoverName.setMouseTransparent(true);
        getChildren().addAll(marqueeRect, hoverName, editor);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hoverName.setVisible(false));

        viewModel.frameworkProperty().addListener((obs, old, f) -> showFramework(f));
        viewModel.cardsProperty().addListener((obs, old, list) -> showCards(list));
        viewModel.optionFocusProperty().addListener((obs, old, focus) -> showOptionFocus());
        viewModel.selectedIds().addListener((SetChangeListener<String>) c -> showSelection());
        viewModel.selectedIdProperty().addListener((obs, old, id) -> showSelection());
        showFramework(viewModel.frameworkProperty().get());
        showCards(viewModel.cardsProperty().get());

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
                setCursor(Cursor.DEFAULT);
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
    void setConfirmDelete(java.util.function.Predicate<List<String>> confirm) {
        this.confirmDelete = confirm;
    }

    PlotGeometry geometry() {
        return geometry;
    }

    // ---- showing the model ----

    private void showFramework(Framework f) {
        framework.show(f);
        requestLayout();
    }

    private void showCards(List<CardItem> items) {
        syncNodes(items);
        showSelection();
        requestLayout();
    }

    /**
     * Keeps one node per card that needs one: every card, or in the shape-only detail just the selected
     * cards (the rest are pixels on the dot layer), and shows each its current item.
     */
    private void syncNodes(List<CardItem> items) {
        if (geometry == null) {
            return; // before the first layout the detail is unknown; building thousands of nodes to drop them is waste
        }
        boolean dotMode = detail == SectorCardNode.Detail.DOT;
        Set<String> selected = viewModel.selectedIds();
        Set<String> wanted = new HashSet<>();
        List<Node> added = new ArrayList<>();
        for (CardItem item : items) {
            if (dotMode && !selected.contains(item.id())) {
                continue;
            }
            wanted.add(item.id());
            SectorCardNode card = cards.get(item.id());
            if (card == null) {
                card = new SectorCardNode();
                cards.put(item.id(), card);
                added.add(card);
            }
            card.show(item);
        }
        cardLayer.getChildren().addAll(added);
        if (wanted.size() < cards.size()) {
            List<Node> gone = new ArrayList<>();
            cards.entrySet().removeIf(e -> {
                if (!wanted.contains(e.getKey())) {
                    gone.add(e.getValue());
                    return true;
                }
                return false;
            });
            cardLayer.getChildren().removeAll(gone);
        }
    }

    /** Outlines the selected option's quadrants, rings its sectors' cards and draws its arrows. */
    private void showOptionFocus() {
        OptionFocus focus = viewModel.optionFocusProperty().get();
        optionOverlay.show(focus, viewModel.frameworkProperty().get(), geometry);
        for (Map.Entry<String, SectorCardNode> e : cards.entrySet()) {
            e.getValue().pseudoClassStateChanged(OPTION_TARGET, focus != null && focus.sectorIds().contains(e.getKey()));
        }
    }

    private void showSelection() {
        Set<String> selected = viewModel.selectedIds();
        for (Map.Entry<String, SectorCardNode> e : cards.entrySet()) {
            e.getValue().setSelected(selected.contains(e.getKey()));
        }
        if (detail == SectorCardNode.Detail.DOT || !dots.items().isEmpty()) {
            requestLayout(); // a selected shape becomes a labelled card, and may push another one out
        }
        String primary = viewModel.selectedIdProperty().get();
        SectorCardNode front = primary == null ? null : cards.get(primary);
        if (front != null) {
            front.toFront();
        }
    }

    // ---- mouse ----

    private boolean inEditor(MouseEvent e) {
        for (Node n = e.getPickResult().getIntersectedNode(); n != null; n = n.getParent()) {
            if (n == editor) {
                return true;
            }
        }
        return false;
    }

    private void pressed(MouseEvent e) {
        if (inEditor(e)) {
            return;
        }
        if (editor.isOpen()) {
            editor.close(true);
        }
        requestFocus();
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
            panFrom = new double[] {e.getScreenX(), e.getScreenY()};
            setCursor(Cursor.CLOSED_HAND);
            e.consume();
            return;
        }
        SectorCardNode card = cardAt(e.getPickResult().getIntersectedNode());
        String dot = card == null ? dots.dotAt(e.getX(), e.getY()) : null;
        if (e.getButton() == MouseButton.SECONDARY) {
            // The context menu acts on the card under the pointer, as in any editor.
            String id = card != null ? card.sectorId() : dot;
            if (id != null && !viewModel.selectedIds().contains(id)) {
                viewModel.select(id);
            }
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (card != null || dot != null) {
            pressSector(card != null ? card.sectorId() : dot, e);
        } else {
            boolean additive = e.isShiftDown() || e.isShortcutDown();
            marquee = new Marquee(e.getX(), e.getY(),
                    additive ? new LinkedHashSet<>(viewModel.selectedIds()) : Set.of());
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
        SectorCardNode card = cards.get(id);
        if (card == null || !card.isVisible()) {
            layout(); // a pressed shape, now selected, becomes a labelled node that can be dragged
            card = cards.get(id);
        }
        if (card == null || !card.isVisible()) {
            return;
        }
        drag = new CardDrag(card, e.getSceneX(), e.getSceneY(), wasSelected && !e.isShiftDown() && !e.isShortcutDown());
        for (String selected : viewModel.selectedIds()) {
            SectorCardNode c = cards.get(selected);
            if (c != null) {
                drag.start.put(c, new double[] {c.getLayoutX(), c.getLayoutY()});
            }
        }
    }

    private void dragged(MouseEvent e) {
        if (inEditor(e)) {
            return;
        }
        if (panFrom != null) {
            panner.accept(new double[] {panFrom[0] - e.getScreenX(), panFrom[1] - e.getScreenY()});
            panFrom = new double[] {e.getScreenX(), e.getScreenY()};
        } else if (drag != null) {
            dragCards(e);
        } else if (marquee != null) {
            dragMarquee(e);
        }
        e.consume();
    }

    private void dragCards(MouseEvent e) {
        double dx = e.getSceneX() - drag.pressX;
        double dy = e.getSceneY() - drag.pressY;
        if (!drag.moved && Math.hypot(dx, dy) < DRAG_SLOP) {
            return;
        }
        if (!drag.moved) {
            drag.moved = true;
            drag.start.keySet().forEach(c -> c.setDragging(true));
        }
        // Cards follow the pointer; their centres stay on the plot.
        for (Map.Entry<SectorCardNode, double[]> s : drag.start.entrySet()) {
            SectorCardNode c = s.getKey();
            double x = clamp(s.getValue()[0] + dx, geometry.left() - c.getWidth() / 2, geometry.right() - c.getWidth() / 2);
            double y = clamp(s.getValue()[1] + dy, geometry.top() - c.getHeight() / 2, geometry.bottom() - c.getHeight() / 2);
            c.relocate(x, y);
        }
        highlight(viewModel.quadrantAt(dropTarget(drag, drag.pressed, e)));
    }

    /**
     * Where a dragged card lands: its stored position moved by the pointer's travel. Not the card's
     * on-screen centre, which may be spread apart from the stored position or snapped to pixels.
     */
    private Position dropTarget(CardDrag d, SectorCardNode card, MouseEvent e) {
        Position from = card.item().position();
        double dx = (e.getSceneX() - d.pressX) / geometry.width() * (Position.MAX - Position.MIN);
        double dy = (e.getSceneY() - d.pressY) / geometry.height() * (Position.MAX - Position.MIN);
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
        Bounds band = new BoundingBox(x, y, w, h);
        Set<String> hits = new LinkedHashSet<>(marquee.base());
        for (SectorCardNode c : cards.values()) {
            if (c.isVisible() && c.getBoundsInParent().intersects(band)) {
                hits.add(c.sectorId());
            }
        }
        for (CardItem item : dots.items()) {
            double[] b = DotLayer.box(item, geometry);
            if (!dots.isExcluded(item.id()) && band.intersects(b[0], b[1], DotLayer.SIZE, DotLayer.SIZE)) {
                hits.add(item.id());
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
            setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
        } else if (drag != null) {
            CardDrag done = drag;
            drag = null;
            highlight(null);
            done.start.keySet().forEach(c -> c.setDragging(false));
            if (done.moved) {
                Map<String, Position> targets = new LinkedHashMap<>();
                done.start.keySet().forEach(c -> targets.put(c.sectorId(), dropTarget(done, c, e)));
                viewModel.moveSectors(targets);
            } else if (done.collapseOnClick) {
                viewModel.select(done.pressed.sectorId());
            }
            requestLayout(); // cards go where the model says, whether or not a move was made
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
        SectorCardNode card = cardAt(target);
        FrameworkDrawing.FrameworkText text = framework.textOf(target);
        if (card != null) {
            startRename(card.sectorId());
        } else if (text != null) {
            startFrameworkEdit(target, text);
        } else if (geometry != null && e.getX() >= geometry.left() && e.getX() <= geometry.right()
                && e.getY() >= geometry.top() && e.getY() <= geometry.bottom()) {
            String id = viewModel.addSectorAt(geometry.toPosition(e.getX(), e.getY()));
            applyCss();
            layout();
            startRename(id);
        }
        e.consume();
    }

    private void hover(MouseEvent e) {
        String id = cardAt(e.getPickResult().getIntersectedNode()) == null ? dots.dotAt(e.getX(), e.getY()) : null;
        CardItem item = id == null ? null : dots.items().stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
        if (item == null) {
            hoverName.setVisible(false);
            return;
        }
        hoverName.setText(item.name());
        hoverName.autosize();
        double[] b = DotLayer.box(item, geometry);
        double x = clamp(b[0] + DotLayer.SIZE + 4, 0, Math.max(0, getWidth() - hoverName.getWidth()));
        hoverName.relocate(x, b[1] - 2);
        hoverName.setVisible(true);
        hoverName.toFront();
    }

    private static SectorCardNode cardAt(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (at instanceof SectorCardNode c) {
                return c;
            }
        }
        return null;
    }

    private void highlight(Quadrant target) {
        framework.highlight(target);
    }

    /** Highlights the quadrant under a point while something is dragged in from another pane. */
    void highlightAt(double x, double y) {
        highlight(geometry == null ? null : viewModel.quadrantAt(geometry.toPosition(x, y)));
    }

    void clearHighlight() {
        highlight(null);
    }

    // ---- keyboard ----

    private void keyPressed(KeyEvent e) {
        if (editor.isOpen()) {
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
                applyCss();
                layout();
                startRename(id);
            }
            case SPACE -> {
                spaceDown = true;
                setCursor(Cursor.OPEN_HAND);
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
        layout(); // in the shape-only detail the newly selected card becomes a node here
        SectorCardNode c = cards.get(viewModel.selectedIdProperty().get());
        if (c != null) {
            fireEvent(new RevealEvent(c.getBoundsInParent()));
        }
    }

    // ---- in-place editing ----

    void startRename(String id) {
        SectorCardNode card = cards.get(id);
        if (card == null) {
            return;
        }
        Bounds b = card.getBoundsInParent();
        editor.open(card.item().name(), b.getMinX(), b.getMinY(), Math.max(140, b.getWidth()),
                text -> viewModel.rename(id, text));
    }

    private void startFrameworkEdit(Node node, FrameworkDrawing.FrameworkText which) {
        Bounds b = node.getBoundsInParent();
        String current = framework.wording(which);
        double w = Math.max(160, Math.min(320, b.getWidth() + 40));
        double x = clamp(b.getCenterX() - w / 2, 0, Math.max(0, getWidth() - w));
        editor.open(current, x, b.getCenterY() - 14, w, text -> frameworkEdit.apply(which, text));
    }

    boolean isEditing() {
        return editor.isOpen();
    }

    // ---- layout ----

    @Override
    protected void layoutChildren() {
        double plotW = Math.max(1, getWidth() - MARGIN_LEFT - MARGIN_RIGHT);
        double plotH = Math.max(1, getHeight() - MARGIN_TOP - MARGIN_BOTTOM);
        geometry = new PlotGeometry(MARGIN_LEFT, MARGIN_TOP, plotW, plotH);
        framework.layout(geometry);
        if (drag == null || !drag.moved) {
            layoutCards();
            showOptionFocus();
        }
    }

    private void layoutCards() {
        PlotGeometry g = geometry;
        List<CardItem> items = viewModel.cardsProperty().get();
        // The room each card has decides how much it shows: small or crowded plots get compact cards
        // (name only) or shapes only, so the framework stays readable; zooming in brings the text back.
        double room = g.width() * g.height() / Math.max(1, items.size());
        SectorCardNode.Detail next = room >= FULL_AREA && g.width() >= COMPACT_BELOW ? SectorCardNode.Detail.FULL
                : room >= COMPACT_AREA ? SectorCardNode.Detail.COMPACT : SectorCardNode.Detail.DOT;
        detail = next;
        syncNodes(items);
        // Shapes-only: selected cards are nodes with their names, the rest is drawn on the dot layer.
        SectorCardNode.Detail nodeDetail = next == SectorCardNode.Detail.DOT ? SectorCardNode.Detail.COMPACT : next;
        double maxW = nodeDetail == SectorCardNode.Detail.FULL ? Math.max(120, Math.min(180, g.width() / 5.2)) : 132;
        // Selected cards are placed first, so they always get a labelled spot.
        Set<String> selected = viewModel.selectedIds();
        List<CardItem> ordered = new ArrayList<>(items.size());
        items.stream().filter(i -> selected.contains(i.id())).forEach(ordered::add);
        items.stream().filter(i -> !selected.contains(i.id())).forEach(ordered::add);
        List<SectorCardNode> order = new ArrayList<>(cards.size());
        List<CardItem> orderItems = new ArrayList<>(cards.size());
        List<CardSpreader.Box> desired = new ArrayList<>(cards.size());
        for (CardItem item : ordered) {
            SectorCardNode card = cards.get(item.id());
            if (card == null) {
                continue;
            }
            card.setDetail(nodeDetail);
            double[] size = card.measure(maxW);
            order.add(card);
            orderItems.add(item);
            desired.add(new CardSpreader.Box(g.toPixelX(item.position().x()) - size[0] / 2,
                    g.toPixelY(item.position().y()) - size[1] / 2, size[0], size[1]));
        }
        CardSpreader.Box bounds = new CardSpreader.Box(g.left() + 2, g.top() + 2, g.width() - 4, g.height() - 4);
        List<CardSpreader.Box> labels = framework.nameBoxes();
        List<CardSpreader.Box> placed;
        if (next == SectorCardNode.Detail.DOT) {
            // Labelled cards among shapes (the selected ones) still keep off the quadrant names.
            placed = clampAll(desired, bounds);
            for (int i = 0; i < order.size(); i++) {
                placed.set(i, CardSpreader.spread(List.of(placed.get(i)), labels, bounds, 4).get(0));
            }
        } else if (desired.size() <= SPREAD_LIMIT) {
            placed = CardSpreader.place(desired, labels, bounds, 4);
        } else {
            placed = clampAll(desired, bounds);
        }
        // Cards that find no free spot are shown as shapes on the dot layer (hover names them).
        List<CardItem> overflow = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            SectorCardNode card = order.get(i);
            CardSpreader.Box b = placed.get(i);
            card.setVisible(b != null);
            if (b == null) {
                overflow.add(orderItems.get(i));
                continue;
            }
            card.resizeRelocate(snapPositionX(b.x()), snapPositionY(b.y()), b.w(), b.h());
        }
        if (next == SectorCardNode.Detail.DOT) {
            dots.relocate(0, 0);
            dots.draw(items, g, getWidth(), getHeight(), cards.keySet());
        } else if (!overflow.isEmpty()) {
            dots.relocate(0, 0);
            dots.draw(overflow, g, getWidth(), getHeight(), Set.of());
        } else {
            dots.clear();
        }
    }

    private static List<CardSpreader.Box> clampAll(List<CardSpreader.Box> boxes, CardSpreader.Box bounds) {
        List<CardSpreader.Box> out = new ArrayList<>(boxes.size());
        for (CardSpreader.Box b : boxes) {
            out.add(new CardSpreader.Box(clamp(b.x(), bounds.x(), bounds.x() + bounds.w() - b.w()),
                    clamp(b.y(), bounds.y(), bounds.y() + bounds.h() - b.h()), b.w(), b.h()));
        }
        return out;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    /** Asks the enclosing scroll view to bring a region of the plot into sight. */
    static final class RevealEvent extends javafx.event.Event {
        static final javafx.event.EventType<RevealEvent> REVEAL = new javafx.event.EventType<>(ANY, "REVEAL_CARD");
        private final transient Bounds bounds;

        RevealEvent(Bounds bounds) {
            super(REVEAL);
            this.bounds = bounds;
        }

        Bounds bounds() {
            return bounds;
        }
    }
}
