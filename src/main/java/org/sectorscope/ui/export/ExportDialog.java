package org.sectorscope.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.sectorscope.export.ExportRequest.Format;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.session.SuggestedNames;
import org.sectorscope.ui.common.WindowSetup;

/**
 * Export a figure: what to draw, its texts and the format on the left, a preview of exactly what will
 * be written on the right (with its pixel size or page), and Export... with a progress bar below. The
 * figure is always drawn in the light print style, whatever the window looks like. Closing the dialog
 * while an export runs lets the export finish.
 */
public final class ExportDialog extends Dialog<ButtonType> {
    /** The button that asks for a file and exports; it leaves the dialog open. */
    public static final ButtonType EXPORT = new ButtonType("Export\u2026", ButtonBar.ButtonData.OK_DONE);

    private final ExportDialogViewModel viewModel;

    public ExportDialog(ExportDialogViewModel viewModel) {
        this.viewModel = viewModel;
        setTitle("Export Figure");
        setResizable(true);
        var pane = getDialogPane();
        pane.setId("export-dialog");
        pane.getStyleClass().add("export-dialog");
        WindowSetup.addStylesheets(pane.getStylesheets());
        pane.getButtonTypes().setAll(EXPORT, ButtonType.CLOSE);
        Button export = (Button) pane.lookupButton(EXPORT);
        export.setId("export-button");
        export.disableProperty().bind(viewModel.canExportBinding().not());
        // Export... asks for a file and writes it; the dialog stays open to say where it went.
        export.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            viewModel.export();
        });
        pane.setContent(content());
        pane.setPrefSize(1120, 740);
        setOnHidden(e -> viewModel.dispose());
    }

    /**
     * Opens the export dialog on the session's project and returns at once.
     *
     * @param start      the window's selection and filter, which the "selected" choices refer to
     * @param chooseFile asks where to write a file of the given format; empty when cancelled (see
     *                   {@link #fileChooser(Window, ProjectSession)} for the usual one)
     */
    public static ExportDialog show(Window owner, ProjectSession session, ExportDialogViewModel.Start start,
                                    Function<Format, Optional<Path>> chooseFile) {
        ExportDialog dialog = new ExportDialog(new ExportDialogViewModel(session, start, chooseFile));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.show();
        return dialog;
    }

    /**
     * The usual way to choose the file: a save dialog filtered to the format, in the project's folder,
     * named by the one rule for exported files (the project's file name and what the export holds).
     */
    public static Function<Format, Optional<Path>> fileChooser(Window owner, ProjectSession session) {
        return format -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export as " + formatName(format));
            FileChooser.ExtensionFilter filter = new FileChooser.ExtensionFilter(formatName(format) + " (*."
                    + format.extension() + ")", "*." + format.extension());
            chooser.getExtensionFilters().setAll(filter);
            chooser.setSelectedExtensionFilter(filter);
            Path file = session.file();
            if (file != null && file.toAbsolutePath().getParent() != null) {
                chooser.setInitialDirectory(file.toAbsolutePath().getParent().toFile());
            }
            chooser.setInitialFileName(SuggestedNames.exportFile(session.displayNameProperty().get(), format));
            File chosen = chooser.showSaveDialog(owner);
            return Optional.ofNullable(chosen).map(File::toPath);
        };
    }

    static String formatName(Format format) {
        return switch (format) {
            case PNG -> "PNG image";
            case SVG -> "SVG drawing";
            case PDF -> "PDF document";
            case PPTX -> "PowerPoint slide";
            case PPTX_PICTURE -> "PowerPoint slide (picture)";
            case XLSX -> "Excel workbook";
            case MD -> "Markdown memo";
            case MERMAID -> "Mermaid chart";
            case CSV_OPTIONS -> "CSV options matrix";
            case CSV_EVIDENCE -> "CSV evidence table";
            case DECK -> "PowerPoint briefing deck";
            case DECK_PDF -> "PDF briefing deck";
        };
    }

    public ExportDialogViewModel viewModel() {
        return viewModel;
    }

    // ---- layout ----

    private Node content() {
        VBox choices = ExportForm.of(viewModel);
        choices.setPadding(new Insets(2, 12, 8, 2));
        ScrollPane scroll = new ScrollPane(choices);
        scroll.setId("export-form-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefWidth(420);
        scroll.setMinWidth(360);
        // Only the border goes: -fx-background stays opaque, since modena derives the text colour from it.
        scroll.setStyle("-fx-background-color: transparent; -fx-background-insets: 0; -fx-padding: 0;");

        BorderPane root = new BorderPane();
        root.setLeft(scroll);
        root.setCenter(ExportPreviewPane.of(viewModel));
        root.setBottom(statusRow());
        BorderPane.setMargin(root.getCenter(), new Insets(0, 0, 0, 12));
        return root;
    }

    private Node statusRow() {
        ExportDialogViewModel vm = viewModel;
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.exportingProperty());
        Label message = new Label();
        message.setId("export-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.styleProperty().bind(Bindings.when(vm.messageIsErrorProperty())
                .then("-fx-text-fill: #ab091e;").otherwise(""));
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(10, bar, message);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(10, 0, 0, 0));
        row.setMinHeight(36);
        return row;
    }
}
