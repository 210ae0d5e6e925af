package org.sectorscope.ui.export;

import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The export dialog's PNG and SVG contents: the editable-image box (on by default), the two things that can be
 * left out of the carried project, and a sentence saying what the image will carry.
 */
final class PngContentsPane extends VBox {
    PngContentsPane(PngContentsChoice choice) {
        super(4);
        CheckBox editable = new CheckBox("Editable image (PNG, SVG): it carries the project, so it reopens in Sectorscope");
        editable.setId("export-embed");
        editable.setWrapText(true);
        editable.selectedProperty().bindBidirectional(choice.editableProperty());
        CheckBox noNotes = new CheckBox("Leave out notes");
        noNotes.setId("export-embed-no-notes");
        noNotes.selectedProperty().bindBidirectional(choice.leaveOutNotesProperty());
        CheckBox noPaths = new CheckBox("Leave out local file paths of sources");
        noPaths.setId("export-embed-no-paths");
        noPaths.selectedProperty().bindBidirectional(choice.leaveOutPathsProperty());
        VBox less = new VBox(4, noNotes, noPaths);
        less.setPadding(new Insets(0, 0, 0, 24));
        less.disableProperty().bind(choice.editableProperty().not());
        Label summary = new Label();
        summary.setId("export-embed-summary");
        summary.getStyleClass().add("hint");
        summary.setWrapText(true);
        summary.textProperty().bind(choice.summaryBinding());
        getChildren().addAll(editable, less, summary);
    }
}
