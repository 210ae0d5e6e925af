package org.sectorscope.ui.options.compare;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Options side by side: a grid with a criterion per row (name and weight share on the left) and an
 * option per column (name, rank and weighted total on top). Each cell shows the score in the options
 * pane's colours, the rationale wrapped in full and how many evidence items back it; the best score of
 * a row is bold and tagged "best", rows where all options agree are dimmed. A last row gives the
 * weighted totals and the gap to the best; below the grid, what weight change would swap each
 * adjacent pair. Redrawn whenever the view model's table changes.
 */
public final class CompareOptionsView extends VBox {
    private static final double CRITERION_WIDTH = 210;
    private static final double OPTION_WIDTH = 240;

    private final GridPane grid = new GridPane();
    private final VBox swaps = new VBox(3);

    public CompareOptionsView(CompareOptionsViewModel viewModel) {
        getStyleClass().add("compare-view");
        grid.setId("compare-grid");
        grid.getStyleClass().add("compare-grid");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("compare-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label swapsTitle = new Label("What would change the order");
        swapsTitle.getStyleClass().add("section-title");
        swaps.setId("compare-swaps");
        swaps.getStyleClass().add("compare-swaps");

        setSpacing(6);
        setPadding(new Insets(8));
        getChildren().addAll(scroll, swapsTitle, swaps);
        viewModel.tableProperty().addListener((obs, old, t) -> show(t));
        show(viewModel.table());
    }

    private void show(CompareTable t) {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        ColumnConstraints first = new ColumnConstraints(150, CRITERION_WIDTH, CRITERION_WIDTH);
        grid.getColumnConstraints().add(first);
        for (int i = 0; i < t.columns().size(); i++) {
            ColumnConstraints c = new ColumnConstraints(170, OPTION_WIDTH, Double.MAX_VALUE);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        grid.add(box("compare-corner", label("Criterion", "pane-title")), 0, 0);
        for (int i = 0; i < t.columns().size(); i++) {
            grid.add(optionHeader(t.columns().get(i)), i + 1, 0);
        }
        int r = 1;
        for (CompareRow row : t.rows()) {
            grid.add(criterionHeader(row), 0, r);
            for (int i = 0; i < row.cells().size(); i++) {
                grid.add(cell(row, row.cells().get(i)), i + 1, r);
            }
            r++;
        }
        grid.add(box("compare-total-header", label("Weighted total", "compare-criterion-name")), 0, r);
        for (int i = 0; i < t.columns().size(); i++) {
            grid.add(totalCell(t.columns().get(i)), i + 1, r);
        }
        swaps.getChildren().setAll(t.swaps().stream().map(s -> (Node) label(s, "compare-swap")).toList());
    }

    private Node optionHeader(CompareColumn c) {
        VBox box = box("compare-option-header", label(c.name(), "compare-option-name"),
                label(c.rankText() + " \u00B7 total " + c.totalText(), "compare-rank"));
        box.setId("compare-option-" + c.optionId());
        return box;
    }

    private Node criterionHeader(CompareRow row) {
        VBox box = box("compare-criterion", label(row.name(), "compare-criterion-name"),
                label(row.weightText(), "compare-weight"));
        if (row.allSame()) {
            box.getChildren().add(label("The same for every option", "compare-weight"));
            box.getStyleClass().add("compare-same");
        }
        if (!row.description().isBlank()) {
            Tooltip.install(box, new Tooltip(row.description()));
        }
        return box;
    }

    private Node cell(CompareRow row, CompareCell cell) {
        Label score = label(cell.scoreText(), "compare-score");
        VBox box = box("compare-cell", score);
        box.setId("compare-cell-" + row.criterionId() + "-" + cell.optionId());
        box.getStyleClass().add(cell.scoreStyleClass());
        if (cell.best()) {
            box.getStyleClass().add("compare-best");
            box.getChildren().add(label("best", "compare-best-tag"));
        }
        if (row.allSame()) {
            box.getStyleClass().add("compare-same");
        }
        if (!cell.rationale().isBlank()) {
            box.getChildren().add(label(cell.rationale(), "compare-rationale"));
        }
        if (cell.evidenceCount() > 0) {
            box.getChildren().add(label(cell.evidenceText(), "compare-evidence"));
        }
        return box;
    }

    private Node totalCell(CompareColumn c) {
        VBox box = box("compare-total", label(c.totalText(), "compare-score"), label(c.gapText(), "compare-gap"));
        box.setId("compare-total-" + c.optionId());
        if (c.best()) {
            box.getStyleClass().add("compare-best");
        }
        return box;
    }

    private static VBox box(String styleClass, Node... children) {
        VBox box = new VBox(2, children);
        box.getStyleClass().addAll("compare-box", styleClass);
        box.setPadding(new Insets(6, 8, 6, 8));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMaxHeight(Double.MAX_VALUE);
        box.setMinHeight(Region.USE_PREF_SIZE);
        return box;
    }

    private static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE); // wrapped text grows the row instead of being cut off
        return l;
    }

    public GridPane grid() {
        return grid;
    }
}
