package org.sectorscope.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.embed.swing.SwingFXUtils;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.sectorscope.export.ExportRequest;
import org.sectorscope.export.ExportRequest.Format;
import org.sectorscope.export.ExportRequest.Page;
import org.sectorscope.export.ExportRequest.View;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.export.ExportDialogViewModel.Sectors;
import org.sectorscope.model.TextLimit;
import org.sectorscope.ui.common.TextLimitFilter;
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
     * named after the project's title.
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
            chooser.setInitialFileName(fileName(session.project().info().title()) + "." + format.extension());
            File chosen = chooser.showSaveDialog(owner);
            return Optional.ofNullable(chosen).map(File::toPath);
        };
    }

    /** A file name from a title: letters, digits, spaces and dashes kept, the rest dropped. */
    static String fileName(String title) {
        String name = title == null ? "" : title.replaceAll("[^\\p{L}\\p{N} _-]+", "").strip().replaceAll("\\s+", " ");
        return name.isEmpty() ? "figure" : name;
    }

    static String formatName(Format format) {
        return switch (format) {
            case PNG -> "PNG image";
            case SVG -> "SVG drawing";
            case PDF -> "PDF document";
            case PPTX -> "PowerPoint slide";
        };
    }

    public ExportDialogViewModel viewModel() {
        return viewModel;
    }

    // ---- layout ----

    private Node content() {
        VBox choices = new VBox(12, whatSection(), textSection(), formatSection());
        choices.setPadding(new Insets(2, 12, 8, 2));
        ScrollPane scroll = new ScrollPane(choices);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefWidth(420);
        scroll.setMinWidth(360);
        // Only the border goes: -fx-background stays opaque, since modena derives the text colour from it.
        scroll.setStyle("-fx-background-color: transparent; -fx-background-insets: 0; -fx-padding: 0;");

        BorderPane root = new BorderPane();
        root.setLeft(scroll);
        root.setCenter(previewSection());
        root.setBottom(statusRow());
        BorderPane.setMargin(root.getCenter(), new Insets(0, 0, 0, 12));
        return root;
    }

    private Node whatSection() {
        ExportDialogViewModel vm = viewModel;
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
        ExportDialogViewModel vm = viewModel;
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.add(label("Title"), 0, 0);
        grid.add(text("export-title", null, vm.titleProperty()), 1, 0);
        grid.add(label("Subtitle"), 0, 1);
        grid.add(text("export-subtitle", "none", vm.subtitleProperty()), 1, 1);
        grid.add(label("Source line"), 0, 2);
        TextField sourceLine = text("export-source-line", null, vm.sourceLineProperty());
        // Left empty, the figure credits each placement to whoever made it; the prompt shows that line.
        sourceLine.promptTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                vm.composedSourceLineProperty().get().isEmpty() ? "none"
                        : "Automatic: " + vm.composedSourceLineProperty().get(), vm.composedSourceLineProperty()));
        sourceLine.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(() ->
                new javafx.scene.control.Tooltip(vm.composedSourceLineProperty().get().isEmpty()
                        ? "The line printed under the figure"
                        : "Leave empty to credit each placement to whoever made it: "
                        + vm.composedSourceLineProperty().get()), vm.composedSourceLineProperty()));
        grid.add(sourceLine, 1, 2);
        grid.add(label("Date"), 0, 3);
        DatePicker date = new DatePicker();
        date.setId("export-date");
        date.setPromptText("no date");
        date.valueProperty().bindBidirectional(vm.dateProperty());
        grid.add(date, 1, 3);
        Label note = hint("A changed title, subtitle or source line is saved in the project when you export "
                + "(one undoable step), so the next export starts from it. Left empty, the source line credits the "
                + "report with its placements and the project's author with the rest.");
        return section("Text", grid, note);
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
        ExportDialogViewModel vm = viewModel;
        ToggleGroup formats = new ToggleGroup();
        FlowPane formatRow = flow(
                radio("PNG", "export-format-png", formats, Format.PNG),
                radio("SVG", "export-format-svg", formats, Format.SVG),
                radio("PDF", "export-format-pdf", formats, Format.PDF),
                radio("PowerPoint slide", "export-format-pptx", formats, Format.PPTX));
        bind(formats, vm.formatProperty());

        ToggleGroup scales = new ToggleGroup();
        FlowPane scaleRow = flow(caption("Scale"));
        for (int s = ExportRequest.MIN_SCALE; s <= ExportRequest.MAX_SCALE; s++) {
            scaleRow.getChildren().add(radio(s + "\u00D7", "export-scale-" + s, scales, s));
        }
        bind(scales, vm.scaleProperty());
        ToggleGroup backgrounds = new ToggleGroup();
        FlowPane backgroundRow = flow(caption("Background"),
                radio("White", "export-background-white", backgrounds, ExportRequest.Background.WHITE),
                radio("Transparent", "export-background-transparent", backgrounds,
                        ExportRequest.Background.TRANSPARENT));
        bind(backgrounds, vm.backgroundProperty());
        VBox png = new VBox(5, scaleRow, backgroundRow, new PngContentsPane(vm.pngContents()));
        png.setPadding(new Insets(0, 0, 0, 24));
        png.disableProperty().bind(vm.formatProperty().isNotEqualTo(Format.PNG));

        ToggleGroup pages = new ToggleGroup();
        FlowPane pageRow = flow(caption("Page"),
                radio("Fit to the figure", "export-page-fit", pages, Page.FIT),
                radio("Letter landscape", "export-page-letter", pages, Page.LETTER_LANDSCAPE),
                radio("A4 landscape", "export-page-a4", pages, Page.A4_LANDSCAPE));
        bind(pages, vm.pageProperty());
        pageRow.setPadding(new Insets(0, 0, 0, 24));
        pageRow.disableProperty().bind(vm.formatProperty().isNotEqualTo(Format.PDF));

        Label print = hint("Figures are always drawn in the light print style.");
        return section("Format", formatRow, png, pageRow, print);
    }

    private Node previewSection() {
        ExportDialogViewModel vm = viewModel;
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

    // ---- small builders ----

    private static Image toFx(ExportDialogViewModel.Preview p) {
        return SwingFXUtils.toFXImage(p.image(), null);
    }

    private static VBox section(String title, Node... children) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        heading.setStyle("-fx-font-size: 13px;");
        VBox box = new VBox(6, heading);
        box.getChildren().addAll(children);
        return box;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        return l;
    }

    private static FlowPane flow(Node... children) {
        FlowPane row = new FlowPane(10, 4, children);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static RadioButton radio(String text, String id, ToggleGroup group, Object value) {
        RadioButton b = new RadioButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        b.setUserData(value);
        b.setWrapText(true);
        return b;
    }

    private static ObservableBooleanValue constant(boolean value) {
        return Bindings.createBooleanBinding(() -> value);
    }

    /** Keeps a group of radio buttons (their user data are the values) and a property in step. */
    private static <T> void bind(ToggleGroup group, ObjectProperty<T> property) {
        Runnable select = () -> {
            for (Toggle t : group.getToggles()) {
                if (t.getUserData().equals(property.get())) {
                    group.selectToggle(t);
                }
            }
        };
        select.run();
        property.addListener((obs, old, now) -> select.run());
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old); // a radio group always has a choice
            } else {
                @SuppressWarnings("unchecked")
                T value = (T) now.getUserData();
                property.set(value);
            }
        });
    }

    /**
     * The preview scaled to fit, never up, centred on a checkerboard so a transparent background shows
     * as such.
     */
    private static final class PreviewFrame extends Region {
        private static final double PAD = 8;
        private final ImageView image;

        PreviewFrame(ImageView image) {
            this.image = image;
            getChildren().add(image);
            image.imageProperty().addListener((obs, old, now) -> requestLayout());
            setBackground(new Background(new BackgroundFill(checkerboard(), new CornerRadii(3), Insets.EMPTY)));
            setStyle("-fx-border-color: #cbd2d9; -fx-border-radius: 3;");
            setMinSize(200, 150);
        }

        private static ImagePattern checkerboard() {
            int cell = 8;
            WritableImage tile = new WritableImage(2 * cell, 2 * cell);
            for (int y = 0; y < 2 * cell; y++) {
                for (int x = 0; x < 2 * cell; x++) {
                    boolean dark = (x < cell) != (y < cell);
                    tile.getPixelWriter().setColor(x, y, dark ? Color.web("#e4e7eb") : Color.web("#f5f7fa"));
                }
            }
            return new ImagePattern(tile, 0, 0, 2 * cell, 2 * cell, false);
        }

        @Override
        protected void layoutChildren() {
            Image img = image.getImage();
            double w = Math.max(1, getWidth() - 2 * PAD);
            double h = Math.max(1, getHeight() - 2 * PAD);
            if (img == null) {
                image.setFitWidth(w);
                image.setFitHeight(h);
                image.relocate(PAD, PAD);
                return;
            }
            double k = Math.min(1, Math.min(w / img.getWidth(), h / img.getHeight()));
            double iw = img.getWidth() * k;
            double ih = img.getHeight() * k;
            image.setFitWidth(iw);
            image.setFitHeight(ih);
            image.relocate(PAD + (w - iw) / 2, PAD + (h - ih) / 2);
        }

        @Override
        protected double computePrefWidth(double height) {
            return 660;
        }

        @Override
        protected double computePrefHeight(double width) {
            return 460;
        }
    }
}
