package org.sectorscope.ui.canvas;

import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.Node;
import org.sectorscope.model.Position;
import org.sectorscope.ui.common.SectorDrag;
import org.sectorscope.model.TextLimit;
import org.sectorscope.ui.common.TextLimitFilter;

/**
 * The quadrant canvas pane: a zoomable, scrollable plot with a toolbar (zoom), a legend under it that
 * wraps in a narrow pane, and the inline
 * prompt that asks why a sector crossed into another quadrant.
 */
public final class QuadrantCanvasView extends BorderPane {
    /** The plot's natural size (100%): the size at which the report's figure reads comfortably. */
    static final double NATURAL_WIDTH = 1200;
    static final double NATURAL_HEIGHT = 860;
    /** The option caption's font size, at least: what bounds how much of it could show. */
    private static final double CAPTION_FONT = 12;
    private static final double TOOLTIP_WIDTH = 560;

    private final QuadrantCanvasViewModel viewModel;
    private final QuadrantPlot plot;
    private final ScrollPane scroll;
    private final HBox reasonBar;

    public QuadrantCanvasView(QuadrantCanvasViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("quadrant-canvas");
        setId("quadrant-canvas");
        setMinSize(320, 260);
        plot = new QuadrantPlot(viewModel);
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
        plot.setPanner(d -> panBy(d[0], d[1]));
        plot.addEventHandler(QuadrantPlot.RevealEvent.REVEAL, e -> reveal(e.bounds()));
        plot.setConfirmDelete(QuadrantCanvasView::confirmDelete);
        plot.setFrameworkEdit((which, text) -> viewModel.editFrameworkText(which.axis(), which.pole(),
                which.quadrantLetter(), text));
        reasonBar = reasonBar();

        setTop(toolbar());
        // The reason prompt floats over the bottom of the plot: showing it must not resize the plot and
        // so re-lay out every card.
        HBox optionBar = optionBar();
        javafx.scene.layout.StackPane centre = new javafx.scene.layout.StackPane(scroll, reasonBar, optionBar);
        javafx.scene.layout.StackPane.setAlignment(reasonBar, Pos.BOTTOM_CENTER);
        javafx.scene.layout.StackPane.setAlignment(optionBar, Pos.TOP_CENTER);
        reasonBar.setMaxHeight(Region.USE_PREF_SIZE);
        optionBar.setMaxHeight(Region.USE_PREF_SIZE);
        setCenter(centre);
        setBottom(new CanvasLegend());
        sizePlot();
        scroll.viewportBoundsProperty().addListener((obs, o, n) -> sizePlot());
        viewModel.fitProperty().addListener((obs, o, n) -> sizePlot());
        viewModel.zoomProperty().addListener((obs, o, n) -> sizePlot());
        addEventFilter(KeyEvent.KEY_PRESSED, this::zoomKeys);
        plot.addEventFilter(ScrollEvent.SCROLL, this::wheel);
        plot.setOnContextMenuRequested(e -> contextMenu().show(plot, e.getScreenX(), e.getScreenY()));
        acceptSectorDrops();
    }

    /** Lets a different confirmation be used (tests, or a future undo-only policy). */
    public void setConfirmDelete(java.util.function.Predicate<List<String>> confirm) {
        plot.setConfirmDelete(confirm);
    }

    /** The plot's pixel geometry (for tests and tools); null before the first layout. */
    public org.sectorscope.logic.PlotGeometry geometry() {
        return plot.geometry();
    }

    public Region plot() {
        return plot;
    }

    // ---- toolbar ----

    private HBox toolbar() {
        Label title = new Label("Quadrant canvas");
        title.getStyleClass().add("pane-title");
        Button out = toolButton("\u2212", "Zoom out (Ctrl+minus)", () -> zoomBy(-1));
        out.setId("zoom-out");
        Label level = new Label();
        level.setId("zoom-level");
        level.getStyleClass().add("zoom-level");
        level.textProperty().bind(Bindings.createStringBinding(() -> viewModel.fitProperty().get() ? "Fit"
                : Math.round(viewModel.zoomProperty().get() * 100) + "%", viewModel.fitProperty(), viewModel.zoomProperty()));
        Button in = toolButton("+", "Zoom in (Ctrl+plus, Ctrl+wheel)", () -> zoomBy(1));
        in.setId("zoom-in");
        Button fit = toolButton("Fit", "Fit the framework to the pane (Ctrl+0)", viewModel::zoomToFit);
        fit.setId("zoom-fit");
        Button actual = toolButton("100%", "Natural size (Ctrl+1)", viewModel::zoomToActualSize);
        actual.setId("zoom-100");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, title, spacer, out, level, in, fit, actual);
        for (var n : List.of(out, level, in, fit, actual)) {
            ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        }
        title.setMinWidth(Region.USE_PREF_SIZE); // the zoom controls are few: the title always fits beside them
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("canvas-toolbar");
        bar.setPadding(new Insets(4, 8, 4, 8));
        return bar;
    }

    private static Button toolButton(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add("tool-button");
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    // ---- zoom and pan ----

    private double fitScale() {
        Bounds v = scroll.getViewportBounds();
        return Math.min(v.getWidth() / NATURAL_WIDTH, v.getHeight() / NATURAL_HEIGHT);
    }

    private void zoomBy(int steps) {
        viewModel.zoomBy(steps, fitScale());
    }

    private void sizePlot() {
        Bounds v = scroll.getViewportBounds();
        boolean fit = viewModel.fitProperty().get();
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
        if (!e.isShortcutDown() || plot.isEditing()) {
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
        zoomBy(e.getDeltaY() > 0 ? 1 : -1);
        scroll.layout();
        Bounds v = scroll.getViewportBounds();
        double extraW = plot.getPrefWidth() - v.getWidth();
        double extraH = plot.getPrefHeight() - v.getHeight();
        if (extraW > 0) {
            scroll.setHvalue(clamp01((fx * plot.getPrefWidth() - e.getX() + plot.getBoundsInParent().getMinX()) / extraW));
        }
        if (extraH > 0) {
            scroll.setVvalue(clamp01((fy * plot.getPrefHeight() - e.getY() + plot.getBoundsInParent().getMinY()) / extraH));
        }
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

    /** A tooltip that wraps a long text at a readable width rather than run off the screen. */
    private static javafx.scene.control.Tooltip wrapping(javafx.scene.control.Tooltip tip) {
        tip.setWrapText(true);
        tip.setMaxWidth(TOOLTIP_WIDTH);
        return tip;
    }

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }

    // ---- context menu, drops, reason prompt ----

    private ContextMenu contextMenu() {
        boolean any = !viewModel.selectedIds().isEmpty();
        MenuItem rename = new MenuItem("Rename\tEnter");
        rename.setDisable(viewModel.selectedIdProperty().get() == null);
        rename.setOnAction(e -> plot.startRename(viewModel.selectedIdProperty().get()));
        MenuItem delete = new MenuItem("Delete\tDel");
        delete.setDisable(!any);
        delete.setOnAction(e -> plot.deleteSelected());
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

    /** While a policy option is selected: what it is, whether to draw its intended moves, and a way out. */
    private HBox optionBar() {
        Label caption = new Label();
        caption.setId("option-caption");
        caption.setMinWidth(0);
        HBox.setHgrow(caption, Priority.ALWAYS);
        javafx.scene.control.CheckBox arrows = new javafx.scene.control.CheckBox("Intended moves");
        arrows.setId("option-arrows");
        arrows.selectedProperty().bindBidirectional(viewModel.showArrowsProperty());
        arrows.setMinWidth(Region.USE_PREF_SIZE);
        Button close = new Button("\u2715");
        close.setId("option-clear");
        close.setTooltip(new javafx.scene.control.Tooltip("Stop showing this option"));
        close.setOnAction(e -> viewModel.selection().selectOption(null));
        HBox bar = new HBox(8, caption, arrows, close);
        bar.getStyleClass().add("option-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 8, 3, 8));
        bar.setVisible(false);
        viewModel.optionFocusProperty().addListener((obs, old, focus) -> {
            bar.setVisible(focus != null);
            // Cut before JavaFX measures it: an option's name and intended effect may be of any length.
            String text = focus == null ? "" : CanvasText.fit(focus.caption(), CanvasText.UNKNOWN_ROOM, CAPTION_FONT);
            caption.setText(text);
            caption.setTooltip(focus == null ? null : wrapping(new javafx.scene.control.Tooltip(text)));
        });
        return bar;
    }

    private HBox reasonBar() {
        Label summary = new Label();
        summary.setId("reason-summary");
        summary.setMinWidth(Region.USE_PREF_SIZE);
        TextField why = TextLimitFilter.install(new TextField(), TextLimit.PROSE, "a reason");
        why.setId("reason-field");
        why.setPromptText("Why? One line (Enter saves, Esc skips)");
        HBox.setHgrow(why, Priority.ALWAYS);
        Button save = new Button("Save reason");
        save.setId("reason-save");
        Button skip = new Button("Skip");
        skip.setId("reason-skip");
        save.setOnAction(e -> {
            viewModel.giveReason(why.getText());
            plot.requestFocus();
        });
        skip.setOnAction(e -> {
            viewModel.skipReason();
            plot.requestFocus();
        });
        why.setOnAction(e -> save.fire());
        why.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                skip.fire();
                e.consume();
            }
        });
        // With nothing typed yet, Undo and Redo mean the move, not the text: the prompt must not trap them.
        why.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean undo = e.isShortcutDown() && e.getCode() == KeyCode.Z;
            boolean redo = e.isShortcutDown() && (e.getCode() == KeyCode.Y || (undo && e.isShiftDown()));
            if ((undo || redo) && why.getText().isEmpty()) {
                skip.fire();
                if (redo) {
                    viewModel.redo();
                } else {
                    viewModel.undo();
                }
                e.consume();
            }
        });
        HBox bar = new HBox(8, summary, why, save, skip);
        bar.getStyleClass().add("reason-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(5, 8, 5, 8));
        bar.setVisible(false);
        viewModel.pendingReasonProperty().addListener((obs, old, pending) -> {
            bar.setVisible(pending != null);
            if (pending != null) {
                summary.setText(pending.summary());
                why.clear();
                why.requestFocus();
            }
        });
        return bar;
    }

    private static boolean confirmDelete(List<String> names) {
        String what = names.size() == 1 ? "\u201c" + names.get(0) + "\u201d" : names.size() + " sectors";
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "You can undo this with Ctrl+Z.",
                ButtonType.OK, ButtonType.CANCEL);
        alert.setTitle("Delete");
        alert.setHeaderText("Delete " + what + "?");
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }
}
