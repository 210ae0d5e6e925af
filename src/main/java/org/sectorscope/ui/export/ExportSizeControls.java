package org.sectorscope.ui.export;

import static org.sectorscope.ui.export.ExportControls.bind;
import static org.sectorscope.ui.export.ExportControls.caption;
import static org.sectorscope.ui.export.ExportControls.flow;
import static org.sectorscope.ui.export.ExportControls.radio;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.sectorscope.export.ExportRequest;
import org.sectorscope.export.SizePreset;
import org.sectorscope.ui.common.FieldMarks;

/**
 * The export dialog's size row (issue 16, point 3): the presets by name with their pixel size at the
 * chosen dpi, the width and height fields for a custom size, and the dpi.
 */
final class ExportSizeControls {
    private ExportSizeControls() {
    }

    /** The row, its width and height marked by {@code marks} when the view model refuses them. */
    static Node of(ExportDialogViewModel vm, FieldMarks marks) {
        ComboBox<SizePreset> presets = new ComboBox<>(FXCollections.observableArrayList(SizePreset.values()));
        presets.setId("export-size-preset");
        presets.setAccessibleText("Size");
        // Cells bound to the dpi, so "A4 portrait (... px at 300 dpi)" follows the dpi chosen.
        presets.setCellFactory(list -> cell(vm));
        presets.setButtonCell(cell(vm));
        presets.valueProperty().bindBidirectional(vm.sizePresetProperty());

        TextField width = side("export-width", String.valueOf(ExportRequest.DEFAULT_WIDTH));
        width.textProperty().bindBidirectional(vm.customWidthProperty());
        TextField height = side("export-height", String.valueOf(ExportRequest.DEFAULT_HEIGHT));
        height.textProperty().bindBidirectional(vm.customHeightProperty());
        width.setAccessibleText("Width");
        height.setAccessibleText("Height");
        marks.refuse(width, vm.reasonFor(vm.customWidthProperty())).refuse(height, vm.reasonFor(vm.customHeightProperty()));
        Node custom = flow(width, new Label("\u00D7"), height, new Label("units"));
        custom.disableProperty().bind(vm.sizePresetProperty().isNotEqualTo(SizePreset.CUSTOM));

        ToggleGroup dpis = new ToggleGroup();
        Node dpiRow = flow(caption("Resolution"),
                radio(ExportRequest.DEFAULT_DPI + " dpi (screen)", "export-dpi-" + ExportRequest.DEFAULT_DPI, dpis,
                        ExportRequest.DEFAULT_DPI),
                radio(SizePreset.PRINT_DPI + " dpi (print)", "export-dpi-" + SizePreset.PRINT_DPI, dpis,
                        SizePreset.PRINT_DPI));
        bind(dpis, vm.dpiProperty());
        return new VBox(5, flow(caption("Size"), presets), custom, dpiRow);
    }

    private static TextField side(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(5);
        return f;
    }

    private static ListCell<SizePreset> cell(ExportDialogViewModel vm) {
        return new ListCell<>() {
            @Override
            protected void updateItem(SizePreset item, boolean empty) {
                super.updateItem(item, empty);
                textProperty().unbind();
                if (empty || item == null) {
                    setText(null);
                } else {
                    textProperty().bind(Bindings.createStringBinding(() -> vm.sizeLabel(item), vm.dpiProperty()));
                }
            }
        };
    }
}
