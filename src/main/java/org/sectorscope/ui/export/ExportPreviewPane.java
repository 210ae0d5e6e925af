package org.sectorscope.ui.export;

import static org.sectorscope.ui.export.ExportControls.caption;
import static org.sectorscope.ui.export.ExportControls.hint;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The export dialog's right side: the preview of exactly what will be written, the file's size or page
 * under it, and why nothing can be exported when that is so.
 */
final class ExportPreviewPane {
    private ExportPreviewPane() {
    }

    static VBox of(ExportDialogViewModel vm) {
        ImageView image = new ImageView();
        image.setId("export-preview");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        vm.previewProperty().addListener((obs, old, p) -> image.setImage(p == null ? null : toFx(p)));
        if (vm.previewProperty().get() != null) {
            image.setImage(toFx(vm.previewProperty().get()));
        }
        PreviewFrame frame = new PreviewFrame(image);
        frame.setId("export-preview-frame");
        VBox.setVgrow(frame, Priority.ALWAYS);

        Label problem = new Label();
        problem.setId("export-problem");
        problem.getStyleClass().add("form-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        Label size = new Label();
        size.setId("export-size");
        size.setStyle("-fx-font-weight: bold;");
        size.textProperty().bind(vm.sizeProperty());
        Label pending = hint("updating preview\u2026");
        pending.visibleProperty().bind(vm.previewPendingProperty());
        HBox sizeRow = new HBox(10, size, pending);
        sizeRow.setAlignment(Pos.BASELINE_LEFT);

        VBox box = new VBox(6, caption("Preview"), frame, sizeRow, problem);
        box.setMinWidth(300);
        return box;
    }

    private static Image toFx(ExportPreview p) {
        return SwingFXUtils.toFXImage(p.image(), null);
    }
}
