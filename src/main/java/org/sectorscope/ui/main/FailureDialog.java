package org.sectorscope.ui.main;

import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.sectorscope.ui.common.WindowSetup;

/** The dialog of an uncaught failure: the sentence, where the log is, the details, Copy Details and Close. */
public final class FailureDialog {
    static final ButtonType COPY = new ButtonType("Copy Details", ButtonBar.ButtonData.LEFT);

    private FailureDialog() {
    }

    static Alert build(Window owner, UncaughtFailures.Report report) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", COPY, ButtonType.CLOSE);
        WindowSetup.initDialog(alert, owner);
        alert.setTitle("Something went wrong");
        alert.setHeaderText("Something went wrong");
        Label sentence = new Label(report.sentence() + (report.logFolder() == null ? ""
                : "\n\nThe details are also in the log, in " + report.logFolder() + "."));
        sentence.setWrapText(true);
        sentence.setId("failure-sentence");
        TextArea details = new TextArea(report.details());
        details.setEditable(false);
        details.setPrefRowCount(8);
        details.setId("failure-details");
        VBox.setVgrow(details, Priority.ALWAYS);
        alert.getDialogPane().setContent(new VBox(10, sentence, details));
        alert.getDialogPane().setPrefWidth(620);
        Button copy = (Button) alert.getDialogPane().lookupButton(COPY);
        copy.setId("failure-copy");
        copy.addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(report.details());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
            e.consume(); // copying does not close the dialog
        });
        return alert;
    }

    /** Shows the dialog and waits until it is closed. */
    public static void show(Window owner, UncaughtFailures.Report report) {
        build(owner, report).showAndWait();
    }
}
