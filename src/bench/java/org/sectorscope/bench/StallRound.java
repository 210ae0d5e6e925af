package org.sectorscope.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.session.ProjectDocument;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.store.RecentFiles;
import org.sectorscope.ui.StubDialogs;
import org.sectorscope.ui.canvas.QuadrantCanvasView;
import org.sectorscope.ui.main.MainWindow;

/**
 * One project size in the whole main window, as the app builds it: opens the project from its file (again
 * from an empty window for each repeat), then presses, drops, undoes and selects all, each time measuring
 * the longest FX-thread stall from the gesture until its result is on screen and a quiet moment after; then
 * the heap the open project holds, and whether 100 undo/redo cycles leave anything behind.
 */
final class StallRound {
    /** One frame at 60 Hz: a stall shorter than this is not seen. */
    static final double FRAME_MS = 1000.0 / 60;
    /** Pressed and dragged cards start near here; short drags stay inside the quadrant. */
    private static final Position NEAR = new Position(-0.5, 0.45);
    private static final double DRAG_SHARE = 0.06;
    private static final int DRAG_STEPS = 8;

    /** {@code selectAll} false leaves select all out (it once took minutes at 10,000 sectors). */
    record Settings(int repeats, int undoRedoCycles, long tailMillis, double leakToleranceMb, boolean selectAll) {
    }

    private final int size;
    private final Project project;
    private final Path file;
    private final Settings settings;
    private Stage stage;
    private ProjectDocument document;
    private ProjectSession session;
    private FrameWatcher frames;
    private PlotPointer pointer;
    private MenuItem undo;
    private MenuItem redo;

    StallRound(int size, Path dir, Settings settings) throws Exception {
        this.size = size;
        this.project = BenchProjects.briefing(42L + size, size);
        // A folder of its own: an earlier round's file may still be held by its document.
        this.file = Files.createTempDirectory(dir, "round").resolve("stall-" + size + ".sectorscope.json");
        this.settings = settings;
        ProjectStore.save(project, file);
    }

    /** Runs every measurement; records them in {@code results} unless it is null (a warm-up round). */
    void run(Results results) throws Exception {
        try {
            showEmptyWindow();
            double fileMb = Files.size(file) / (1024.0 * 1024.0);
            double before = Heap.settledMb();
            double open = stall(() -> document.open(file), () -> session.project().sectors().size() == size);
            int opened = Fx.call(() -> session.project().sectors().size());
            if (opened != size) {
                throw new IllegalStateException("the project did not open: " + opened + " sectors");
            }
            double with = Heap.settledMb();
            System.out.printf(Locale.ROOT, "  open: longest stall %.1f ms%n", open);
            List<Double> opens = new ArrayList<>(List.of(open));
            for (int i = 1; i < settings.repeats(); i++) {
                // The same file again, from an empty window: one open is too few to read a median from.
                settle(document::newProject, () -> session.project().sectors().isEmpty());
                opens.add(stall(() -> document.open(file), () -> session.project().sectors().size() == size));
                System.out.printf(Locale.ROOT, "  open: longest stall %.1f ms%n", last(opens));
            }
            Gestures g = gestures();
            double growth = undoRedoGrowth();
            // The evidence pane's Find and By source tabs fill when first shown: the heap with them filled too.
            showEveryEvidenceTab();
            double withTabs = Heap.settledMb();
            // New replaces the project in the same window: what stays after it is held by caches or leaks.
            settle(document::newProject, () -> session.project().sectors().isEmpty());
            double without = Heap.settledMb();
            double retained = with - before;
            System.out.printf(Locale.ROOT, "  heap: %.1f MB held by the open project for a %.2f MB file (%.1fx); with"
                    + " every evidence tab shown, New let go of %.1f MB%n", retained, fileMb, retained / fileMb,
                    withTabs - without);
            if (results != null) {
                results.add("fx.stall.open", size, "ms", median(opens), FRAME_MS);
                results.add("fx.stall.press", size, "ms", median(g.press()), FRAME_MS);
                results.add("fx.stall.drop", size, "ms", median(g.drop()), FRAME_MS);
                results.add("fx.stall.undo", size, "ms", median(g.undo()), FRAME_MS);
                if (!g.selectAll().isEmpty()) {
                    results.add("fx.stall.selectAll", size, "ms", median(g.selectAll()), FRAME_MS);
                }
                results.add("heap.afterOpen", size, "MB", retained, fileMb);
                // What New lets go of: the baseline before the open can still hold the warm-up round's leftovers.
                results.add("heap.afterOpenEveryTab", size, "MB", withTabs - without, fileMb);
                results.add("heap.undoRedo100", size, "MB", growth, settings.leakToleranceMb());
            }
        } finally {
            close();
        }
    }

    private void showEmptyWindow() throws Exception {
        List<CompletableFuture<Long>> shown = new ArrayList<>();
        Fx.run(() -> {
            session = new ProjectSession(Project.empty("Untitled project"), null, "Untitled");
            StubDialogs dialogs = new StubDialogs();
            document = new ProjectDocument(session, new ProjectFiles(), new RecentFiles(Files.createTempDirectory(
                    file.getParent(), "home")), Platform::runLater, dialogs);
            MainWindow window = new MainWindow(document, dialogs);
            stage = new Stage();
            window.attach(stage, CanvasRound.WIDTH, CanvasRound.HEIGHT);
            Rectangle probe = FrameWatcher.newProbe();
            ((BorderPane) window.root()).getChildren().add(probe);
            frames = new FrameWatcher(stage.getScene(), probe);
            shown.add(frames.whenSettled(() -> true));
            stage.show();
            pointer = new PlotPointer(find(window.root(), QuadrantCanvasView.class));
            MenuBar bar = (MenuBar) ((BorderPane) window.root()).getTop();
            undo = menuItem(bar, "menu-undo");
            redo = menuItem(bar, "menu-redo");
        });
        Fx.await(shown.get(0));
    }

    private record Gestures(List<Double> press, List<Double> drop, List<Double> undo, List<Double> selectAll) {
    }

    /** Each repeat presses a card not pressed before, drags it a little, drops it, undoes that, then selects all. */
    private Gestures gestures() throws Exception {
        List<String> ids = project.sectors().stream()
                .sorted(Comparator.comparingDouble(s -> Math.hypot(s.position().x() - NEAR.x(),
                        s.position().y() - NEAR.y())))
                .limit(settings.repeats()).map(s -> s.id()).toList();
        Gestures g = new Gestures(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (String id : ids) {
            Point2D at = Fx.call(() -> pointer.pointOf(session, id));
            Node target = Fx.call(() -> pointer.pressTarget(id));
            g.press().add(stall(() -> fire(pointer.mouse(MouseEvent.MOUSE_PRESSED, target, at, true)), () -> true));
            String pressed = Fx.call(session.selection()::sectorId);
            Node card = Fx.call(() -> pointer.dragged(pressed));
            Point2D end = dragBy(card, at, DRAG_SHARE * Fx.call(pointer.plot()::getWidth));
            Position beforeDrop = Fx.call(() -> positionOf(pressed));
            g.drop().add(stall(() -> fire(pointer.mouse(MouseEvent.MOUSE_RELEASED, card, end, false)), () -> true));
            if (Fx.call(() -> positionOf(pressed)).equals(beforeDrop)) {
                throw new IllegalStateException("the drop did not move sector " + pressed);
            }
            g.undo().add(stall(undo::fire, () -> true));
            if (!Fx.call(() -> positionOf(pressed)).equals(beforeDrop)) {
                throw new IllegalStateException("undo did not bring sector " + pressed + " back to " + beforeDrop);
            }
            if (settings.selectAll()) {
                g.selectAll().add(stall(() -> fire(ctrlA()), () -> true));
                int selected = Fx.call(() -> session.selection().sectorIds().size());
                if (selected != size) {
                    throw new IllegalStateException("select all selected " + selected + " of " + size + " sectors");
                }
            }
            System.out.printf(Locale.ROOT, "  press %.1f ms, drop %.1f ms, undo %.1f ms, select all %s ms%n",
                    last(g.press()), last(g.drop()), last(g.undo()),
                    g.selectAll().isEmpty() ? "-" : String.format(Locale.ROOT, "%.1f", last(g.selectAll())));
            settle(() -> session.selection().clear());
        }
        return g;
    }

    /** One drop, then undo and redo through the command stack, each left to reach the screen; growth in MB. */
    private double undoRedoGrowth() throws Exception {
        String id = project.sectors().get(0).id();
        Point2D at = Fx.call(() -> pointer.pointOf(session, id));
        Node target = Fx.call(() -> pointer.pressTarget(id));
        settle(() -> fire(pointer.mouse(MouseEvent.MOUSE_PRESSED, target, at, true)));
        Node card = Fx.call(() -> pointer.dragged(session.selection().sectorId()));
        Point2D end = dragBy(card, at, DRAG_SHARE * Fx.call(pointer.plot()::getWidth));
        settle(() -> fire(pointer.mouse(MouseEvent.MOUSE_RELEASED, card, end, false)));
        double before = Heap.settledMb();
        String moved = Fx.call(session.selection()::sectorId);
        Position dropped = Fx.call(() -> positionOf(moved));
        for (int i = 0; i < settings.undoRedoCycles(); i++) {
            settle(undo::fire);
            settle(redo::fire);
        }
        double growth = Heap.settledMb() - before;
        if (!Fx.call(() -> positionOf(moved)).equals(dropped)) {
            throw new IllegalStateException("undo and redo did not end where they started");
        }
        boolean grew = growth > settings.leakToleranceMb();
        System.out.printf(Locale.ROOT, "  %s: heap %s by %.2f MB after %d undo/redo cycles (tolerance %.1f MB)%n",
                grew ? "FAILED" : "ok", growth >= 0 ? "grew" : "shrank", Math.abs(growth), settings.undoRedoCycles(),
                settings.leakToleranceMb());
        if (grew) {
            StallBenchmark.failed(String.format(Locale.ROOT, "heap.undoRedo100 at %,d sectors: grew %.2f MB, over the"
                    + " %.1f MB tolerance", size, growth, settings.leakToleranceMb()));
        }
        return growth;
    }

    /** Moves the pointer with the button down in a few steps, a frame each; returns where it ended. */
    private Point2D dragBy(Node card, Point2D from, double dx) throws Exception {
        Point2D at = from;
        for (int i = 1; i <= DRAG_STEPS; i++) {
            Point2D step = new Point2D(from.getX() + dx * i / DRAG_STEPS, from.getY());
            settle(() -> fire(pointer.mouse(MouseEvent.MOUSE_DRAGGED, card, step, true)));
            at = step;
        }
        return at;
    }

    /**
     * Runs {@code gesture} on the FX thread and returns the longest the FX thread was blocked from then
     * until its result was on screen with {@code ready} true, and {@link Settings#tailMillis} after, for
     * work the gesture left for later.
     */
    private double stall(Fx.ThrowingRunnable gesture, BooleanSupplier ready) throws Exception {
        Thread.sleep(50);
        StallWatchdog watchdog = new StallWatchdog();
        try {
            settle(gesture, ready);
            Thread.sleep(settings.tailMillis());
        } finally {
            watchdog.close();
        }
        Fx.run(() -> { }); // pings posted before the watchdog stopped have now run
        return watchdog.longestStallMillis();
    }

    /** Selects each tab of the evidence pane in turn, each left to reach the screen, then the first again. */
    private void showEveryEvidenceTab() throws Exception {
        List<Tab> tabs = Fx.call(() -> stage.getScene().getRoot().lookupAll(".tab-pane").stream()
                .map(n -> ((TabPane) n).getTabs()).filter(t -> t.stream().anyMatch(tab -> "tab-by-source".equals(tab.getId())))
                .findFirst().orElseThrow(() -> new IllegalStateException("no evidence tabs")));
        for (Tab tab : tabs) {
            settle(() -> tab.getTabPane().getSelectionModel().select(tab));
        }
        settle(() -> tabs.get(0).getTabPane().getSelectionModel().select(0));
    }

    private void settle(Fx.ThrowingRunnable action) throws Exception {
        settle(action, () -> true);
    }

    private void settle(Fx.ThrowingRunnable action, BooleanSupplier ready) throws Exception {
        List<CompletableFuture<Long>> settled = new ArrayList<>();
        Fx.run(() -> {
            settled.add(frames.whenSettled(ready));
            action.run();
        });
        Fx.await(settled.get(0));
    }

    private Position positionOf(String id) {
        return session.project().sector(id).orElseThrow().position();
    }

    private void fire(Event event) {
        Event.fireEvent(pointer.plot(), event);
    }

    /** Ctrl+A (Cmd+A on a Mac) on the plot, which has the keyboard after a press. */
    private KeyEvent ctrlA() {
        boolean mac = System.getProperty("os.name", "").startsWith("Mac");
        return new KeyEvent(pointer.plot(), pointer.plot(), KeyEvent.KEY_PRESSED, "a", "a", KeyCode.A, false, !mac,
                false, mac);
    }

    private void close() throws Exception {
        Fx.run(() -> {
            if (frames != null) {
                frames.release();
            }
            if (stage != null) {
                stage.hide(); // with the scene gone the document stops its timer and watcher
            }
            if (document != null) {
                document.detach();
                document.closeCleanly(); // releases the file's lock
            }
        });
        stage = null;
        document = null;
        session = null;
        frames = null;
        pointer = null;
    }

    private static MenuItem menuItem(MenuBar bar, String id) {
        List<MenuItem> items = new ArrayList<>(bar.getMenus());
        while (!items.isEmpty()) {
            MenuItem item = items.remove(0);
            if (id.equals(item.getId())) {
                return item;
            }
            if (item instanceof Menu m) {
                items.addAll(m.getItems());
            }
        }
        throw new IllegalStateException("no menu item #" + id);
    }

    private static <T> T find(Node node, Class<T> type) {
        if (type.isInstance(node)) {
            return type.cast(node);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                T found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static double median(List<Double> values) {
        return CanvasBenchmark.percentile(values, 50);
    }

    private static double last(List<Double> values) {
        return values.get(values.size() - 1);
    }
}
