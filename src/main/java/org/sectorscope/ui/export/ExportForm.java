package org.sectorscope.ui.export;

import static org.sectorscope.ui.export.ExportControls.bind;
import static org.sectorscope.ui.export.ExportControls.caption;
import static org.sectorscope.ui.export.ExportControls.constant;
import static org.sectorscope.ui.export.ExportControls.flow;
import static org.sectorscope.ui.export.ExportControls.hint;
import static org.sectorscope.ui.export.ExportControls.label;
import static org.sectorscope.ui.export.ExportControls.radio;
import static org.sectorscope.ui.export.ExportControls.section;

import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.sectorscope.export.ExportRequest.Format;
import org.sectorscope.export.ExportRequest.Page;
import org.sectorscope.export.ExportRequest.View;
import org.sectorscope.export.ExportRequest;
import org.sectorscope.export.FigureDates;
import org.sectorscope.export.SizePreset;
import org.sectorscope.model.TextLimit;
import org.sectorscope.ui.common.FieldMarks;
import org.sectorscope.ui.common.TextLimitFilter;
import org.sectorscope.ui.export.ExportDialogViewModel.Sectors;

/** The export dialog's choices, on its left: what to draw, its texts and the file format. */
final class ExportForm {
    private final ExportDialogViewModel vm;
    private final FieldMarks marks = new FieldMarks();

    private ExportForm(ExportDialogViewModel vm) {
        this.vm = vm;
    }

    /** The three sections, one above the other; a refused title or size is marked with the reason. */
    static VBox of(ExportDialogViewModel vm) {
        ExportForm form = new ExportForm(vm);
        VBox sections = new VBox(12, form.whatSection(), form.textSection(), form.formatSection());
        form.marks.showFromStart();
        return sections;
    }

    private Node whatSection() {
        ToggleGroup views = new ToggleGroup();
        RadioButton canvas = radio("Canvas figure", "export-view-canvas", views, View.CANVAS);
        RadioButton options = radio("Options matrix", "export-view-options", views, View.OPTIONS);
        RadioButton compare = radio(vm.compareLabel(), "export-view-compare", views, View.COMPARE);
        compare.setDisable(!vm.compareAvailable());
        bind(views, vm.viewProperty());

        ToggleGroup sectors = new ToggleGroup();
        RadioButton all = radio(vm.allSectorsLabel(), "export-sectors-all", sectors, Sectors.ALL);
        RadioButton selected = radio(vm.selectedSectorsLabel(), "export-sectors-selected", sectors, Sectors.SELECTED);
        RadioButton filtered = radio(vm.filteredSectorsLabel(), "export-sectors-filtered", sectors, Sectors.FILTERED);
        bind(sectors, vm.sectorsProperty());
        ObservableBooleanValue notCanvas = vm.canvasChoicesProperty().not();
        all.disableProperty().bind(notCanvas);
        selected.disableProperty().bind(vm.selectedAvailable() ? notCanvas : constant(true));
        filtered.disableProperty().bind(vm.filteredAvailable() ? notCanvas : constant(true));

        CheckBox marks = new CheckBox("Confidence marks (evidence support and \u26A0)");
        marks.setId("export-confidence");
        marks.selectedProperty().bindBidirectional(vm.confidenceMarksProperty());
        marks.disableProperty().bind(notCanvas);
        CheckBox arrows = new CheckBox(vm.arrowsLabel());
        arrows.setId("export-arrows");
        arrows.setWrapText(true);
        arrows.selectedProperty().bindBidirectional(vm.arrowsProperty());
        arrows.disableProperty().bind(vm.arrowsAvailable() ? notCanvas : constant(true));

        VBox canvasChoices = new VBox(5, caption("Sectors"), all, selected, filtered, marks, arrows);
        canvasChoices.setPadding(new Insets(2, 0, 0, 24));
        return section("What", canvas, canvasChoices, options, compare);
    }

    private Node textSection() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        TextField title = text("export-title", null, vm.titleProperty());
        grid.add(labelFor("Title", title), 0, 0);
        marks.refuse(title, vm.reasonFor(vm.titleProperty()));
        grid.add(title, 1, 0);
        TextField subtitle = text("export-subtitle", "none", vm.subtitleProperty());
        grid.add(labelFor("Subtitle", subtitle), 0, 1);
        grid.add(subtitle, 1, 1);
        TextField sourceLine = text("export-source-line", null, vm.sourceLineProperty());
        grid.add(labelFor("Source line", sourceLine), 0, 2);
        // Left empty, the figure credits each placement to whoever made it; the prompt shows that line.
        sourceLine.promptTextProperty().bind(Bindings.createStringBinding(() ->
                vm.composedSourceLineProperty().get().isEmpty() ? "none"
                        : "Automatic: " + vm.composedSourceLineProperty().get(), vm.composedSourceLineProperty()));
        sourceLine.tooltipProperty().bind(Bindings.createObjectBinding(() ->
                new Tooltip(vm.composedSourceLineProperty().get().isEmpty()
                        ? "The line printed under the figure"
                        : "Leave empty to credit each placement to whoever made it: "
                        + vm.composedSourceLineProperty().get()), vm.composedSourceLineProperty()));
        grid.add(sourceLine, 1, 2);
        DatePicker date = new DatePicker();
        grid.add(labelFor("Date", date), 0, 3);
        date.setId("export-date");
        date.setPromptText("no date");
        // The figure's own way of writing dates ("2 December 2026"), not the system's short form.
        date.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate value) {
                return FigureDates.format(value);
            }

            @Override
            public LocalDate fromString(String text) {
                return FigureDates.parse(text).orElse(null);
            }
        });
        date.valueProperty().bindBidirectional(vm.dateProperty());
        grid.add(date, 1, 3);
        Label note = hint("A changed title, subtitle or source line is saved in the project when you export "
                + "(one undoable step), so the next export starts from it. Left empty, the source line credits the "
                + "report with its placements and the project's author with the rest.");
        return section("Text", grid, note);
    }

    /** A field's label, which a screen reader reads as the field's name. */
    private static Label labelFor(String text, Node field) {
        Label l = label(text);
        l.setLabelFor(field);
        return l;
    }

    private static TextField text(String id, String prompt, StringProperty value) {
        TextField field = TextLimitFilter.install(new TextField(), TextLimit.LINE, "a one-line text");
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(26);
        field.textProperty().bindBidirectional(value);
        GridPane.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    private Node formatSection() {
        ToggleGroup formats = new ToggleGroup();
        FlowPane formatRow = flow(
                radio("PNG", "export-format-png", formats, Format.PNG),
                radio("SVG", "export-format-svg", formats, Format.SVG),
                radio("PDF", "export-format-pdf", formats, Format.PDF),
                radio("PowerPoint slide", "export-format-pptx", formats, Format.PPTX),
                radio("PowerPoint, as a picture", "export-format-pptx-picture", formats, Format.PPTX_PICTURE),
                radio("Excel data", "export-format-xlsx", formats, Format.XLSX),
                radio("Markdown memo", "export-format-md", formats, Format.MD),
                radio("Mermaid chart", "export-format-mermaid", formats, Format.MERMAID),
                radio("CSV options", "export-format-csv-options", formats, Format.CSV_OPTIONS),
                radio("CSV evidence", "export-format-csv-evidence", formats, Format.CSV_EVIDENCE));
        bind(formats, vm.formatProperty());

        ToggleGroup scales = new ToggleGroup();
        FlowPane scaleRow = flow(caption("Scale"));
        for (int s = ExportRequest.MIN_SCALE; s <= ExportRequest.MAX_SCALE; s++) {
            scaleRow.getChildren().add(radio(s + "\u00D7", "export-scale-" + s, scales, s));
        }
        bind(scales, vm.scaleProperty());
        // A named size fixes the pixels, and with them the scale.
        scaleRow.disableProperty().bind(vm.sizePresetProperty().isNotEqualTo(SizePreset.CUSTOM));
        ToggleGroup backgrounds = new ToggleGroup();
        FlowPane backgroundRow = flow(caption("Background"),
                radio("White", "export-background-white", backgrounds, ExportRequest.Background.WHITE),
                radio("Transparent", "export-background-transparent", backgrounds,
                        ExportRequest.Background.TRANSPARENT));
        bind(backgrounds, vm.backgroundProperty());
        VBox png = new VBox(5, scaleRow, backgroundRow);
        png.setPadding(new Insets(0, 0, 0, 24));
        png.disableProperty().bind(vm.formatProperty().isNotEqualTo(Format.PNG));
        // An SVG, PPTX or XLSX carries the project as a PNG does, so the choice of what it carries applies to all.
        PngContentsPane contents = new PngContentsPane(vm.pngContents());
        contents.setPadding(new Insets(0, 0, 0, 24));
        contents.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !vm.formatProperty().get().carriesProject(), vm.formatProperty()));

        ToggleGroup pages = new ToggleGroup();
        FlowPane pageRow = flow(caption("Page"),
                radio("Fit to the figure", "export-page-fit", pages, Page.FIT),
                radio("Letter landscape", "export-page-letter", pages, Page.LETTER_LANDSCAPE),
                radio("A4 landscape", "export-page-a4", pages, Page.A4_LANDSCAPE));
        bind(pages, vm.pageProperty());
        pageRow.setPadding(new Insets(0, 0, 0, 24));
        pageRow.disableProperty().bind(vm.formatProperty().isNotEqualTo(Format.PDF));

        Label print = hint("Figures are always drawn in the light print style.");
        return section("Format", formatRow, ExportSizeControls.of(vm, marks), png, contents, pageRow, print);
    }
}
