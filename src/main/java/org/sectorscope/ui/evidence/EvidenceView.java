package org.sectorscope.ui.evidence;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The Evidence pane: the selected sector's summary, placement rationale and graded evidence. */
public final class EvidenceView extends VBox {
    private final EvidenceViewModel viewModel;
    private final VBox items = new VBox(8);

    public EvidenceView(EvidenceViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("evidence-view");
        setId("evidence-view");
        Label title = new Label("Evidence");
        title.getStyleClass().add("pane-title");

        Label heading = boundLabel("evidence-heading", "sector-heading");
        heading.textProperty().bind(viewModel.headingProperty());
        Label placement = boundLabel("evidence-placement", "placement-line");
        placement.textProperty().bind(viewModel.placementLineProperty());
        Label summary = boundLabel("evidence-summary", "summary");
        summary.textProperty().bind(viewModel.summaryProperty());
        Label rationaleTitle = new Label("Placement rationale");
        rationaleTitle.getStyleClass().add("section-title");
        Label rationale = boundLabel("evidence-rationale", "rationale");
        rationale.textProperty().bind(viewModel.rationaleProperty());
        Label itemsTitle = new Label();
        itemsTitle.getStyleClass().add("section-title");
        itemsTitle.textProperty().bind(javafx.beans.binding.Bindings.size(viewModel.rows())
                .asString("Evidence items (%d)"));

        Label historyTitle = new Label("Placement history");
        historyTitle.getStyleClass().add("section-title");
        VBox historyLines = new VBox(2);
        historyLines.setId("evidence-history");
        viewModel.history().addListener((ListChangeListener<String>) c -> showHistory(historyLines));
        showHistory(historyLines);
        historyTitle.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.history()));
        historyTitle.managedProperty().bind(historyTitle.visibleProperty());
        VBox content = new VBox(6, heading, placement, summary, rationaleTitle, rationale, historyTitle, historyLines,
                itemsTitle, items);
        content.setPadding(new Insets(4, 10, 10, 2));
        content.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("evidence-scroll");

        Label empty = new Label("Select a sector in the list or on the canvas to see its evidence.");
        empty.getStyleClass().add("placeholder");
        empty.setWrapText(true);
        StackPane body = new StackPane(scroll, empty);
        scroll.visibleProperty().bind(viewModel.hasSectorProperty());
        empty.visibleProperty().bind(viewModel.hasSectorProperty().not());
        VBox.setVgrow(body, Priority.ALWAYS);

        viewModel.rows().addListener((ListChangeListener<EvidenceRow>) c -> rebuild());
        rebuild();
        setSpacing(6);
        setPadding(new Insets(8));
        getChildren().addAll(title, body);
    }

    private static Label boundLabel(String id, String styleClass) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private void showHistory(VBox box) {
        box.getChildren().setAll(viewModel.history().stream().map(line -> {
            Label l = new Label(line);
            l.getStyleClass().add("history-line");
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            return l;
        }).toList());
    }

    private void rebuild() {
        items.getChildren().setAll(viewModel.rows().stream().map(EvidenceView::card).toList());
    }

    private static VBox card(EvidenceRow row) {
        VBox card = new VBox(4);
        card.getStyleClass().add("evidence-card");
        card.setId("evidence-" + row.id());
        if (!row.quote().isBlank()) {
            Label quote = new Label("\u201c" + row.quote() + "\u201d");
            quote.getStyleClass().add("evidence-quote");
            quote.setWrapText(true);
            quote.setMinHeight(Region.USE_PREF_SIZE);
            card.getChildren().add(quote);
        }
        if (!row.note().isBlank()) {
            Label note = new Label(row.note());
            note.getStyleClass().add("evidence-note");
            note.setWrapText(true);
            note.setMinHeight(Region.USE_PREF_SIZE);
            card.getChildren().add(note);
        }
        Label grade = new Label(row.grade());
        grade.getStyleClass().add("grade-badge");
        grade.setTooltip(new Tooltip(row.gradeMeaning()));
        grade.setMinWidth(Region.USE_PREF_SIZE);
        Label bearing = new Label(row.bearing());
        bearing.getStyleClass().add("bearing-tag");
        bearing.setMinWidth(Region.USE_PREF_SIZE);
        Label source = new Label(row.sourceLabel());
        source.getStyleClass().add("evidence-source");
        source.setWrapText(true);
        source.setMinWidth(0);
        HBox.setHgrow(source, Priority.ALWAYS);
        HBox meta = new HBox(6, grade, bearing, source);
        card.getChildren().add(meta);
        return card;
    }
}
