package org.sectorscope.ui.options.sensitivity;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.common.WindowSetup;

/**
 * The sensitivity view in its own non-modal window, so the analyst can move weights and watch the
 * options pane at once. There is at most one: asking again brings the open one to the front.
 */
public final class SensitivityWindow extends Stage {
    private static SensitivityWindow open;

    private final ProjectSession session;
    private final SensitivityViewModel viewModel;

    private SensitivityWindow(Window owner, ProjectSession session) {
        this.session = session;
        this.viewModel = new SensitivityViewModel(session);
        WindowSetup.initStage(this, owner, "Weight sensitivity", new Scene(WindowSetup.withCloseButton(
                new SensitivityView(viewModel), "sensitivity-close", this::close), 920, 700));
        setOnHidden(e -> {
            viewModel.dispose();
            if (open == this) {
                open = null;
            }
        });
    }

    /** Shows the window for {@code session}, reusing the open one; one for another session is replaced. */
    public static SensitivityWindow show(Window owner, ProjectSession session) {
        if (open != null && open.isShowing() && open.session == session) {
            open.toFront();
            open.requestFocus();
            return open;
        }
        if (open != null) {
            open.close();
        }
        open = new SensitivityWindow(owner, session);
        open.show();
        return open;
    }

    public SensitivityViewModel viewModel() {
        return viewModel;
    }
}
