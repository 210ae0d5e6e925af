package org.sectorscope.ui.main;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
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

    static StatusBar of(ProjectDocument document, StatusLineViewModel viewModel) {
        ProjectSession session = document.session();
        Label status = new Label();
        status.setId("status-message");
        status.textProperty().bind(document.statusProperty());
        status.setMinWidth(0);
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
}
