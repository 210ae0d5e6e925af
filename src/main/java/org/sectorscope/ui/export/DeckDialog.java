package org.sectorscope.ui.export;

import java.nio.file.Path;
import java.util.Locale;
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
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.sectorscope.export.ExportRequest.Format;
import org.sectorscope.model.DeckSection;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.common.WindowSetup;

/**
 * File > Export Briefing Deck: the sections as check boxes, PowerPoint or PDF, 16:9 or 4:3, and Export...
 * with a progress bar and where the deck went. The dialog stays open after an export; closing it while one
 * runs lets it finish.
 */
public final class DeckDialog extends Dialog<ButtonType> {
    public static final ButtonType EXPORT = new ButtonType("Export\u2026", ButtonBar.ButtonData.OK_DONE);

    private final DeckDialogViewModel viewModel;

    public DeckDialog(DeckDialogViewModel viewModel) {
        this.viewModel = viewModel;
        setTitle("Export Briefing Deck");
        var pane = getDialogPane();
        pane.setId("deck-dialog");
        WindowSetup.addStylesheets(pane.getStylesheets());
        pane.getButtonTypes().setAll(EXPORT, ButtonType.CLOSE);
        Button export = (Button) pane.lookupButton(EXPORT);
        export.setId("deck-export-button");
        export.disableProperty().bind(viewModel.canExportBinding().not());
        export.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open to say where the deck went
            viewModel.export();
        });
        pane.setContent(content());
        pane.setPrefWidth(520);
        setOnHidden(e -> viewModel.dispose());
    }

    /** Opens the dialog on the session's project and returns at once; {@code chooseFile} as the export dialog's. */
    public static DeckDialog show(Window owner, ProjectSession session, Function<Format, Optional<Path>> chooseFile) {
        DeckDialog dialog = new DeckDialog(new DeckDialogViewModel(session, chooseFile));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.show();
        return dialog;
    }

    public DeckDialogViewModel viewModel() {
        return viewModel;
    }

    private Node content() {
        VBox sections = new VBox(6);
        for (DeckSection s : DeckSection.values()) {
            CheckBox box = new CheckBox(s.label());
            box.setId("deck-section-" + s.key());
            box.selectedProperty().bindBidirectional(viewModel.sectionProperty(s));
            sections.getChildren().add(box);
        }
        Label saved = new Label("The sections you choose are saved in the project when you export (one undo step),"
                + " and the command line's export --format deck uses them.");
        saved.setWrapText(true);
        saved.getStyleClass().add("hint");
        Label problem = new Label();
        problem.setId("deck-problem");
        problem.textProperty().bind(viewModel.problemBinding());
        problem.setStyle("-fx-text-fill: #ab091e;");
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());

        ToggleGroup formats = new ToggleGroup();
        HBox format = new HBox(12, radio("PowerPoint (.pptx)", "deck-format-pptx", formats, Format.DECK),
                radio("PDF", "deck-format-pdf", formats, Format.DECK_PDF));
        select(formats, viewModel.formatProperty().get());
        formats.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.formatProperty().set((Format) now.getUserData());
            }
        });
        ToggleGroup shapes = new ToggleGroup();
        HBox slides = new HBox(12);
        for (DeckDialogViewModel.Slides s : DeckDialogViewModel.Slides.values()) {
            slides.getChildren().add(radio(s.label(), "deck-slides-" + s.name().toLowerCase(Locale.ROOT), shapes, s));
        }
        select(shapes, viewModel.slidesProperty().get());
        shapes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.slidesProperty().set((DeckDialogViewModel.Slides) now.getUserData());
            }
        });

        VBox root = new VBox(8, heading("Sections"), sections, saved, problem, heading("Format"), format,
                heading("Slides"), slides, statusRow());
        root.setPadding(new Insets(4, 4, 0, 4));
        return root;
    }

    private RadioButton radio(String text, String id, ToggleGroup group, Object value) {
        RadioButton b = new RadioButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        b.setUserData(value);
        return b;
    }

    private static void select(ToggleGroup group, Object value) {
        group.getToggles().stream().filter(t -> t.getUserData() == value).findFirst().ifPresent(group::selectToggle);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private Node statusRow() {
        ProgressBar bar = new ProgressBar();
        bar.setId("deck-progress");
        bar.setPrefWidth(160);
        bar.progressProperty().bind(viewModel.progressProperty());
        bar.visibleProperty().bind(viewModel.exportingProperty());
        Label message = new Label();
        message.setId("deck-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        message.styleProperty().bind(Bindings.when(viewModel.messageIsErrorProperty())
                .then("-fx-text-fill: #ab091e;").otherwise(""));
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox row = new HBox(10, bar, message);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(8, 0, 0, 0));
        row.setMinHeight(36);
        return row;
    }
}
