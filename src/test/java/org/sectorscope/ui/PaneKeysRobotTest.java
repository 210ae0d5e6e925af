package org.sectorscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCombination.ModifierValue;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.ui.actions.ActionPlace;
import org.sectorscope.ui.actions.StandardAction;
import org.sectorscope.ui.canvas.QuadrantCanvasView;
import org.sectorscope.ui.canvas.QuadrantCanvasViewModel;
import org.sectorscope.ui.evidence.EvidenceView;
import org.sectorscope.ui.evidence.EvidenceViewModel;
import org.sectorscope.ui.options.OptionRow;
import org.sectorscope.ui.options.PolicyOptionsView;
import org.sectorscope.ui.options.PolicyOptionsViewModel;
import org.sectorscope.ui.sources.SourceFolders;
import org.sectorscope.ui.sources.SourceOpener;
import org.sectorscope.ui.sources.SourcesDialog;
import org.sectorscope.ui.sources.SourcesDialogViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The action table lists the panes' own keys for the shortcut sheet while the panes bind them; this
 * presses each listed key at its pane, on a fresh copy of the sample, and checks the pane's handler took it
 * (the key event is consumed before the control's own key handling would see it). A dialog a key opens
 * (confirm delete, edit a score) is closed so the next key can be pressed.
 */
@ExtendWith(ApplicationExtension.class)
class PaneKeysRobotTest {
    private Stage stage;
    private Project sample;
    /** The pane shown, for the keys of one place after another; its session, view model and view. */
    private ActionPlace shownPlace;
    private Node shown;
    private Detector detector;
    private ProjectSession session;
    private Object paneModel;
    private Node paneView;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        sample = ProjectStore.loadSample();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        RobotFixtures.hideOtherWindows(robot, stage);
    }

    @Test
    void everyPaneKeyInTheTableIsHandledByItsPane(FxRobot robot) {
        List<String> unhandled = new ArrayList<>();
        int pressed = 0;
        for (StandardAction a : StandardAction.values()) {
            if (a.place().isMenu()) {
                continue;
            }
            for (KeyCombination key : a.keys()) {
                if (!handled(robot, a.place(), key)) {
                    unhandled.add(a + " " + key.getName());
                }
                pressed++;
            }
        }
        assertEquals(List.of(), unhandled, "listed in the shortcut sheet, but the pane ignores them");
        assertTrue(pressed > 40, "keys pressed: " + pressed);
    }

    /** The check can fail: keys no pane of ours binds are not counted as taken. */
    @Test
    void aKeyNoPaneBindsIsNotTaken(FxRobot robot) {
        for (ActionPlace place : List.of(ActionPlace.CANVAS, ActionPlace.EVIDENCE_LIST, ActionPlace.OPTIONS_MATRIX)) {
            assertFalse(handled(robot, place, KeyCombination.keyCombination("F7")), place.toString());
        }
        assertFalse(handled(robot, ActionPlace.CANVAS, KeyCombination.keyCombination("Shortcut+2")));
        // The table's own arrow-key navigation is not counted as the pane's.
        assertFalse(handled(robot, ActionPlace.OPTIONS_MATRIX, KeyCombination.keyCombination("Down")));
    }

    /** Presses {@code key} at the pane of {@code place}; whether the pane consumed it. */
    private boolean handled(FxRobot robot, ActionPlace place, KeyCombination key) {
        if (place != shownPlace) {
            detector = new Detector();
            robot.interact(() -> shown = pane(place, detector));
            shownPlace = place;
            WaitForAsyncUtils.waitForFxEvents();
        }
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Window> keep = new AtomicReference<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                Node target = prepare(place, shown, detector);
                keep.set(target.getScene().getWindow());
                detector.reset();
                fire(target, (KeyCodeCombination) key, detector);
            } catch (Throwable t) {
                failed.set(t);
            } finally {
                done.set(true);
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!done.get()) {
            assertTrue(System.nanoTime() < deadline, place + " " + key.getName() + " never returned");
            WaitForAsyncUtils.sleep(20, TimeUnit.MILLISECONDS);
            // A key that opens a modal dialog (confirm delete, edit a score) returns when the dialog closes.
            Platform.runLater(() -> new ArrayList<>(Window.getWindows()).stream()
                    .filter(w -> w != stage && w != keep.get()).forEach(Window::hide));
        }
        if (failed.get() != null) {
            throw new AssertionError(place + " " + key.getName(), failed.get());
        }
        return detector.consumed();
    }

    // ---- the panes, each on a fresh copy of the sample, kept for the keys of its place ----

    private Node pane(ActionPlace place, Detector detector) {
        session = new ProjectSession(sample, null, "sample.sectorscope.json");
        switch (place) {
            case CANVAS -> {
                QuadrantCanvasView view = new QuadrantCanvasView(new QuadrantCanvasViewModel(session));
                detector.watch(view.plot());
                RobotFixtures.showPane(stage, view, 1200, 900);
                return view.plot();
            }
            case EVIDENCE_LIST, EVIDENCE_FORM -> {
                EvidenceViewModel vm = new EvidenceViewModel(session);
                EvidenceView view = new EvidenceView(vm);
                paneModel = vm;
                paneView = view;
                RobotFixtures.showPane(stage, view, 600, 900);
                session.selection().selectSector(sectorWithEvidence().id());
                if (place != ActionPlace.EVIDENCE_FORM) {
                    return view;
                }
                view.startNewItem(); // the form joins the scene when first opened
                Node quote = view.lookup("#editor-quote");
                assertNotNull(quote);
                detector.watch(quote);
                return quote;
            }
            case OPTIONS_MATRIX -> {
                PolicyOptionsView view = new PolicyOptionsView(new PolicyOptionsViewModel(session));
                paneModel = view;
                detector.watch(view.table());
                RobotFixtures.showPane(stage, view, 1400, 700);
                return view.table();
            }
            case SOURCES_WINDOW -> {
                SourcesDialog dialog = new SourcesDialog(new SourcesDialogViewModel(session,
                        new SourceOpener(new StubDialogs(), new SourceFolders())));
                Node table = dialog.getDialogPane().lookup("#src-table");
                detector.watch(table);
                dialog.initOwner(stage);
                dialog.show();
                return table;
            }
            default -> throw new AssertionError("no pane for " + place + ": add one here");
        }
    }

    /**
     * What the keys act on (a selected sector, a picked evidence item, a focused score cell); returns the
     * node that has the keyboard.
     */
    private Node prepare(ActionPlace place, Node target, Detector detector) {
        if (place == ActionPlace.CANVAS) {
            session.selection().selectSector(sectorWithEvidence().id());
            target.requestFocus(); // an in-place rename left open by Enter closes as the plot takes the focus
        } else if (place == ActionPlace.EVIDENCE_FORM) {
            ((EvidenceView) paneView).startNewItem();
        } else if (place == ActionPlace.EVIDENCE_LIST) {
            EvidenceViewModel vm = (EvidenceViewModel) paneModel;
            String middle = vm.rows().get(1).id();
            vm.selectedItemProperty().set(middle);
            Node card = target.lookup("#evidence-" + middle);
            assertNotNull(card);
            detector.watch(card); // a card is no control: no default key handling to come first
            return card;
        } else if (place == ActionPlace.OPTIONS_MATRIX) {
            @SuppressWarnings("unchecked")
            TableView<OptionRow> table = (TableView<OptionRow>) target;
            TableColumn<OptionRow, ?> score = table.getColumns().stream()
                    .filter(c -> c.getId() != null && c.getId().startsWith("criterion-")).findFirst().orElseThrow();
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(0, score);
            table.getFocusModel().focus(0, score);
            assertNotNull(((PolicyOptionsView) paneModel).viewModel().focusedCriterionIdProperty().get(),
                    "a score cell has the focus");
        }
        return target;
    }

    private Sector sectorWithEvidence() {
        return session.project().sectors().stream().filter(s -> s.evidence().size() >= 3 && s.position() != null)
                .findFirst().orElseThrow();
    }

    // ---- pressing a key as the keyboard would, and seeing whether it was taken ----

    private static void fire(Node target, KeyCodeCombination k, Detector detector) {
        boolean shortcut = k.getShortcut() == ModifierValue.DOWN;
        boolean mac = System.getProperty("os.name", "").startsWith("Mac");
        boolean shift = k.getShift() == ModifierValue.DOWN;
        boolean control = k.getControl() == ModifierValue.DOWN || (shortcut && !mac);
        boolean alt = k.getAlt() == ModifierValue.DOWN;
        boolean meta = k.getMeta() == ModifierValue.DOWN || (shortcut && mac);
        KeyCode code = k.getCode();
        target.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, code.getChar(), code, shift, control,
                alt, meta));
        if ((code.isDigitKey() || code.isLetterKey()) && !control && !alt && !meta) {
            detector.typedSent = true;
            target.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, code.getChar(), "", KeyCode.UNDEFINED,
                    shift, false, false, false));
        }
        target.fireEvent(new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, code.getChar(),
                code, shift, control, alt, meta));
    }

    /**
     * Watches the node that gets the key. Its handler is added after the pane's own and before the control's
     * skin exists (the pane is not yet shown), so it sees a key the pane consumed as consumed, and a key the
     * pane let through before the control's default handling can take it. A key consumed further up, in a
     * filter of the pane, never reaches it.
     */
    private static final class Detector {
        private boolean pressedReached;
        private boolean typedReached;
        private boolean typedSent;

        void reset() {
            pressedReached = false;
            typedReached = false;
            typedSent = false;
        }

        void watch(Node node) {
            EventHandler<KeyEvent> pressed = e -> pressedReached |= !e.isConsumed();
            EventHandler<KeyEvent> typed = e -> typedReached |= !e.isConsumed();
            node.addEventHandler(KeyEvent.KEY_PRESSED, pressed);
            node.addEventHandler(KeyEvent.KEY_TYPED, typed);
        }

        /** Taken when the press, or the character it types, was consumed. */
        boolean consumed() {
            return !pressedReached || (typedSent && !typedReached);
        }
    }
}
