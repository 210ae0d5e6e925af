package org.sectorscope.ui.common;

import java.util.concurrent.CompletionStage;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;

/**
 * Runs something once a window's first frame with its content is painted, for start-up timing and the
 * class-data-sharing training run. JavaFX renders a pulse on its render thread while the FX thread goes on,
 * and the next pulse with anything to draw first waits for that render. So after the first laid-out pulse
 * with the window showing and {@code content} done, the scene's fill (hidden under the root) is nudged to
 * force one more pulse; once that pulse is over, the frame before it is on screen.
 */
public final class FirstFrame {
    private final Stage stage;
    private final Runnable then;
    private Scene scene;
    private Paint fill;
    private boolean contentDone;
    private boolean nudged;
    private boolean finished;
    private final Runnable afterLayout = this::afterLayout;

    private FirstFrame(Stage stage, Runnable then) {
        this.stage = stage;
        this.then = then;
    }

    /** Call on the FX thread once {@code stage} has its scene; {@code then} runs on the FX thread. */
    public static void whenPainted(Stage stage, CompletionStage<?> content, Runnable then) {
        FirstFrame frame = new FirstFrame(stage, then);
        frame.scene = stage.getScene();
        frame.scene.addPostLayoutPulseListener(frame.afterLayout);
        content.whenComplete((done, failure) -> Platform.runLater(() -> {
            frame.contentDone = true;
            Platform.requestNextPulse();
        }));
    }

    private void afterLayout() {
        if (finished) {
            return;
        }
        if (nudged) {
            finished = true;
            // This pulse waited for the previous frame's render; once it is over, that frame is painted.
            Platform.runLater(() -> {
                scene.removePostLayoutPulseListener(afterLayout);
                scene.setFill(fill);
                then.run();
            });
        } else if (contentDone && stage.isShowing() && !scene.getRoot().isNeedsLayout()) {
            nudged = true;
            fill = scene.getFill();
            Platform.runLater(() -> {
                scene.setFill(Color.TRANSPARENT.equals(fill) ? Color.WHITE : Color.TRANSPARENT);
                Platform.requestNextPulse();
            });
        }
    }
}
