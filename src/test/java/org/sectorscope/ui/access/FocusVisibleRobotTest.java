package org.sectorscope.ui.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.logic.TextContrast;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The keyboard's place is always seen: Tab walks the whole main window, each stop is a node on screen,
 * and each looks different while it has the focus: a ring, a border or a highlight that changes a run of
 * its pixels by at least 3:1 in contrast (WCAG 2.4.13's measure), not a faint tint.
 */
@ExtendWith(ApplicationExtension.class)
class FocusVisibleRobotTest {
    private static final PseudoClass FOCUSED = PseudoClass.getPseudoClass("focused");
    /** A stop must change at least this share of a one-pixel ring around it by 3:1 or more. */
    private static final double RING_SHARE = 0.4;
    private static final double CHANGE_CONTRAST = 3.0;
    private static final int MAX_STOPS = 80;

    @TempDir
    static Path home;

    private SampleMainWindow shown;

    @Start
    void start(Stage stage) throws Exception {
        shown = new SampleMainWindow(stage, home);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        shown.close(robot);
    }

    @Test
    void tabReachesOnlyNodesOnScreenAndEachShowsItHasTheFocus(FxRobot robot) {
        String first = shown.session.project().sectors().get(0).id();
        robot.interact(() -> shown.session.selection().selectSector(first)); // the Evidence pane shows its cards
        Node start = robot.lookup("#sector-filter").query();
        robot.interact(start::requestFocus);
        WaitForAsyncUtils.waitForFxEvents(5);
        Set<String> problems = new LinkedHashSet<>();
        List<Node> stops = walk(robot, shown.stage.getScene(), "main window", problems);
        System.out.println("Tab stops in the main window: " + stops.size());
        assertTrue(stops.size() >= 8 && stops.size() < MAX_STOPS, "Tab went round the window: " + stops.size()
                + " stops: " + stops.stream().map(SceneAudit::describe).toList());
        assertTrue(stops.stream().anyMatch(n -> "quadrant-plot".equals(n.getId())), "the canvas is a stop");
        assertEquals(List.of(), List.copyOf(problems), String.join("\n", problems));
    }

    @Test
    void inEveryDialogTabReachesOnlyNodesOnScreenAndEachShowsItHasTheFocus(FxRobot robot) {
        Set<String> problems = new LinkedHashSet<>();
        List<String> walked = new ArrayList<>();
        shown.tour(robot).visit((where, root) -> {
            if (root.getScene() != shown.stage.getScene()) {
                List<Node> stops = walk(robot, root.getScene(), where, problems);
                walked.add(where + ": " + stops.size());
            }
        });
        System.out.println("Tab stops in the dialogs: " + walked);
        assertEquals(14, walked.size(), "every window of the tour was walked: " + walked);
        assertEquals(List.of(), List.copyOf(problems), String.join("\n", problems));
    }

    /** Tabs round a window from its focus owner; the stops, each checked into {@code problems}. */
    private static List<Node> walk(FxRobot robot, Scene scene, String where, Set<String> problems) {
        List<Node> stops = new ArrayList<>();
        Node at = scene.getFocusOwner();
        if (at == null) {
            problems.add(where + ": nothing has the keyboard");
            return stops;
        }
        Image focusedLook = snapshot(robot, at);
        for (int i = 0; i < MAX_STOPS; i++) {
            stops.add(at);
            checkOnScreen(at, scene, problems);
            if (!at.getPseudoClassStates().contains(FOCUSED)) {
                problems.add(where + ": " + SceneAudit.describe(at) + " has the focus without :focused");
            }
            // Tab is the canvas's own key (it walks the sectors) and a text area's; Ctrl+Tab leaves both.
            boolean ownsTab = at.getId() != null && at.getId().equals("quadrant-plot") || at instanceof TextArea;
            if (ownsTab) {
                robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
            } else {
                robot.press(KeyCode.TAB).release(KeyCode.TAB);
            }
            WaitForAsyncUtils.waitForFxEvents(3);
            Node next = scene.getFocusOwner();
            // A window with one stop keeps it: there is no look without the focus to compare with.
            String seen = next == at ? null : focusSeen(focusedLook, snapshot(robot, at));
            if (seen != null) {
                problems.add(where + ": " + SceneAudit.describe(at) + ": focus not seen: " + seen);
            }
            if (next == null || stops.contains(next)) {
                break;
            }
            at = next;
            focusedLook = snapshot(robot, at);
        }
        return stops;
    }

    private static void checkOnScreen(Node n, Scene scene, Set<String> problems) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || p.getOpacity() < 0.05) {
                problems.add(SceneAudit.describe(n) + " has the focus but is not seen");
                return;
            }
        }
        Bounds b = n.localToScene(n.getLayoutBounds());
        if (b.getWidth() < 2 || b.getHeight() < 2 || b.getMaxX() < 0 || b.getMaxY() < 0 || b.getMinX() > scene.getWidth()
                || b.getMinY() > scene.getHeight()) {
            problems.add(SceneAudit.describe(n) + " has the focus off the window: " + b);
        }
    }

    private static Image snapshot(FxRobot robot, Node n) {
        AtomicReference<Image> image = new AtomicReference<>();
        robot.interact(() -> image.set(n.snapshot(null, null)));
        return image.get();
    }

    /** Null when the two looks differ by a focus mark; otherwise what was measured. */
    static String focusSeen(Image focused, Image unfocused) {
        int w = (int) Math.min(focused.getWidth(), unfocused.getWidth());
        int h = (int) Math.min(focused.getHeight(), unfocused.getHeight());
        PixelReader a = focused.getPixelReader();
        PixelReader b = unfocused.getPixelReader();
        int changed = 0;
        double strongest = 1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double ratio = TextContrast.ratio(rgb(a.getColor(x, y)), rgb(b.getColor(x, y)));
                strongest = Math.max(strongest, ratio);
                if (ratio >= CHANGE_CONTRAST) {
                    changed++;
                }
            }
        }
        double ring = 2.0 * (w + h);
        return changed >= RING_SHARE * ring ? null
                : String.format("%d pixels changed by 3:1 or more, a ring is %.0f; strongest change %.2f:1 (%dx%d)",
                        changed, ring, strongest, w, h);
    }

    /** A pixel as seen on white (snapshots of a node alone are transparent around it). */
    private static double[] rgb(Color c) {
        return TextContrast.over(new double[] {c.getRed(), c.getGreen(), c.getBlue()}, c.getOpacity(),
                new double[] {1, 1, 1});
    }
}
