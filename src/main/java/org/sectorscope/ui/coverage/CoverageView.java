package org.sectorscope.ui.coverage;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.common.BalanceText;
import org.sectorscope.ui.common.WindowSetup;

/** The coverage view: the four quadrants as on the canvas, each with the options that address it. */
public final class CoverageView extends VBox {
    private static Stage open;
    private final CoverageViewModel viewModel;
    private final VBox warnings = new VBox(2);
    private final GridPane grid = new GridPane();

    public CoverageView(CoverageViewModel viewModel) {
        this.viewModel = viewModel;
        setId("coverage-view");
        getStyleClass().add("coverage-view");
        setSpacing(8);
        setPadding(new Insets(10));
        Label intro = new Label("Options that address each quadrant, by targeting it or a sector placed in it. "
                + "Quadrants B and D call for vigilance: each of their sectors should be addressed.");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add("hint");
        warnings.setId("coverage-warnings");
        grid.setHgap(8);
        grid.setVgap(8);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            grid.getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            r.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(r);
        }
        VBox.setVgrow(grid, Priority.ALWAYS);
        viewModel.cells().addListener((ListChangeListener<CoverageViewModel.Cell>) c -> rebuild());
        viewModel.warnings().addListener((ListChangeListener<String>) c -> rebuild());
        rebuild();
        getChildren().addAll(intro, warnings, grid);
    }

    private void rebuild() {
        warnings.getChildren().setAll(viewModel.warnings().stream().map(w -> {
            Label l = new Label(BalanceText.WARNING_MARK + " " + w);
            l.getStyleClass().add("contradiction-warning");
            l.setWrapText(true);
            return l;
        }).toList());
        grid.getChildren().clear();
        for (CoverageViewModel.Cell cell : viewModel.cells()) {
            grid.add(cell(cell), cell.column(), cell.row());
        }
    }

    private Region cell(CoverageViewModel.Cell cell) {
        VBox box = new VBox(4);
        box.setId("coverage-" + cell.letter());
        box.getStyleClass().add("coverage-cell");
        box.setStyle("-fx-background-color: " + cell.color() + ";");
        Label title = new Label(cell.title() + (cell.watched() ? "  \u00b7 watch" : ""));
        title.getStyleClass().add("coverage-title");
        Label count = new Label(cell.options().isEmpty() ? "No option addresses this quadrant"
                : cell.options().size() == 1 ? "1 option" : cell.options().size() + " options");
        count.getStyleClass().add(cell.addressed() ? "hint" : "contradiction-warning");
        box.getChildren().addAll(title, count);
        for (String option : cell.options()) {
            Label l = new Label("\u2022 " + option);
            l.setWrapText(true);
            l.getStyleClass().add("coverage-option");
            box.getChildren().add(l);
        }
        if (!cell.sectors().isEmpty()) {
            Label sectorsTitle = new Label("Sectors");
            sectorsTitle.getStyleClass().add("section-title");
            box.getChildren().add(sectorsTitle);
        }
        for (CoverageViewModel.SectorLine s : cell.sectors()) {
            Hyperlink link = new Hyperlink((s.unaddressed() ? BalanceText.WARNING_MARK + " " : "") + s.name()
                    + (s.unaddressed() ? " \u2014 no option addresses it" : ""));
            link.setId("coverage-sector-" + s.sectorId());
            link.getStyleClass().add(s.unaddressed() ? "coverage-unaddressed" : "coverage-sector");
            link.setOnAction(e -> viewModel.selectSector(s.sectorId()));
            box.getChildren().add(link);
        }
        box.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("coverage-scroll");
        return scroll;
    }

    /** Opens the view in its own window beside the main one (one at a time); it follows every edit. */
    public static void show(Window owner, ProjectSession session) {
        if (open != null && open.isShowing()) {
            open.toFront();
            return;
        }
        Stage stage = new Stage();
        WindowSetup.initStage(stage, owner, "Coverage of the quadrants \u2014 Sectorscope",
                new Scene(WindowSetup.withCloseButton(new CoverageView(new CoverageViewModel(session)), "coverage-close",
                        stage::close), 760, 660));
        open = stage;
        stage.show();
        // The links are Tab stops (the keyboard selects a sector from here too); the first takes the focus as
        // the window opens and its cell scrolls to it: put each cell back at its title.
        stage.getScene().getRoot().lookupAll(".coverage-scroll").forEach(n -> ((ScrollPane) n).setVvalue(0));
    }
}
