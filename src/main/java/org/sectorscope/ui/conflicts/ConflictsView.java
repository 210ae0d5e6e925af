package org.sectorscope.ui.conflicts;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.common.BalanceText;
import org.sectorscope.ui.common.WindowSetup;

/**
 * The Resolve conflicts window: one row per conflict a merge left (its label; base, ours and theirs in
 * words; Keep ours and Take theirs). Clicking a row about a sector selects it on the canvas, where its
 * two positions show as ghost markers.
 */
public final class ConflictsView extends VBox {
    private static Stage open;
    private final ConflictsViewModel viewModel;
    private final VBox list = new VBox(6);

    public ConflictsView(ConflictsViewModel viewModel) {
        this.viewModel = viewModel;
        setId("conflicts-view");
        setSpacing(8);
        setPadding(new Insets(10));
        Label summary = new Label();
        summary.setId("conflicts-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(viewModel.summaryProperty());
        Label problem = new Label();
        problem.setId("conflicts-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("contradiction-warning");
        problem.textProperty().bind(viewModel.problemProperty().map(p -> p.isEmpty() ? "" : BalanceText.WARNING_MARK
                + " " + p));
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        list.setPadding(new Insets(4));
        viewModel.rows().addListener((ListChangeListener<ConflictsViewModel.Row>) c -> rebuild());
        rebuild();
        getChildren().addAll(summary, problem, scroll);
    }

    private void rebuild() {
        list.getChildren().setAll(viewModel.rows().stream().map(this::row).toList());
    }

    private Region row(ConflictsViewModel.Row r) {
        Label title = new Label(r.label());
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        VBox sides = new VBox(2, side("Base", r.base()), side("Ours (kept now)", r.ours()), side("Theirs", r.theirs()));
        Button keep = new Button("Keep Ours");
        keep.setId("conflict-keep-" + r.conflictId());
        keep.setOnAction(e -> viewModel.keepOurs(r.conflictId()));
        Button take = new Button("Take Theirs");
        take.setId("conflict-take-" + r.conflictId());
        take.setOnAction(e -> viewModel.takeTheirs(r.conflictId()));
        HBox buttons = new HBox(6, keep, take);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, title, sides, buttons);
        box.setId("conflict-" + r.conflictId());
        box.getStyleClass().add("conflict-row");
        box.setPadding(new Insets(6));
        box.setOnMouseClicked(e -> viewModel.select(r.conflictId()));
        return box;
    }

    private static Label side(String name, String words) {
        Label l = new Label(name + ": " + words);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** Opens the list in its own window beside the main one (one at a time); it follows every edit. */
    public static void show(Window owner, ProjectSession session) {
        if (open != null && open.isShowing()) {
            open.toFront();
            return;
        }
        Stage stage = new Stage();
        ConflictsView view = new ConflictsView(new ConflictsViewModel(session));
        // Closing leaves every conflict recorded in the project; Edit > Resolve Conflicts brings the list back.
        Button close = new Button("Close");
        close.setId("conflicts-close");
        close.setCancelButton(true); // Esc
        close.setOnAction(e -> stage.close());
        HBox bottom = new HBox(close);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        view.getChildren().add(bottom);
        WindowSetup.initStage(stage, owner, "Resolve Conflicts \u2014 Sectorscope", new Scene(view, 620, 520));
        open = stage;
        stage.show();
    }

    /**
     * Opens the list by itself whenever a project holding conflicts is opened (a project with no history
     * yet), so a merged file never hides what is left to decide.
     */
    public static void showWhenOpened(Supplier<Window> owner, ProjectSession session) {
        // Checked after the change settles: the project is set before the undo state that tells an open.
        Runnable check = () -> {
            if (owner.get() != null && !session.canUndoProperty().get()
                    && ConflictsViewModel.needsResolving(session.project())) {
                show(owner.get(), session);
            }
        };
        session.projectProperty().addListener((obs, old, p) -> Platform.runLater(check));
        Platform.runLater(check);
    }
}
