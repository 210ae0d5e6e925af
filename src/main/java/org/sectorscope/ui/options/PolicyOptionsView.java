package org.sectorscope.ui.options;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Policy options pane: options x criteria with scores, weighted totals and ranks. */
public final class PolicyOptionsView extends VBox {
    private static final PseudoClass ADDRESSES = PseudoClass.getPseudoClass("addresses-selection");
    private final PolicyOptionsViewModel viewModel;
    private final TableView<OptionRow> table = new TableView<>();

    public PolicyOptionsView(PolicyOptionsViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("options-view");
        Label title = new Label("Policy options");
        title.getStyleClass().add("pane-title");
        Label link = new Label();
        link.setId("options-link-summary");
        link.getStyleClass().add("link-summary");
        link.textProperty().bind(viewModel.linkSummaryProperty());

        table.setId("options-table");
        table.setItems(viewModel.rows());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("This project has no policy options yet."));
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(OptionRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(ADDRESSES, !empty && row != null && row.addressesSelection());
                setTooltip(empty || row == null ? null : new Tooltip(row.name() + "\n" + row.description()
                        + "\nTargets: " + row.targets()));
            }
        });
        viewModel.columnsProperty().addListener((obs, old, cols) -> buildColumns(cols));
        buildColumns(viewModel.columnsProperty().get());
        VBox.setVgrow(table, Priority.ALWAYS);

        setSpacing(6);
        setPadding(new Insets(8));
        getChildren().addAll(title, link, table);
    }

    private void buildColumns(List<CriterionColumn> criteria) {
        TableColumn<OptionRow, Number> rank = new TableColumn<>("Rank");
        rank.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().rank()));
        rank.setPrefWidth(48);
        rank.setMinWidth(44);
        rank.setMaxWidth(60);
        rank.getStyleClass().add("numeric");

        TableColumn<OptionRow, String> name = new TableColumn<>("Option");
        name.setCellValueFactory(c -> new SimpleStringProperty(
                (c.getValue().addressesSelection() ? "\u25C6 " : "") + c.getValue().name()));
        name.setMinWidth(180);

        table.getColumns().setAll(List.of(rank, name));
        for (int i = 0; i < criteria.size(); i++) {
            int index = i;
            CriterionColumn cc = criteria.get(i);
            TableColumn<OptionRow, Integer> col = new TableColumn<>(cc.header());
            col.setId("criterion-" + cc.id());
            col.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().scores().get(index)));
            col.setCellFactory(c -> new ScoreCell(index));
            col.setPrefWidth(CRITERION_WIDTH);
            col.setMinWidth(70);
            col.getStyleClass().add("numeric");
            Label header = new Label(cc.header());
            header.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            header.setTooltip(new Tooltip(cc.name() + (cc.description().isBlank() ? "" : "\n" + cc.description())));
            col.setGraphic(header);
            col.setText(null);
            table.getColumns().add(col);
        }
        TableColumn<OptionRow, String> total = new TableColumn<>("Weighted\ntotal");
        total.setCellValueFactory(c -> new SimpleStringProperty(String.format("%.2f", c.getValue().total())));
        total.setPrefWidth(80);
        total.setMinWidth(64);
        total.getStyleClass().add("numeric");
        table.getColumns().add(total);
        // The option name takes what the fixed-width columns leave; below its minimum the table scrolls.
        double fixed = rank.getPrefWidth() + total.getPrefWidth() + criteria.size() * CRITERION_WIDTH + 20;
        name.prefWidthProperty().bind(javafx.beans.binding.Bindings.max(name.getMinWidth(),
                table.widthProperty().subtract(fixed)));
    }

    private static final double CRITERION_WIDTH = 100;

    public TableView<OptionRow> table() {
        return table;
    }

    /** A score with its rationale as a tooltip. */
    private static final class ScoreCell extends TableCell<OptionRow, Integer> {
        private final int index;

        ScoreCell(int index) {
            this.index = index;
            getStyleClass().add("score-cell");
        }

        @Override
        protected void updateItem(Integer value, boolean empty) {
            super.updateItem(value, empty);
            getStyleClass().removeIf(s -> s.startsWith("score-"));
            getStyleClass().add("score-cell");
            if (empty || value == null) {
                setText(empty ? null : "\u2013");
                setTooltip(null);
                return;
            }
            setText(Integer.toString(value));
            getStyleClass().add("score-" + value);
            OptionRow row = getTableRow() == null ? null : getTableRow().getItem();
            String why = row == null ? "" : row.rationales().get(index);
            setTooltip(why.isBlank() ? null : new Tooltip(why));
        }
    }
}
