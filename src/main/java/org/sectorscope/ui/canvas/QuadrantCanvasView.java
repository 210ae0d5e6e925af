package org.sectorscope.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.sectorscope.logic.CardSpreader;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Position;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Side;

/**
 * The quadrant canvas: the framework drawn as in the report's Figure 1.1, with every sector as a card.
 * Dragging a card follows the pointer and highlights the quadrant under it; the drop becomes one move.
 */
public final class QuadrantCanvasView extends Region {
    static final double MARGIN_LEFT = 64;
    static final double MARGIN_TOP = 58;
    static final double MARGIN_RIGHT = 14;
    static final double MARGIN_BOTTOM = 14;
    /** Spreading overlapping cards is quadratic; beyond this many it is left to a later, faster pass. */
    private static final int SPREAD_LIMIT = 400;
    /** Plot widths below this use compact cards. */
    private static final double COMPACT_BELOW = 640;

    private final QuadrantCanvasViewModel viewModel;
    private final Map<Side, Map<Side, Rectangle>> cells = new HashMap<>();
    private final Map<Side, Map<Side, Text>> cellLabels = new HashMap<>();
    private final Text xTitle = axisText("axis-title");
    private final Text yTitle = axisText("axis-title");
    private final Text xLow = axisText("pole-label");
    private final Text xHigh = axisText("pole-label");
    private final Text yLow = axisText("pole-label");
    private final Text yHigh = axisText("pole-label");
    private final Line vDivider = new Line();
    private final Line hDivider = new Line();
    private final Group cardLayer = new Group();
    private final Map<String, SectorCardNode> cards = new HashMap<>();
    private PlotGeometry geometry;
    private Drag drag;

    /** The state of a drag in progress; the model is untouched until the drop. */
    private record Drag(SectorCardNode card, double pressX, double pressY, double startX, double startY) {
    }

    public QuadrantCanvasView(QuadrantCanvasViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("quadrant-canvas");
        setId("quadrant-canvas");
        setMinSize(320, 260);
        for (Side x : Side.values()) {
            for (Side y : Side.values()) {
                Rectangle r = new Rectangle();
                r.getStyleClass().add("quadrant-cell");
                r.setId("cell-" + x.key() + "-" + y.key());
                Text label = axisText("quadrant-label");
                label.setTextOrigin(VPos.TOP);
                cells.computeIfAbsent(x, k -> new HashMap<>()).put(y, r);
                cellLabels.computeIfAbsent(x, k -> new HashMap<>()).put(y, label);
                getChildren().add(r);
            }
        }
        vDivider.getStyleClass().add("divider");
        hDivider.getStyleClass().add("divider");
        yTitle.setRotate(-90);
        yLow.setRotate(-90);
        yHigh.setRotate(-90);
        getChildren().addAll(vDivider, hDivider);
        cellLabels.values().forEach(m -> getChildren().addAll(m.values()));
        getChildren().addAll(xTitle, yTitle, xLow, xHigh, yLow, yHigh, cardLayer);

        viewModel.frameworkProperty().addListener((obs, old, f) -> showFramework(f));
        viewModel.cardsProperty().addListener((obs, old, list) -> showCards(list));
        viewModel.selectedIdProperty().addListener((obs, old, id) -> showSelection(id));
        showFramework(viewModel.frameworkProperty().get());
        showCards(viewModel.cardsProperty().get());
        showSelection(viewModel.selectedIdProperty().get());

        // Focus follows the pointer here, so Undo after a drag undoes the drag, not text in another pane.
        setFocusTraversable(true);
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && cardAt(e) == null) {
                viewModel.select(null);
            }
        });
    }

    private static Text axisText(String styleClass) {
        Text t = new Text();
        t.getStyleClass().add(styleClass);
        t.setTextOrigin(VPos.CENTER);
        t.setTextAlignment(TextAlignment.CENTER);
        return t;
    }

    private void showFramework(Framework f) {
        xTitle.setText(f.xAxis().title().toUpperCase(Locale.ROOT));
        yTitle.setText(f.yAxis().title().toUpperCase(Locale.ROOT));
        xLow.setText(f.xAxis().lowLabel().toUpperCase(Locale.ROOT));
        xHigh.setText(f.xAxis().highLabel().toUpperCase(Locale.ROOT));
        yLow.setText(f.yAxis().lowLabel().toUpperCase(Locale.ROOT));
        yHigh.setText(f.yAxis().highLabel().toUpperCase(Locale.ROOT));
        for (Quadrant q : f.quadrants()) {
            cells.get(q.x()).get(q.y()).setFill(Color.web(q.color()));
            cellLabels.get(q.x()).get(q.y()).setText(q.label());
        }
        requestLayout();
    }

    private void showCards(List<CardItem> items) {
        Set<String> present = new HashSet<>();
        for (CardItem item : items) {
            present.add(item.id());
            SectorCardNode card = cards.computeIfAbsent(item.id(), id -> newCard());
            card.show(item);
            card.getProperties().put("position", item.position());
        }
        cards.entrySet().removeIf(e -> {
            if (!present.contains(e.getKey())) {
                cardLayer.getChildren().remove(e.getValue());
                return true;
            }
            return false;
        });
        showSelection(viewModel.selectedIdProperty().get());
        requestLayout();
    }

    private SectorCardNode newCard() {
        SectorCardNode card = new SectorCardNode();
        card.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            viewModel.select(card.sectorId());
            card.toFront();
            drag = new Drag(card, e.getSceneX(), e.getSceneY(), card.getLayoutX(), card.getLayoutY());
            e.consume();
        });
        card.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (drag == null || drag.card() != card) {
                return;
            }
            card.relocate(drag.startX() + e.getSceneX() - drag.pressX(), drag.startY() + e.getSceneY() - drag.pressY());
            highlight(viewModel.quadrantAt(centreOf(card)));
            e.consume();
        });
        card.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (drag == null || drag.card() != card) {
                return;
            }
            boolean moved = card.getLayoutX() != drag.startX() || card.getLayoutY() != drag.startY();
            drag = null;
            highlight(null);
            if (moved) {
                viewModel.moveSector(card.sectorId(), centreOf(card));
            }
            requestLayout(); // puts the card where the model says, whether or not the move was taken
            e.consume();
        });
        cardLayer.getChildren().add(card);
        return card;
    }

    private Position centreOf(SectorCardNode card) {
        return geometry.toPosition(card.getLayoutX() + card.getWidth() / 2, card.getLayoutY() + card.getHeight() / 2);
    }

    private void highlight(Quadrant target) {
        for (Side x : Side.values()) {
            for (Side y : Side.values()) {
                Rectangle r = cells.get(x).get(y);
                boolean on = target != null && target.x() == x && target.y() == y;
                r.getStyleClass().remove("drop-target");
                if (on) {
                    r.getStyleClass().add("drop-target");
                }
            }
        }
    }

    private void showSelection(String id) {
        cards.forEach((cardId, card) -> card.setSelected(cardId.equals(id)));
        SectorCardNode selected = id == null ? null : cards.get(id);
        if (selected != null) {
            selected.toFront();
        }
    }

    private SectorCardNode cardAt(MouseEvent e) {
        for (javafx.scene.Node n = e.getPickResult().getIntersectedNode(); n != null && n != this; n = n.getParent()) {
            if (n instanceof SectorCardNode c) {
                return c;
            }
        }
        return null;
    }

    /** Pixel geometry of the plot area at the current size (null before the first layout). */
    public PlotGeometry geometry() {
        return geometry;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double plotW = Math.max(1, w - MARGIN_LEFT - MARGIN_RIGHT);
        double plotH = Math.max(1, h - MARGIN_TOP - MARGIN_BOTTOM);
        geometry = new PlotGeometry(MARGIN_LEFT, MARGIN_TOP, plotW, plotH);
        layoutFramework();
        if (drag == null) {
            layoutCards();
        }
    }

    private void layoutFramework() {
        PlotGeometry g = geometry;
        double cx = g.centerX();
        double cy = g.centerY();
        for (Side x : Side.values()) {
            for (Side y : Side.values()) {
                Rectangle r = cells.get(x).get(y);
                double left = x == Side.LOW ? g.left() : cx;
                double top = y == Side.HIGH ? g.top() : cy;
                r.setX(left);
                r.setY(top);
                r.setWidth(g.width() / 2);
                r.setHeight(g.height() / 2);
                // Quadrant names sit in the outer corners, away from the dividing lines where cards crowd.
                Text label = cellLabels.get(x).get(y);
                double labelW = label.getLayoutBounds().getWidth();
                label.setX(x == Side.LOW ? left + 8 : left + g.width() / 2 - labelW - 8);
                label.setY(y == Side.HIGH ? top + 6 : top + g.height() / 2 - label.getLayoutBounds().getHeight() - 6);
            }
        }
        vDivider.setStartX(cx);
        vDivider.setEndX(cx);
        vDivider.setStartY(g.top());
        vDivider.setEndY(g.bottom());
        hDivider.setStartX(g.left());
        hDivider.setEndX(g.right());
        hDivider.setStartY(cy);
        hDivider.setEndY(cy);
        centre(xTitle, cx, 16);
        centre(xLow, (g.left() + cx) / 2, 40);
        centre(xHigh, (cx + g.right()) / 2, 40);
        centre(yTitle, 16, cy);
        centre(yHigh, 42, (g.top() + cy) / 2);
        centre(yLow, 42, (cy + g.bottom()) / 2);
    }

    private static void centre(Text t, double x, double y) {
        double w = t.getLayoutBounds().getWidth();
        t.setX(x - w / 2);
        t.setY(y);
    }

    private void layoutCards() {
        PlotGeometry g = geometry;
        // Small plots get compact cards (name only, smaller type) so the framework stays readable.
        boolean compact = g.width() < COMPACT_BELOW;
        double maxW = compact ? 132 : Math.max(120, Math.min(180, g.width() / 5.2));
        List<SectorCardNode> order = new ArrayList<>();
        List<CardSpreader.Box> desired = new ArrayList<>();
        for (CardItem item : viewModel.cardsProperty().get()) {
            SectorCardNode card = cards.get(item.id());
            card.setCompact(compact);
            card.applyCss();
            // As wide as the name needs on one line, up to maxW; longer names wrap between words.
            double cardW = Math.min(maxW, Math.ceil(card.prefWidth(-1)) + 1);
            double cardH = card.prefHeight(cardW);
            double px = g.toPixelX(item.position().x()) - cardW / 2;
            double py = g.toPixelY(item.position().y()) - cardH / 2;
            order.add(card);
            desired.add(new CardSpreader.Box(px, py, cardW, cardH));
        }
        CardSpreader.Box bounds = new CardSpreader.Box(g.left() + 2, g.top() + 2, g.width() - 4, g.height() - 4);
        List<CardSpreader.Box> labels = new ArrayList<>();
        cellLabels.values().forEach(m -> m.values().forEach(t -> {
            var b = t.getBoundsInParent();
            labels.add(new CardSpreader.Box(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()));
        }));
        List<CardSpreader.Box> placed = desired.size() <= SPREAD_LIMIT
                ? CardSpreader.spread(desired, labels, bounds, 4) : desired;
        for (int i = 0; i < order.size(); i++) {
            CardSpreader.Box b = placed.get(i);
            order.get(i).resizeRelocate(snapPositionX(b.x()), snapPositionY(b.y()), b.w(), b.h());
        }
    }
}
