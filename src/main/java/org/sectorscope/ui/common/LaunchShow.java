package org.sectorscope.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Shows the main window at launch once what it opens with is in it, so the window is styled and laid out
 * once, with its content, instead of once empty and again full (about a second of a cold start). The wait
 * is bounded: past it the window shows as it is, and the content fills in with the status bar's progress.
 * Anything that must ask or tell the analyst first ({@link #showNow()}) shows the window before its dialog,
 * so no question is ever asked of a window not on screen.
 */
public final class LaunchShow {
    private final Stage stage;
    private boolean shown;

    public LaunchShow(Stage stage) {
        this.stage = stage;
    }

    /**
     * Shows the window once {@code content} is done (or failed), or after {@code atMostMillis}, whichever
     * is first. Call on the FX thread.
     */
    public void showWhen(CompletionStage<?> content, long atMostMillis) {
        content.whenComplete((done, failure) -> Platform.runLater(this::showNow));
        CompletableFuture.runAsync(this::showNow,
                CompletableFuture.delayedExecutor(atMostMillis, TimeUnit.MILLISECONDS, Platform::runLater));
    }

    /**
     * Shows the window unless this launch has shown it already; once shown, the window is the analyst's,
     * so a window they closed is never shown again from here. Call on the FX thread.
     */
    public void showNow() {
        if (!shown) {
            shown = true;
            stage.show();
        }
    }

    /** Whether this launch has shown the window. */
    public boolean isShown() {
        return shown;
    }
}
