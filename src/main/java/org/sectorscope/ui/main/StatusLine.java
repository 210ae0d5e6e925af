package org.sectorscope.ui.main;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;
import org.sectorscope.logic.ProjectSummary;
import org.sectorscope.session.ProjectDocument;
import org.sectorscope.session.ProjectSession;

/**
 * The main window's status line, a ControlsFX {@link StatusBar}: the document's last word on the left,
 * the progress of long work (an export's share done, or busy) and the project's counts on the right.
 */
final class StatusLine {
    private StatusLine() {
    }

    /** How long a message stays before it fades: long enough to read, short enough not to go stale. */
    static final Duration FADE_AFTER = Duration.seconds(8);

    static StatusBar of(ProjectDocument document, StatusLineViewModel viewModel) {
        return of(document, viewModel, FADE_AFTER);
    }

    static StatusBar of(ProjectDocument document, StatusLineViewModel viewModel, Duration fadeAfter) {
        ProjectSession session = document.session();
        Label status = new Label();
        status.setId("status-message");
        status.textProperty().bind(document.statusProperty());
        status.setMinWidth(0);
        fadeWhenIdle(status, document, fadeAfter);
        Label summary = new Label();
        summary.setId("status-summary");
        summary.textProperty().bind(Bindings.createStringBinding(
                () -> ProjectSummary.of(session.project()).toString(), session.projectProperty()));
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.setFocusTraversable(false); // a line to read, not a control: no Tab stop without a focus mark
        bar.setText(""); // the bar's own label is the room between the two
        bar.getLeftItems().add(status);
        bar.getRightItems().add(summary);
        bar.progressProperty().bind(viewModel.progressProperty());
        return bar;
    }

    /**
     * Each message shows at full strength, then fades out {@code after} it was said, so the line never
     * keeps describing an action long past; while work runs ("Saving...") it stays. The text stays in the
     * label (and for a screen reader) until the next message.
     */
    private static void fadeWhenIdle(Label status, ProjectDocument document, Duration after) {
        FadeTransition fade = new FadeTransition(Duration.millis(600), status);
        fade.setToValue(0);
        PauseTransition wait = new PauseTransition(after);
        wait.setOnFinished(e -> {
            if (!document.busyProperty().get()) {
                fade.playFromStart();
            }
        });
        Runnable restart = () -> {
            fade.stop();
            status.setOpacity(1);
            wait.playFromStart();
        };
        status.textProperty().addListener((obs, was, now) -> restart.run());
        document.busyProperty().addListener((obs, was, busy) -> restart.run());
        restart.run();
    }
}
