package org.sectorscope.ui.options.score;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.sectorscope.model.Score;
import org.sectorscope.model.TextLimit;
import org.sectorscope.ui.common.TextLimitFilter;
import org.sectorscope.ui.common.WindowSetup;

/**
 * Edits one score: the value as five toggle buttons (typing 1-5 outside the text area picks one too),
 * the rationale, and a checklist of the project's evidence grouped by sector, the option's targeted
 * sectors first. OK saves all of it as one undoable step.
 */
public final class ScoreEditorDialog extends Dialog<ButtonType> {
    private final ScoreEditorDialogViewModel viewModel;
    private final ToggleGroup values = new ToggleGroup();
    private final TextArea rationale = new TextArea();

    public ScoreEditorDialog(ScoreEditorDialogViewModel viewModel) {
        TextLimitFilter.install(rationale, TextLimit.PROSE, "a rationale");
        this.viewModel = viewModel;
        setTitle("Edit score");
        setResizable(true);
        var pane = getDialogPane();
        pane.getStyleClass().add("score-editor-dialog");
        WindowSetup.addStylesheets(pane.getStylesheets());
        pane.getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        pane.lookupButton(ButtonType.OK).disableProperty().bind(viewModel.validProperty().not());
        pane.setContent(content());
        pane.setPrefWidth(640);
        pane.addEventFilter(KeyEvent.KEY_TYPED, this::typeValue);
        setOnShown(e -> Platform.runLater(this::focusChosenValue));
    }

    /** Opens the editor and, on OK, saves the score as one command; returns whether the project changed. */
    public static boolean showAndApply(Window owner, ScoreEditorDialogViewModel viewModel) {
        ScoreEditorDialog dialog = new ScoreEditorDialog(viewModel);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        boolean ok = dialog.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
        return ok && viewModel.apply();
    }

    private Node content() {
        Label title = new Label(viewModel.title());
        title.getStyleClass().add("score-editor-title");
        title.setWrapText(true);
        Label about = new Label(viewModel.criterionDescription());
        about.getStyleClass().add("hint");
        about.setWrapText(true);
        about.setManaged(!viewModel.criterionDescription().isBlank());

        rationale.setId("score-editor-rationale");
        rationale.setWrapText(true);
        rationale.setPrefRowCount(4);
        rationale.setPromptText("Why this score: the argument, with chapter references");
        rationale.textProperty().bindBidirectional(viewModel.rationaleProperty());

        Label linked = new Label();
        linked.setId("score-editor-linked");
        linked.getStyleClass().add("hint");
        linked.textProperty().bind(Bindings.format("%d linked", viewModel.linkedCountProperty()));
        HBox evidenceCaption = new HBox(8, caption("Evidence", null), linked);
        evidenceCaption.setAlignment(Pos.BASELINE_LEFT);

        VBox box = new VBox(6, title, about, valueRow(), caption("Rationale", rationale), rationale, evidenceCaption,
                evidenceList());
        box.getStyleClass().add("score-editor-content");
        return box;
    }

    /** Five toggle buttons kept in step with the view model's value, and what the chosen one means. */
    private Node valueRow() {
        HBox row = new HBox(4);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getChildren().add(caption("Score", null));
        for (int v = Score.MIN; v <= Score.MAX; v++) {
            ToggleButton b = new ToggleButton(Integer.toString(v));
            b.setId("score-editor-value-" + v);
            b.setUserData(v);
            b.setToggleGroup(values);
            b.getStyleClass().add("score-editor-value");
            b.setTooltip(new Tooltip(v + "  " + ScoreEditorScale.meaning(v)));
            row.getChildren().add(b);
        }
        Label meaning = new Label();
        meaning.setId("score-editor-meaning");
        meaning.textProperty().bind(viewModel.meaningProperty());
        row.getChildren().add(meaning);
        Tooltip.install(row, new Tooltip(ScoreEditorScale.LEGEND));

        select(viewModel.valueProperty().get());
        values.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t != null) {
                viewModel.valueProperty().set((Integer) t.getUserData());
            } else if (old != null) {
                old.setSelected(true); // a value cannot be un-chosen by clicking it again
            }
        });
        viewModel.valueProperty().addListener((obs, old, v) -> select(v));
        return row;
    }

    private void select(Integer value) {
        values.getToggles().stream().filter(t -> t.getUserData().equals(value)).findFirst()
                .ifPresent(t -> t.setSelected(true));
    }

    private void typeValue(KeyEvent e) {
        boolean inText = getDialogPane().getScene() != null
                && getDialogPane().getScene().getFocusOwner() instanceof TextInputControl;
        String ch = e.getCharacter();
        if (inText || ch.length() != 1 || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        int v = ch.charAt(0) - '0';
        if (ScoreEditorScale.isValue(v)) {
            e.consume();
            viewModel.valueProperty().set(v);
        }
    }

    private void focusChosenValue() {
        values.getToggles().stream().filter(t -> t.isSelected()).findFirst()
                .or(() -> values.getToggles().stream().findFirst())
                .ifPresent(t -> ((ToggleButton) t).requestFocus());
    }

    /** The evidence checklist: a heading per sector, a checkbox per item with its grade and shortened text. */
    private Node evidenceList() {
        VBox list = new VBox(2);
        list.getStyleClass().add("score-editor-evidence-list");
        for (ScoreEditorEvidenceGroup g : viewModel.evidenceGroups()) {
            Label heading = new Label(g.heading());
            heading.getStyleClass().add("score-editor-group");
            if (g.targeted()) {
                heading.getStyleClass().add("targeted");
            }
            list.getChildren().add(heading);
            for (ScoreEditorEvidenceChoice c : g.items()) {
                CheckBox box = new CheckBox(c.label());
                box.setId("score-editor-ev-" + c.evidenceId());
                box.setMnemonicParsing(false);
                box.setWrapText(true);
                box.selectedProperty().bindBidirectional(c.linkedProperty());
                Tooltip tip = new Tooltip(c.grade() + "  " + c.fullText());
                tip.setWrapText(true);
                tip.setMaxWidth(480);
                box.setTooltip(tip);
                list.getChildren().add(box);
            }
        }
        if (viewModel.evidenceGroups().isEmpty()) {
            list.getChildren().add(new Label("This project has no evidence items yet."));
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setId("score-editor-evidence");
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(260);
        return scroll;
    }

    private static Label caption(String text, Node labelFor) {
        Label l = new Label(text);
        l.getStyleClass().add("dialog-caption");
        l.setLabelFor(labelFor);
        return l;
    }
}
