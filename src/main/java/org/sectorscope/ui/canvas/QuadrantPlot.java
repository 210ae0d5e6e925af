package org.sectorscope.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.logic.plot.Box;
import org.sectorscope.logic.plot.PlacedSector;
import org.sectorscope.logic.plot.PlotLayout;
import org.sectorscope.logic.plot.PlotPalette;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Quadrant;

/**
 * The drawing surface of the canvas: the framework as in the report's Figure 1.1 and every placed
 * sector as a marker at its exact position with its label, as {@link PlotLayout} (the layout the
 * exports use) places them. The layout depends on the project and the plot's size only: selecting,
 * hovering or dragging repaints the selection but never moves another label. Gestures are handled by
 * {@link PlotGestures}, on the plot rather than on each card, so thousands of sectors cost no handlers;
 * the plot only draws, and answers what is where.
 */
final class QuadrantPlot extends Region {
    static final double MARGIN_LEFT = 64;
    static final double MARGIN_TOP = 58;
    static final double MARGIN_RIGHT = 14;
    static final double MARGIN_BOTTOM = 14;
    private static final PseudoClass OPTION_TARGET = PseudoClass.getPseudoClass("option-target");

    private final QuadrantCanvasViewModel viewModel;
    private final FrameworkDrawing framework = new FrameworkDrawing();
    private final Path leaders = new Path();
    private final AnalystOverlay analystOverlay = new AnalystOverlay();
    private final MoveTrailLayer trails = new MoveTrailLayer();
    private final MarkerLayer markers = new MarkerLayer(false);
    private final Group cardLayer = new Group();
    private final OptionOverlay optionOverlay = new OptionOverlay();
    private final MarkerLayer selectedMarkers = new MarkerLayer(true);
    private final NameTags nameTags = new NameTags();
    private final ConflictGhosts conflictGhosts;
    private final Map<String, SectorCardNode> cards = new HashMap<>();
    private PlotGeometry geometry;
    private PlotLayout layout;
    private List<CardItem> laidOutItems;
    private Framework laidOutFramework;
    private Map<String, CardItem> itemsById = Map.of();
    /** Sectors being dragged: drawn only by the moving selection layer until the drop. */
    private Set<String> dragged = Set.of();

    QuadrantPlot(QuadrantCanvasViewModel viewModel) {
        this.viewModel = viewModel;
        this.conflictGhosts = new ConflictGhosts(viewModel.projectProperty());
        getStyleClass().add("quadrant-plot");
        setId("quadrant-plot");
        setFocusTraversable(true);
        setStyle(paletteStyle());
        leaders.getStyleClass().add("leader-lines");
        leaders.setMouseTransparent(true);
        leaders.setManaged(false);
        selectedMarkers.setId("selected-markers");
        markers.setId("markers");
        // The quadrant names go under the sectors: labels keep off them, and a marker is data, never hidden.
        getChildren().addAll(framework.backNodes());
        getChildren().addAll(framework.frontNodes());
        // A merge conflict's two places go over the labels: what is left to decide must not hide under a card.
        getChildren().addAll(leaders, trails, analystOverlay, markers, cardLayer, conflictGhosts);
        getChildren().addAll(optionOverlay, selectedMarkers, nameTags);

        viewModel.frameworkProperty().addListener((obs, old, f) -> {
            framework.show(f);
            requestLayout();
        });
        viewModel.cardsProperty().addListener((obs, old, list) -> requestLayout());
        viewModel.optionFocusProperty().addListener((obs, old, focus) -> showOptionFocus());
        viewModel.comparison().comparisonProperty().addListener((obs, old, c) -> trails.draw(c, layout));
        viewModel.selectionChangesProperty().addListener(o -> showSelection());
        framework.show(viewModel.frameworkProperty().get());
    }

    /** The plot's colours, as looked-up colours for the stylesheet, from the palette the exports use. */
    private static String paletteStyle() {
        return "-plot-ink: " + PlotPalette.hex(PlotPalette.INK) + "; -plot-muted: " + PlotPalette.hex(PlotPalette.MUTED)
                + "; -plot-card-border: " + PlotPalette.hex(PlotPalette.CARD_BORDER)
                + "; -plot-confidence: " + PlotPalette.hex(PlotPalette.CONFIDENCE)
                + "; -plot-confidence-none: " + PlotPalette.hex(PlotPalette.CONFIDENCE_NONE)
                + "; -plot-warning: " + PlotPalette.hex(PlotPalette.WARNING)
                + "; -plot-option: " + PlotPalette.hex(PlotPalette.OPTION)
                + "; -plot-divider: " + PlotPalette.hex(PlotPalette.DIVIDER)
                + "; -plot-line: " + PlotPalette.hex(PlotPalette.LINE)
                + "; -plot-leader: " + PlotPalette.hex(PlotPalette.LEADER)
                + "; -plot-quadrant-name: " + PlotPalette.hex(PlotPalette.QUADRANT_NAME)
                + "; -plot-selection: " + PlotPalette.hex(PlotPalette.SELECTION) + ";";
    }

    /** Puts the gestures' own nodes (marquee, hover name, editor) over everything drawn. */
    void addOnTop(Node... nodes) {
        getChildren().addAll(nodes);
    }

    PlotGeometry geometry() {
        return geometry;
    }

    /** The current layout (for the gestures and for tests); null before the first layout pass. */
    PlotLayout plotLayout() {
        return layout;
    }

    CardItem item(String id) {
        return itemsById.get(id);
    }

    // ---- layout ----

    @Override
    protected void layoutChildren() {
        double plotW = Math.max(1, getWidth() - MARGIN_LEFT - MARGIN_RIGHT);
        double plotH = Math.max(1, getHeight() - MARGIN_TOP - MARGIN_BOTTOM);
        PlotGeometry next = new PlotGeometry(MARGIN_LEFT, MARGIN_TOP, plotW, plotH);
        viewModel.cardMaker().plotLaidOutAt(next);
        if (!dragged.isEmpty() && layout != null) {
            return; // nothing moves under a drag but the dragged
        }
        List<CardItem> items = viewModel.cardsProperty().get();
        Framework f = viewModel.frameworkProperty().get();
        if (layout == null || items != laidOutItems || !f.equals(laidOutFramework) || !next.equals(geometry)) {
            geometry = next;
            laidOutItems = items;
            laidOutFramework = f;
            CardMaker.LaidOut laidOut = viewModel.cardMaker().layoutMadeAhead(items, f, geometry);
            if (laidOut == null) {
                laidOut = CardMaker.LaidOut.of(f, items, geometry);
            }
            itemsById = laidOut.byId();
            layout = laidOut.layout();
            redraw();
        }
    }

    /** Forgets the layout, so the next pass computes it again (after a drop, say). */
    void invalidateLayout() {
        layout = null;
        requestLayout();
    }

    private void redraw() {
        framework.layout(geometry, layout);
        conflictGhosts.draw(geometry);
        Set<String> wanted = new HashSet<>();
        List<Node> added = new ArrayList<>();
        for (PlacedSector s : layout.sectors()) {
            if (!s.labelled()) {
                continue;
            }
            wanted.add(s.id());
            SectorCardNode card = cards.get(s.id());
            if (card == null) {
                card = new SectorCardNode();
                cards.put(s.id(), card);
                added.add(card);
            }
            card.show(itemsById.get(s.id()), s, () -> viewModel.details(s.id()));
        }
        cardLayer.getChildren().addAll(added);
        // Made in the layout pass, after this pulse's styling: styled now, or their first frame shows bare text.
        added.forEach(Node::applyCss);
        if (wanted.size() < cards.size()) {
            List<Node> gone = new ArrayList<>();
            cards.entrySet().removeIf(e -> !wanted.contains(e.getKey()) && gone.add(e.getValue()));
            cardLayer.getChildren().removeAll(gone);
        }
        drawLeadersAndMarkers();
        trails.draw(viewModel.comparison().comparisonProperty().get(), layout);
        showSelection();
        showOptionFocus();
    }

    private void drawLeadersAndMarkers() {
        drawLeaders();
        markers.draw(layout, getWidth(), getHeight(), Set.of(), null);
        analystOverlay.draw(viewModel.analysts().marks(geometry), getWidth(), getHeight());
    }

    /** The leader lines, but those of dragged sectors, whose labels are on the move. */
    private void drawLeaders() {
        List<PathElement> path = new ArrayList<>();
        for (PlacedSector s : layout.sectors()) {
            PlacedSector.Segment l = s.leader();
            if (l != null && !dragged.contains(s.id())) {
                path.add(new MoveTo(l.x0(), l.y0()));
                path.add(new LineTo(l.x1(), l.y1()));
            }
        }
        leaders.getElements().setAll(path);
    }

    /** Outlines the selected option's quadrants, rings its sectors' cards and draws its arrows. */
    private void showOptionFocus() {
        OptionFocus focus = viewModel.optionFocusProperty().get();
        optionOverlay.show(focus, viewModel.frameworkProperty().get(), layout);
        for (Map.Entry<String, SectorCardNode> e : cards.entrySet()) {
            e.getValue().pseudoClassStateChanged(OPTION_TARGET, focus != null && focus.sectorIds().contains(e.getKey()));
        }
    }

    /** Marks the selection: highlighted cards and markers, and a name tag for each selected marker without a label. */
    void showSelection() {
        if (layout == null) {
            return;
        }
        Set<String> selected = viewModel.selectedIds();
        cards.forEach((id, card) -> card.setSelected(selected.contains(id)));
        selectedMarkers.draw(layout, getWidth(), getHeight(), Set.of(), selected);
        nameTags.show(layout, selected);
        String primary = viewModel.selectedIdProperty().get();
        SectorCardNode front = primary == null ? null : cards.get(primary);
        if (front != null) {
            front.toFront();
        }
    }

    // ---- dragging: the dragged sectors move as one, nothing else moves ----

    /**
     * The dragged sectors' labels and highlighted markers move with the pointer; their markers stay drawn
     * where they are until the drop, showing where they came from (and sparing a repaint of every marker).
     */
    void beginDrag(Set<String> ids) {
        dragged = Set.copyOf(ids);
        drawLeaders();
        ids.forEach(id -> {
            SectorCardNode c = cards.get(id);
            if (c != null) {
                c.setDragging(true);
            }
        });
    }

    void dragBy(double dx, double dy) {
        selectedMarkers.setTranslateX(dx);
        selectedMarkers.setTranslateY(dy);
        nameTags.setTranslateX(dx);
        nameTags.setTranslateY(dy);
        for (String id : dragged) {
            SectorCardNode c = cards.get(id);
            if (c != null) {
                c.setTranslateX(dx);
                c.setTranslateY(dy);
            }
        }
    }

    void endDrag() {
        for (String id : dragged) {
            SectorCardNode c = cards.get(id);
            if (c != null) {
                c.setTranslateX(0);
                c.setTranslateY(0);
                c.setDragging(false);
            }
        }
        dragBy(0, 0);
        dragged = Set.of();
        invalidateLayout(); // the sectors go where the model now says, whether or not a move was made
    }

    // ---- what is where ----

    /** The sector whose label, marker or name tag is under a point of the plot, or null. */
    String sectorAt(Node picked, double x, double y) {
        for (Node n = picked; n != null && n != this; n = n.getParent()) {
            if (n instanceof SectorCardNode c) {
                return c.sectorId();
            }
            if (n.getUserData() instanceof String id && n.getStyleClass().contains(NameTags.STYLE)) {
                return id;
            }
        }
        PlacedSector s = layout == null ? null : layout.at(x, y);
        return s == null ? null : s.id();
    }

    /** Where a sector shows: its label, or its marker (for the rename editor and for revealing it). */
    Bounds boundsOf(String id) {
        PlacedSector s = layout == null ? null : layout.sector(id);
        if (s == null) {
            return null;
        }
        Box b = s.labelled() ? s.label() : s.markerBox();
        return new BoundingBox(b.x(), b.y(), b.w(), b.h());
    }

    Quadrant quadrantAt(double x, double y) {
        return geometry == null ? null : viewModel.quadrantAt(geometry.toPosition(x, y));
    }

    FrameworkDrawing framework() {
        return framework;
    }

    /** Highlights the quadrant a drop would land in; null clears the mark. */
    void highlight(Quadrant target) {
        framework.highlight(target);
    }

    /** Highlights the quadrant under a point while something is dragged in from another pane. */
    void highlightAt(double x, double y) {
        highlight(quadrantAt(x, y));
    }

    void clearHighlight() {
        highlight(null);
    }
}
