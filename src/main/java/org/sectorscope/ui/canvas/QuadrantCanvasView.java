package org.sectorscope.ui.canvas;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.sectorscope.export.FigureText;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.logic.plot.TextStyle;
import org.sectorscope.model.Position;
import org.sectorscope.ui.common.SectorDrag;
import org.sectorscope.ui.common.WindowSetup;

/**
 * The quadrant canvas pane: a zoomable, scrollable plot with a toolbar (marker colour and size, zoom), a legend under it that
 * wraps in a narrow pane, the selected option's {@link OptionBar} and the {@link ReasonBar} that asks
 * why a sector crossed into another quadrant. The plot draws; {@link PlotGestures} handles its input.
 */
public final class QuadrantCanvasView extends BorderPane {
    /** The plot's natural size (100%): the size at which the report's figure reads comfortably. */
    static final double NATURAL_WIDTH = 1200;
    static final double NATURAL_HEIGHT = 860;

    private final QuadrantCanvasViewModel viewModel;
    private final QuadrantPlot plot;
    private final PlotEdits edits;
    private final ScrollPane scroll;
    private final HBox reasonBar;
    private final CanvasToolbar toolbar;
    private final StackPane centre;
    /** Under the plot, unseen: the sectors as a list for a screen reader (the plot is pixels to it). */
    private final Node readerList;
    /** The scale the plot is drawn at: the zoom, or when fitted the scale that fits; the toolbar shows it. */
    private final ReadOnlyDoubleWrapper shownScale = new ReadOnlyDoubleWrapper(this, "shownScale", 1);

    /**
     * Loads the plot's text measures (the export's fonts, Java2D) on a thread of their own: at launch their
     * first use, a few hundred ms, then runs beside the window's building rather than in it.
     */
    public static void loadFontsAhead() {
        Thread fonts = new Thread(() -> FigureText.METRICS.width("Sectorscope", TextStyle.CARD_NAME), "sectorscope-fonts");
        fonts.setDaemon(true);
        fonts.start();
    }

    public QuadrantCanvasView(QuadrantCanvasViewModel viewModel) {
        this(viewModel, true);
    }

    /**
     * A canvas whose marker-style choices and screen reader's list join it at {@link #complete()}: the launch
     * window's first frame shows the plot sooner without them (ADR 0018).
     */
    public static QuadrantCanvasView withChoicesLater(QuadrantCanvasViewModel viewModel) {
        return new QuadrantCanvasView(viewModel, false);
    }

    private QuadrantCanvasView(QuadrantCanvasViewModel viewModel, boolean completeNow) {
        this.viewModel = viewModel;
        getStyleClass().add("quadrant-canvas");
        setId("quadrant-canvas");
        setMinSize(320, 260);
        plot = new QuadrantPlot(viewModel);
        PlotGestures gestures = new PlotGestures(plot, viewModel);
        edits = gestures.edits();
        scroll = new ScrollPane(plot);
        scroll.setId("canvas-scroll");
        scroll.getStyleClass().add("canvas-scroll");
        scroll.setPannable(false);
        // The ScrollPane skin caches its viewport as a bitmap; then moving one card repaints every card
        // into that cache each frame (measured: drag frames 135 ms instead of 13 ms at 10,000 sectors).
        scroll.skinProperty().addListener((obs, old, skin) -> {
            if (skin != null && scroll.lookup(".viewport") != null) {
                scroll.lookup(".viewport").setCache(false);
            }
        });
        gestures.setPanner(d -> panBy(d[0], d[1]));
        plot.addEventHandler(RevealEvent.REVEAL, e -> reveal(e.bounds()));
        edits.setConfirmDelete(QuadrantCanvasView::confirmDelete);
        edits.setFrameworkEdit((which, text) -> viewModel.editFrameworkText(which.axis(), which.pole(),
                which.quadrantLetter(), text));
        reasonBar = ReasonBar.of(viewModel, plot::requestFocus);

        toolbar = new CanvasToolbar(viewModel, this::zoomBy, shownScale.getReadOnlyProperty());
        setTop(toolbar.node());
        // The reason prompt floats over the bottom of the plot: showing it must not resize the plot and
        // so re-lay out every card.
        // An option shown, an edition viewed or a comparison drawn lasts, so its bar takes room under the plot
        // rather than floating over it: it must never hide part of the figure (the x-axis title, once).
        HBox optionBar = OptionBar.of(viewModel);
        optionBar.managedProperty().bind(optionBar.visibleProperty());
        VBox editionBar = EditionBar.of(viewModel.comparison());
        editionBar.managedProperty().bind(editionBar.visibleProperty());
        // The reader list also names the plot to a screen reader at once; its list joins the scene in complete().
        readerList = new SectorReaderList(viewModel, plot).node();
        centre = new StackPane(scroll, reasonBar);
        StackPane.setAlignment(reasonBar, Pos.BOTTOM_CENTER);
        reasonBar.setMaxHeight(Region.USE_PREF_SIZE);
        setCenter(centre);
        setBottom(new VBox(optionBar, editionBar, AnalystLegend.of(viewModel.analysts()),
                new CanvasLegend(viewModel.markerKeyProperty())));
        sizePlot();
        scroll.viewportBoundsProperty().addListener((obs, o, n) -> sizePlot());
        viewModel.fitProperty().addListener((obs, o, n) -> sizePlot());
        viewModel.zoomProperty().addListener((obs, o, n) -> sizePlot());
        addEventFilter(KeyEvent.KEY_PRESSED, this::zoomKeys);
        plot.addEventFilter(ScrollEvent.SCROLL, this::wheel);
        plot.setOnContextMenuRequested(e -> contextMenu().show(plot, e.getScreenX(), e.getScreenY()));
        acceptSectorDrops();
        if (completeNow) {
            complete();
        }
    }

    /** Adds what {@link #withChoicesLater} left out: the marker-style choices and the screen reader's list. */
    public void complete() {
        toolbar.showChoices();
        if (readerList.getParent() == null) {
            centre.getChildren().add(0, readerList);
        }
    }

    /** Lets a different confirmation be used (tests, or a future undo-only policy). */
    public void setConfirmDelete(Predicate<String> confirm) {
        edits.setConfirmDelete(confirm);
    }

    /** The plot's pixel geometry (for tests and tools); null before the first layout. */
    public PlotGeometry geometry() {
        return plot.geometry();
    }

    public Region plot() {
        return plot;
    }

    // ---- zoom and pan ----

    private double fitScale() {
        Bounds v = scroll.getViewportBounds();
        return Math.min(v.getWidth() / NATURAL_WIDTH, v.getHeight() / NATURAL_HEIGHT);
    }

    /** Buttons and keys zoom about the view's centre: what the analyst is looking at stays in view. */
    private void zoomBy(int steps) {
        Bounds v = scroll.getViewportBounds();
        Node viewport = scroll.lookup(".viewport");
        double fx = 0.5;
        double fy = 0.5;
        if (viewport != null && plot.getWidth() > 0 && plot.getHeight() > 0) {
            Bounds port = viewport.getLayoutBounds();
            Point2D centre = plot.sceneToLocal(viewport.localToScene(port.getWidth() / 2, port.getHeight() / 2));
            fx = centre.getX() / plot.getWidth();
            fy = centre.getY() / plot.getHeight();
        }
        viewModel.zoomBy(steps, fitScale());
        keepAt(fx, fy, v.getWidth() / 2, v.getHeight() / 2);
    }

    /** Scrolls so the plot's point at fractions ({@code fx}, {@code fy}) sits at ({@code x}, {@code y}) of the view. */
    private void keepAt(double fx, double fy, double x, double y) {
        scroll.layout();
        Bounds v = scroll.getViewportBounds();
        double extraW = plot.getPrefWidth() - v.getWidth();
        double extraH = plot.getPrefHeight() - v.getHeight();
        if (extraW > 0) {
            scroll.setHvalue(clamp01((fx * plot.getPrefWidth() - x) / extraW));
        }
        if (extraH > 0) {
            scroll.setVvalue(clamp01((fy * plot.getPrefHeight() - y) / extraH));
        }
    }

    private void sizePlot() {
        Bounds v = scroll.getViewportBounds();
        boolean fit = viewModel.fitProperty().get();
        shownScale.set(fit ? fitScale() : viewModel.zoomProperty().get());
        scroll.setFitToWidth(fit);
        scroll.setFitToHeight(fit);
        if (fit) {
            plot.setPrefSize(Math.max(1, v.getWidth()), Math.max(1, v.getHeight()));
        } else {
            double z = viewModel.zoomProperty().get();
            plot.setPrefSize(NATURAL_WIDTH * z, NATURAL_HEIGHT * z);
        }
        plot.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        plot.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    }

    private void zoomKeys(KeyEvent e) {
        if (!e.isShortcutDown() || edits.isEditing()) {
            return;
        }
        KeyCode c = e.getCode();
        if (c == KeyCode.PLUS || c == KeyCode.EQUALS || c == KeyCode.ADD) {
            zoomBy(1);
        } else if (c == KeyCode.MINUS || c == KeyCode.SUBTRACT) {
            zoomBy(-1);
        } else if (c == KeyCode.DIGIT0 || c == KeyCode.NUMPAD0) {
            viewModel.zoomToFit();
        } else if (c == KeyCode.DIGIT1 || c == KeyCode.NUMPAD1) {
            viewModel.zoomToActualSize();
        } else {
            return;
        }
        e.consume();
    }

    /** Ctrl+wheel zooms about the pointer; the plain wheel scrolls. */
    private void wheel(ScrollEvent e) {
        if (!e.isShortcutDown() || e.getDeltaY() == 0) {
            return;
        }
        double fx = plot.getWidth() == 0 ? 0.5 : e.getX() / plot.getWidth();
        double fy = plot.getHeight() == 0 ? 0.5 : e.getY() / plot.getHeight();
        // Where the pointer is in the view, so the point under it stays under it.
        double x = e.getX() - plot.getBoundsInParent().getMinX();
        double y = e.getY() - plot.getBoundsInParent().getMinY();
        viewModel.zoomBy(e.getDeltaY() > 0 ? 1 : -1, fitScale());
        keepAt(fx, fy, x, y);
        e.consume();
    }

    private void panBy(double dx, double dy) {
        Bounds v = scroll.getViewportBounds();
        double extraW = plot.getWidth() - v.getWidth();
        double extraH = plot.getHeight() - v.getHeight();
        if (extraW > 0) {
            scroll.setHvalue(clamp01(scroll.getHvalue() + dx / extraW));
        }
        if (extraH > 0) {
            scroll.setVvalue(clamp01(scroll.getVvalue() + dy / extraH));
        }
    }

    private void reveal(Bounds b) {
        Bounds v = scroll.getViewportBounds();
        double extraW = plot.getWidth() - v.getWidth();
        double extraH = plot.getHeight() - v.getHeight();
        if (extraW > 0) {
            double left = scroll.getHvalue() * extraW;
            if (b.getMinX() < left || b.getMaxX() > left + v.getWidth()) {
                scroll.setHvalue(clamp01((b.getCenterX() - v.getWidth() / 2) / extraW));
            }
        }
        if (extraH > 0) {
            double top = scroll.getVvalue() * extraH;
            if (b.getMinY() < top || b.getMaxY() > top + v.getHeight()) {
                scroll.setVvalue(clamp01((b.getCenterY() - v.getHeight() / 2) / extraH));
            }
        }
    }

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }

    // ---- context menu, drops, reason prompt ----

    private ContextMenu contextMenu() {
        boolean any = !viewModel.selectedIds().isEmpty();
        MenuItem rename = new MenuItem("Rename\tEnter");
        rename.setDisable(viewModel.selectedIdProperty().get() == null);
        rename.setOnAction(e -> edits.startRename(viewModel.selectedIdProperty().get()));
        MenuItem delete = new MenuItem("Delete\tDel");
        delete.setDisable(!any);
        delete.setOnAction(e -> edits.deleteSelected());
        MenuItem all = new MenuItem("Select all\tCtrl+A");
        all.setOnAction(e -> viewModel.selectAll());
        MenuItem fit = new MenuItem("Zoom to fit\tCtrl+0");
        fit.setOnAction(e -> viewModel.zoomToFit());
        return new ContextMenu(rename, delete, new SeparatorMenuItem(), all, fit);
    }

    private void acceptSectorDrops() {
        plot.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(SectorDrag.SECTOR_ID)) {
                e.acceptTransferModes(TransferMode.MOVE);
                plot.highlightAt(e.getX(), e.getY());
                e.consume();
            }
        });
        plot.setOnDragExited(e -> plot.clearHighlight());
        plot.setOnDragDropped(this::dropped);
    }

    private void dropped(DragEvent e) {
        Object id = e.getDragboard().getContent(SectorDrag.SECTOR_ID);
        plot.clearHighlight();
        if (id instanceof String sectorId && plot.geometry() != null) {
            Position at = plot.geometry().toPosition(e.getX(), e.getY());
            viewModel.moveSectors(Map.of(sectorId, at));
            viewModel.select(sectorId);
            e.setDropCompleted(true);
        } else {
            e.setDropCompleted(false);
        }
        e.consume();
    }

    private static boolean confirmDelete(String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "You can undo this with Ctrl+Z.",
                ButtonType.OK, ButtonType.CANCEL);
        WindowSetup.initDialog(alert, null); // the app's stylesheet and text size
        alert.setTitle("Delete");
        alert.setHeaderText(question);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }
}
