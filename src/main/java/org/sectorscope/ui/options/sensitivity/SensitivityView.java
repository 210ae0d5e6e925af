package org.sectorscope.ui.options.sensitivity;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Weight sensitivity: a slider per criterion (its share of the total weight, with the share and raw
 * weight beside it), then the ranking and the swap sentences for the weights being previewed, both
 * updated while a slider moves. A drag is applied when the mouse is released; a keyboard change when
 * Enter is pressed or the slider loses the focus; Reset drops it; Escape drops it and closes the window. The Reset button takes
 * no focus when clicked, since the slider losing the focus would otherwise apply what Reset should drop.
 */
public final class SensitivityView extends VBox {
    private final SensitivityViewModel viewModel;
    private final GridPane sliders = new GridPane();
    private final VBox swaps = new VBox(8);

    public SensitivityView(SensitivityViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("sensitivity-view");
        Label title = new Label("Criteria weights");
        title.getStyleClass().add("pane-title");
        Label hint = new Label("Each slider sets a criterion's share of the total weight; the other criteria keep "
                + "their raw weights. Release the slider (or press Enter) to apply it as one undoable step.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);

        sliders.setId("sensitivity-sliders");
        sliders.getStyleClass().add("sensitivity-sliders");
        sliders.setHgap(10);
        sliders.setVgap(4);
        sliders.getColumnConstraints().addAll(new ColumnConstraints(140, 230, 260),
                grow(new ColumnConstraints(160, 300, Double.MAX_VALUE)), new ColumnConstraints(130));
        viewModel.criteria().addListener((ListChangeListener<SensitivityCriterion>) c -> buildSliders());
        buildSliders();

        Label status = new Label();
        status.setId("sensitivity-status");
        status.getStyleClass().add("hint");
        status.textProperty().bind(viewModel.statusProperty());
        Button reset = new Button("Reset to saved weights");
        reset.setId("sensitivity-reset");
        reset.setFocusTraversable(false);
        reset.disableProperty().bind(viewModel.previewingProperty().not());
        reset.setOnAction(e -> viewModel.reset());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, status, gap, reset);
        bar.setAlignment(Pos.CENTER_LEFT);

        VBox rankingBox = section("Ranking with these weights", ranking());
        rankingBox.setPrefWidth(480);
        HBox results = new HBox(12, rankingBox, section("What would change the order", swapList()));
        VBox.setVgrow(results, Priority.ALWAYS);

        setSpacing(8);
        setPadding(new Insets(10));
        getChildren().addAll(title, hint, sliders, bar, results);
    }

    private void buildSliders() {
        sliders.getChildren().clear();
        int r = 0;
        for (SensitivityCriterion c : viewModel.criteria()) {
            Label name = new Label(c.name());
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE); // long names wrap instead of being cut off
            name.getStyleClass().add("sensitivity-criterion");
            if (!c.description().isBlank()) {
                name.setTooltip(new Tooltip(c.description()));
            }
            Label share = new Label();
            share.setId("weight-label-" + c.id());
            share.getStyleClass().add("sensitivity-share");
            share.textProperty().bind(c.labelProperty());
            sliders.addRow(r++, name, slider(c), share);
        }
        if (r == 0) {
            sliders.add(new Label("This project has no criteria to weigh."), 0, 0, 3, 1);
        }
    }

    private Slider slider(SensitivityCriterion c) {
        Slider s = new Slider(0, 100, c.share());
        s.setId("weight-slider-" + c.id());
        s.setAccessibleText("Weight of " + c.name());
        s.setBlockIncrement(1);
        s.setMajorTickUnit(25);
        s.setShowTickMarks(true);
        s.setMaxWidth(Double.MAX_VALUE);
        s.valueProperty().bindBidirectional(c.shareProperty());
        s.valueChangingProperty().addListener((obs, was, now) -> viewModel.setDragging(now));
        // A click on the track changes the value without a drag: apply it on release too.
        s.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> viewModel.commit());
        s.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.commit();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && viewModel.previewingProperty().get()) {
                viewModel.reset(); // not consumed: Esc then closes the window, the preview dropped first
            }
        });
        s.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                viewModel.commit();
            }
        });
        return s;
    }

    private TableView<SensitivityRankRow> ranking() {
        TableView<SensitivityRankRow> table = new TableView<>(viewModel.ranking());
        table.setId("sensitivity-ranking");
        table.setAccessibleText("Ranking at these weights");
        table.setPlaceholder(new Label("This project has no policy options yet."));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<SensitivityRankRow, Number> rank = new TableColumn<>("Rank");
        rank.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().rank()));
        rank.setPrefWidth(48);
        rank.getStyleClass().add("numeric");
        TableColumn<SensitivityRankRow, String> name = new TableColumn<>("Option");
        name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name()));
        name.setMinWidth(160);
        TableColumn<SensitivityRankRow, String> total = new TableColumn<>("Total");
        total.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().totalText()));
        total.setPrefWidth(60);
        total.getStyleClass().add("numeric");
        TableColumn<SensitivityRankRow, String> moved = new TableColumn<>("vs saved");
        moved.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().movementText()));
        moved.setPrefWidth(70);
        moved.getStyleClass().add("numeric");
        table.getColumns().setAll(List.of(rank, name, total, moved));
        // The name takes what the narrow columns leave, as in the options pane.
        double fixed = rank.getPrefWidth() + total.getPrefWidth() + moved.getPrefWidth() + 20;
        name.prefWidthProperty().bind(Bindings.max(name.getMinWidth(),
                table.widthProperty().subtract(fixed)));
        return table;
    }

    private Node swapList() {
        swaps.setId("sensitivity-swaps");
        swaps.getStyleClass().add("sensitivity-swaps");
        swaps.setPadding(new Insets(4));
        viewModel.swaps().addListener((ListChangeListener<String>) c -> showSwaps());
        showSwaps();
        ScrollPane scroll = new ScrollPane(swaps);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void showSwaps() {
        swaps.getChildren().setAll(viewModel.swaps().stream().map(text -> {
            Label l = new Label(text);
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.getStyleClass().add("sensitivity-swap");
            return (Node) l;
        }).toList());
    }

    private static VBox section(String title, Node body) {
        Label t = new Label(title);
        t.getStyleClass().add("section-title");
        VBox box = new VBox(4, t, body);
        VBox.setVgrow(body, Priority.ALWAYS);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setPrefWidth(400);
        return box;
    }

    private static ColumnConstraints grow(ColumnConstraints c) {
        c.setHgrow(Priority.ALWAYS);
        return c;
    }
}
