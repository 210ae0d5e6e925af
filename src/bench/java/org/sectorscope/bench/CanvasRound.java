package org.sectorscope.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.geometry.Point3D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.canvas.QuadrantCanvasView;
import org.sectorscope.ui.canvas.QuadrantCanvasViewModel;
import org.sectorscope.ui.common.WindowSetup;

/** One project size: open it, drag a card across the plot, drop it a few times, close. */
final class CanvasRound {
    static final double WIDTH = 1600;
    static final double HEIGHT = 1000;
    /** The dragged card starts at the card nearest this position (left half, so the drag crosses x = 0). */
    private static final Position DRAG_FROM = new Position(-0.5, 0.35);
    /** The long drag covers this share of the plot's width; the short drags before the later drops, less. */
    private static final double DRAG_SHARE = 0.45;
    private static final double SHORT_DRAG_SHARE = 0.12;
    private static final int SHORT_DRAG_FRAMES = 20;

    record Settings(int dragSteps, int warmupFrames, int drops) {
    }

    private record DragRun(List<Double> intervalsMillis, double movedPixels, Point2D end) {
    }

    /** An action's time until its result was on screen, and the time of its event handling alone. */
    private record Timed(double totalMillis, double handlerMillis) {
    }

    private final int size;
    private final Project project;
    private final Settings settings;
    private Stage stage;
    private Scene scene;
    private ProjectSession session;
    private Region plot;
    private PlotPointer pointer;
    private FrameWatcher frames;
    private Parent cardLayer;

    CanvasRound(int size, long seed, Settings settings) {
        this.size = size;
        this.project = BenchProjects.generate(seed, size);
        this.settings = settings;
    }

    /** Runs every measurement; records them in {@code results} unless it is null (a warm-up round). */
    void run(Results results) throws Exception {
        try {
            open(results);
            dragAndDrop(results);
        } finally {
            close();
        }
    }

    // ---- open ----

    private void open(Results results) throws Exception {
        Heap.usedAfterGcMb(); // start from a collected heap
        List<CompletableFuture<Long>> settled = new ArrayList<>();
        long[] start;
        long end;
        StallWatchdog watchdog = new StallWatchdog();
        try {
            Thread.sleep(50);
            start = Fx.call(() -> {
                long t0 = System.nanoTime();
                session = new ProjectSession(project, null, "bench");
                QuadrantCanvasView view = new QuadrantCanvasView(new QuadrantCanvasViewModel(session));
                plot = view.plot();
                pointer = new PlotPointer(view);
                Rectangle probe = FrameWatcher.newProbe();
                BorderPane root = new BorderPane(view);
                root.getChildren().add(probe);
                scene = new Scene(root, WIDTH, HEIGHT);
                WindowSetup.addStylesheets(scene.getStylesheets());
                frames = new FrameWatcher(scene, probe);
                settled.add(frames.whenSettled(this::allCardsLaidOut));
                stage = new Stage();
                stage.setTitle("Sectorscope benchmark, " + size + " sectors");
                stage.setScene(scene);
                stage.show();
                return new long[] {t0, System.nanoTime()};
            });
            end = Fx.await(settled.get(0));
        } finally {
            watchdog.close();
        }
        Fx.run(() -> { }); // pings posted before the watchdog stopped have now run
        double openMs = (end - start[0]) / 1e6;
        double buildAndShowMs = (start[1] - start[0]) / 1e6;
        double stallMs = watchdog.longestStallMillis();
        double heapMb = Heap.usedAfterGcMb();
        if (frames.framesRendered() == 0) {
            System.out.println("  warning: the toolkit reported no rendered frames; times end when the FX thread"
                    + " has synchronised the frame after them, which is a little later than its render");
        }
        String checked = Fx.call(() -> String.format(Locale.ROOT, "plot %.0fx%.0f, %d cards laid out",
                plot.getWidth(), plot.getHeight(), cardCount()));
        System.out.printf(Locale.ROOT, "  open: %.1f ms to the first settled frame (%s; building the view and"
                + " Stage.show() %.1f ms of it), longest FX-thread stall %.1f ms, heap %.1f MB%n",
                openMs, checked, buildAndShowMs, stallMs, heapMb);
        if (results != null) {
            results.add("open.ms", size, "ms", openMs);
            results.add("open.longestStall.ms", size, "ms", stallMs);
            results.add("heap.usedAfterOpen.mb", size, "MB", heapMb);
        }
    }

    /** The card layer: the child of the plot holding the sector cards. */
    private Parent cardLayer() {
        if (cardLayer == null) {
            int best = 0;
            for (Node n : plot.getChildrenUnmodifiable()) {
                if (n instanceof Parent p) {
                    int cards = (int) p.getChildrenUnmodifiable().stream()
                            .filter(c -> c.getStyleClass().contains("sector-card")).count();
                    if (cards > best) {
                        best = cards;
                        cardLayer = p;
                    }
                }
            }
        }
        return cardLayer;
    }

    private int cardCount() {
        Parent layer = cardLayer();
        return layer == null ? 0 : (int) layer.getChildrenUnmodifiable().stream()
                .filter(c -> c.getStyleClass().contains("sector-card")).count();
    }

    /** True once the plot has its size and every card has been given a size. */
    private boolean allCardsLaidOut() {
        if (plot.getWidth() <= 0 || plot.getHeight() <= 0) {
            return false;
        }
        // A crowded plot draws markers on one canvas and has no label nodes at all.
        boolean dotLayerDrawn = plot.getChildrenUnmodifiable().stream()
                .anyMatch(n -> n instanceof Canvas c && c.getWidth() > 0);
        Parent layer = cardLayer();
        if (layer == null) {
            return size == 0 || dotLayerDrawn;
        }
        int laidOut = 0;
        for (Node c : layer.getChildrenUnmodifiable()) {
            if (c.getStyleClass().contains("sector-card")) {
                if (c.getLayoutBounds().getWidth() <= 0 || c.getLayoutBounds().getHeight() <= 0) {
                    return false;
                }
                laidOut++;
            }
        }
        return laidOut >= size || dotLayerDrawn;
    }

    // ---- drag and drop ----

    private void dragAndDrop(Results results) throws Exception {
        // The cards nearest DRAG_FROM: the first is dragged across the plot, the others a short way, each
        // once, so that every press selects a card that was not selected before.
        List<String> ids = project.sectors().stream()
                .sorted(Comparator.comparingDouble(s -> distance(s.position(), DRAG_FROM)))
                .limit(Math.max(1, settings.drops())).map(s -> s.id()).toList();
        double plotWidth = Fx.call(plot::getWidth);
        List<Timed> presses = new ArrayList<>();
        List<Timed> drops = new ArrayList<>();

        // The long drag: press, warm-up frames, the recorded frames, drop.
        String id = ids.get(0);
        double distance = DRAG_SHARE * plotWidth;
        Point2D from = Fx.call(() -> pointOf(id));
        presses.add(press(id, from));
        String moved = pressed(); // on a crowded plot the topmost shape under the pointer may be a neighbour's
        Position before = project.sector(moved).orElseThrow().position();
        Node card = card(moved);
        DragRun run = drag(card, from, distance, settings.warmupFrames() + settings.dragSteps(), settings.warmupFrames());
        checkMoved(run, distance, settings.warmupFrames() + settings.dragSteps());
        drops.add(drop(card, run.end()));
        Position after = Fx.call(() -> session.project().sector(moved).orElseThrow().position());
        double expected = DRAG_SHARE * 2; // the plot is 2 units wide
        if (after.x() - before.x() < 0.5 * expected) {
            throw new IllegalStateException("the drop did not move the sector: x " + before.x() + " -> " + after.x()
                    + ", expected about +" + expected);
        }
        // Short drags of other cards, alternately left and right, for more press and drop samples.
        for (int i = 1; i < ids.size(); i++) {
            String otherId = ids.get(i);
            double dx = (i % 2 == 1 ? -1 : 1) * SHORT_DRAG_SHARE * plotWidth;
            Point2D at = Fx.call(() -> pointOf(otherId));
            presses.add(press(otherId, at));
            Node other = card(pressed());
            DragRun shortRun = drag(other, at, dx, SHORT_DRAG_FRAMES, SHORT_DRAG_FRAMES);
            checkMoved(shortRun, Math.abs(dx), SHORT_DRAG_FRAMES);
            drops.add(drop(other, shortRun.end()));
        }

        List<Double> frameTimes = run.intervalsMillis();
        double p50 = CanvasBenchmark.percentile(frameTimes, 50);
        double p95 = CanvasBenchmark.percentile(frameTimes, 95);
        double max = CanvasBenchmark.percentile(frameTimes, 100);
        List<Double> dropTotals = drops.stream().map(Timed::totalMillis).toList();
        List<Double> dropHandlers = drops.stream().map(Timed::handlerMillis).toList();
        List<Double> pressTotals = presses.stream().map(Timed::totalMillis).toList();
        double pressMs = CanvasBenchmark.percentile(pressTotals, 50);
        double dropMs = CanvasBenchmark.percentile(dropTotals, 50);
        double dropMax = CanvasBenchmark.percentile(dropTotals, 100);
        double handlerMs = CanvasBenchmark.percentile(dropHandlers, 50);
        System.out.printf(Locale.ROOT, "  drag: %d frames, card moved %.0f px; frame p50 %.2f ms, p95 %.2f ms, max %.2f ms%n",
                frameTimes.size(), run.movedPixels(), p50, p95, max);
        System.out.printf(Locale.ROOT, "  press: %s ms to the settled frame%n", format(pressTotals));
        System.out.printf(Locale.ROOT, "  drop: %s ms to the settled frame (handler %s ms); sector x %.3f -> %.3f%n",
                format(dropTotals), format(dropHandlers), before.x(), after.x());
        if (results != null) {
            results.add("drag.p50", size, "ms", p50);
            results.add("drag.p95", size, "ms", p95);
            results.add("drag.max", size, "ms", max);
            results.add("drop.ms", size, "ms", dropMs);
            results.add("drop.max.ms", size, "ms", dropMax);
            results.add("drop.handler.ms", size, "ms", handlerMs);
            results.add("press.ms", size, "ms", pressMs);
        }
    }

    /** What moves while the sector is dragged: its label, or (a sector without one) the layer of selected markers. */
    private Node card(String id) throws Exception {
        return Fx.call(() -> pointer.dragged(id));
    }

    /** The numbers are only worth having if the card really followed the pointer. */
    private static void checkMoved(DragRun run, double distance, int steps) {
        double expected = distance * (steps - 1) / steps; // from the first step to the last
        if (run.movedPixels() < 0.9 * expected) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "the drag did not move the card: it moved by %.1f px, expected about %.1f px",
                    run.movedPixels(), expected));
        }
    }

    private static double distance(Position a, Position b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    private static String format(List<Double> values) {
        return String.join(", ", values.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toList());
    }

    /** Presses on {@code at} (over the card) and times it until its result is laid out and rendered. */
    private Timed press(String id, Point2D at) throws Exception {
        Node target = Fx.call(() -> pointer.pressTarget(id));
        return timed(() -> Event.fireEvent(plot, pointer.mouse(MouseEvent.MOUSE_PRESSED, target, at, true)));
    }

    /** The sector the last press selected: on a crowded plot the topmost shape may be a neighbour's. */
    private String pressed() throws Exception {
        return Fx.call(() -> session.selection().sectorId());
    }

    private Point2D pointOf(String id) {
        return pointer.pointOf(session, id);
    }

    /**
     * With the button down on the card at {@code from}, moves the pointer {@code dx} to the right in
     * {@code steps} equal steps, one per frame from an AnimationTimer. Records the time between
     * consecutive frames, each the whole cost of one frame (pulse and render), for the steps after the
     * first {@code unrecorded}, and how far the card moved from the first step to the last (the press
     * may have changed the card's size, and the first step may be within the drag threshold).
     */
    private DragRun drag(Node card, Point2D from, double dx, int steps, int unrecorded) throws Exception {
        CompletableFuture<DragRun> done = new CompletableFuture<>();
        Fx.run(() -> new AnimationTimer() {
            private final List<Double> intervals = new ArrayList<>();
            private int frame;
            private long last;
            private double firstX;
            private Point2D at = from;

            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                try {
                    if (frame > unrecorded) {
                        intervals.add((t - last) / 1e6); // the whole of the previous frame
                    }
                    last = t;
                    if (frame < steps) {
                        at = new Point2D(from.getX() + dx * (frame + 1) / steps, from.getY());
                        Event.fireEvent(plot, pointer.mouse(MouseEvent.MOUSE_DRAGGED, card, at, true));
                        if (frame == 0) {
                            firstX = card.getLayoutX() + card.getTranslateX();
                        }
                        frame++;
                    } else {
                        stop();
                        done.complete(new DragRun(intervals, Math.abs(card.getLayoutX() + card.getTranslateX() - firstX), at));
                    }
                } catch (RuntimeException | Error e) {
                    stop();
                    done.completeExceptionally(e);
                }
            }
        }.start());
        return Fx.await(done);
    }

    /** Releases the button at {@code at} and times the drop until its result is laid out and rendered. */
    private Timed drop(Node card, Point2D at) throws Exception {
        return timed(() -> Event.fireEvent(plot, pointer.mouse(MouseEvent.MOUSE_RELEASED, card, at, false)));
    }

    /** Runs {@code action} on the FX thread and times it, and then until its result is on screen. */
    private Timed timed(Runnable action) throws Exception {
        List<CompletableFuture<Long>> settled = new ArrayList<>();
        long[] times = Fx.call(() -> {
            settled.add(frames.whenSettled(() -> true));
            long t0 = System.nanoTime();
            action.run();
            return new long[] {t0, System.nanoTime()};
        });
        // If the action drew nothing new, the last frame predates it: then it was over when its handler was.
        long end = Math.max(Fx.await(settled.get(0)), times[1]);
        return new Timed((end - times[0]) / 1e6, (times[1] - times[0]) / 1e6);
    }

    private void close() throws Exception {
        Fx.run(() -> {
            if (frames != null) {
                frames.release();
            }
            if (stage != null) {
                stage.hide();
            }
        });
        stage = null;
        scene = null;
        session = null;
        plot = null;
        pointer = null;
        frames = null;
        cardLayer = null;
    }
}
