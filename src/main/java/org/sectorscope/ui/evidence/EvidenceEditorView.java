package org.sectorscope.ui.evidence;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sectorscope.model.TextLimit;
import org.sectorscope.ui.common.FieldMarks;
import org.sectorscope.ui.common.GrowingTextArea;
import org.sectorscope.ui.common.SearchablePicker;
import org.sectorscope.ui.common.TextLimitFilter;
import org.sectorscope.ui.common.TypeAhead;

/**
 * The evidence form, built for typing: Tab walks quote, note, source, page, grade, bearing, tags and
 * date (Tab leaves the text areas instead of inserting a tab), the source is found by typing words of
 * it, the bearing by typed letters, Ctrl+Enter saves from anywhere, Enter saves from a one-line field,
 * Escape cancels (asking first, by a second Escape, when something was typed). A field the form refuses
 * is marked with the reason, which the line beside Save also gives.
 */
public final class EvidenceEditorView extends VBox {
    private final EvidenceEditorViewModel viewModel;
    private final TextArea quote = new TextArea();

    public EvidenceEditorView(EvidenceEditorViewModel viewModel) {
        this.viewModel = viewModel;
        setId("evidence-editor");
        getStyleClass().add("evidence-editor");
        setSpacing(6);
        setPadding(new Insets(8));

        Label heading = new Label();
        heading.getStyleClass().add("section-title");
        heading.textProperty().bind(viewModel.headingProperty());

        quote.setId("editor-quote");
        quote.setPromptText("Verbatim quote from the source");
        quote.textProperty().bindBidirectional(viewModel.quoteProperty());
        TextArea note = new TextArea();
        note.setId("editor-note");
        note.setPromptText("Your note (optional when there is a quote)");
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        for (TextArea area : new TextArea[] {quote, note}) {
            TextLimitFilter.install(area, TextLimit.PROSE, area == quote ? "a quote" : "a note");
            area.setWrapText(true);
            // Quotes often run to five lines: the box grows to show them whole, up to ten, then scrolls.
            GrowingTextArea.install(area, area == quote ? 3 : 2, 10);
        }

        ComboBox<EvidenceEditorViewModel.SourceChoice> source = SearchablePicker.of(viewModel.sources());
        source.setId("editor-source");
        source.valueProperty().bindBidirectional(viewModel.sourceProperty());
        TextField page = field("editor-page", "Page", viewModel.pageProperty());
        page.setPrefColumnCount(5);
        page.setMinWidth(Region.USE_PREF_SIZE); // the source box shrinks first: its labels are long
        source.setMinWidth(120);
        source.setPrefWidth(200);

        TextField grade = field("editor-grade", "B2", viewModel.gradeProperty());
        grade.setPrefColumnCount(3);
        Label gradeMeaning = new Label();
        gradeMeaning.getStyleClass().add("hint");
        gradeMeaning.textProperty().bind(viewModel.gradeMeaningProperty());
        ComboBox<EvidenceEditorViewModel.BearingChoice> bearing = new ComboBox<>(viewModel.bearings());
        bearing.setId("editor-bearing");
        bearing.valueProperty().bindBidirectional(viewModel.bearingProperty());
        bearing.setMaxWidth(Double.MAX_VALUE);
        TypeAhead.install(bearing, EvidenceEditorViewModel.BearingChoice::label);

        TextField tags = field("editor-tags", "tags, separated by commas", viewModel.tagsProperty());
        TextField added = field("editor-added", "yyyy-mm-dd", viewModel.addedProperty());
        added.setPrefColumnCount(8);
        added.setMinWidth(Region.USE_PREF_SIZE);

        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, wide);
        int row = 0;
        grid.addRow(row++, label("Quote", quote), quote);
        grid.addRow(row++, label("Note", note), note);
        grid.addRow(row++, label("Source", source), hbox(source, label("Page", page), page));
        grid.addRow(row++, label("Grade", grade), hbox(grade, gradeMeaning));
        grid.addRow(row++, label("Bears on", bearing), bearing);
        grid.addRow(row++, label("Tags", tags), hbox(tags, label("Added", added), added));
        HBox.setHgrow(source, Priority.ALWAYS);
        HBox.setHgrow(tags, Priority.ALWAYS);

        Label problem = new Label();
        problem.setId("editor-problem");
        problem.getStyleClass().add("form-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("editor-cancel");
        cancel.textProperty().bind(Bindings.when(viewModel.discardPromptProperty().isEmpty())
                .then("Cancel").otherwise("Discard"));
        cancel.setOnAction(e -> viewModel.cancel());
        Button save = new Button("Save");
        save.setId("editor-save");
        save.setDefaultButton(false);
        save.disableProperty().bind(viewModel.problemProperty().isNotEmpty());
        save.setOnAction(e -> viewModel.commit());
        HBox buttons = new HBox(6, problem, spacer, cancel, save);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label keys = new Label("Ctrl+Enter saves \u00b7 Esc cancels");
        keys.getStyleClass().add("hint");
        Label discard = new Label();
        discard.setId("editor-discard-prompt");
        discard.getStyleClass().add("form-problem");
        discard.setWrapText(true);
        discard.textProperty().bind(viewModel.discardPromptProperty());
        discard.visibleProperty().bind(viewModel.discardPromptProperty().isNotEmpty());
        discard.managedProperty().bind(discard.visibleProperty());

        new FieldMarks().refuse(quote, viewModel.reasonFor(viewModel.quoteProperty()))
                .refuse(note, viewModel.reasonFor(viewModel.noteProperty()))
                .refuse(grade, viewModel.reasonFor(viewModel.gradeProperty()))
                .refuse(added, viewModel.reasonFor(viewModel.addedProperty())).showFromStart();
        getChildren().addAll(heading, grid, buttons, discard, keys);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        tabThrough(List.of(quote, note, source, page, grade, bearing, tags, added, cancel, save));
        visibleProperty().bind(viewModel.modeProperty().isNotEqualTo(EvidenceEditorViewModel.Mode.CLOSED));
        managedProperty().bind(visibleProperty());
    }

    /** Puts the caret in the quote field; called when the form opens. */
    public void focusFirstField() {
        quote.requestFocus();
        quote.positionCaret(quote.getLength());
    }

    private void onKey(KeyEvent e) {
        if (SearchablePicker.searching(e.getTarget())) {
            return; // Enter takes the source found, Escape leaves the search
        }
        if (e.getCode() == KeyCode.ESCAPE) {
            viewModel.cancel();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER
                && (e.isShortcutDown() || e.getTarget() instanceof TextField)) {
            viewModel.commit();
            e.consume();
        }
    }

    // A text area keeps Tab for indentation by default; in this form Tab walks the fields in reading order.
    private void tabThrough(List<Control> order) {
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.TAB || e.isShortcutDown()) {
                return;
            }
            int at = -1;
            for (int i = 0; i < order.size(); i++) {
                if (order.get(i).isFocused()) {
                    at = i;
                }
            }
            if (at >= 0) {
                e.consume();
                int n = order.size();
                int step = e.isShiftDown() ? n - 1 : 1;
                int next = (at + step) % n;
                while (order.get(next).isDisabled() && next != at) {
                    next = (next + step) % n;
                }
                order.get(next).requestFocus();
            }
        });
    }

    private static TextField field(String id, String prompt, StringProperty property) {
        TextField f = TextLimitFilter.install(new TextField(), TextLimit.LINE, "a one-line text");
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    private static Label label(String text, Node target) {
        Label l = new Label(text);
        l.setLabelFor(target);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static HBox hbox(Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
