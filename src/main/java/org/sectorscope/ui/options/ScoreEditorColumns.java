package org.sectorscope.ui.options;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.TextAlignment;

/**
 * The options matrix's columns: rank, option, one score column per criterion (id
 * {@code criterion-<id>}, the criterion id as user data, a header menu to edit it), weighted total.
 * A criterion keeps its column object across edits, so its width and the selection on it survive.
 */
final class ScoreEditorColumns {
    private static final double CRITERION_WIDTH = 100;

    private final TableView<OptionRow> table;
    private final BiConsumer<String, String> editScore;
    private final Consumer<String> editCriterion;
    private final Runnable addCriterion;
    private final TableColumn<OptionRow, Number> rank = new TableColumn<>("Rank");
    private final TableColumn<OptionRow, String> name = new TableColumn<>("Option");
    private final TableColumn<OptionRow, String> total = new TableColumn<>("Weighted\ntotal");
    private final Map<String, TableColumn<OptionRow, OptionRow.Cell>> criteria = new LinkedHashMap<>();

    /** {@code editScore(optionId, criterionId)} on a double-click, {@code editCriterion(id)} from a header menu. */
    ScoreEditorColumns(TableView<OptionRow> table, BiConsumer<String, String> editScore,
                       Consumer<String> editCriterion, Runnable addCriterion) {
        this.table = table;
        this.editScore = editScore;
        this.editCriterion = editCriterion;
        this.addCriterion = addCriterion;
        rank.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().rank()));
        rank.setPrefWidth(48);
        rank.setMinWidth(44);
        rank.setMaxWidth(60);
        rank.getStyleClass().addAll("numeric", "rank-column");
        name.setCellValueFactory(c -> new SimpleStringProperty(
                (c.getValue().addressesSelection() ? "\u25C6 " : "") + c.getValue().name()));
        name.setMinWidth(180);
        total.setCellValueFactory(c -> new SimpleStringProperty(String.format("%.2f", c.getValue().total())));
        total.setPrefWidth(80);
        total.setMinWidth(64);
        total.getStyleClass().add("numeric");
        // Rows stay in rank order, which every edit re-sorts live.
        for (TableColumn<OptionRow, ?> c : List.of(rank, name, total)) {
            c.setSortable(false);
        }
    }

    /** Shows these criteria as columns, reusing each criterion's existing column. */
    void show(List<CriterionColumn> columns) {
        Map<String, TableColumn<OptionRow, OptionRow.Cell>> next = new LinkedHashMap<>();
        for (CriterionColumn cc : columns) {
            TableColumn<OptionRow, OptionRow.Cell> col = criteria.get(cc.id());
            next.put(cc.id(), label(col == null ? criterionColumn(cc.id()) : col, cc));
        }
        criteria.clear();
        criteria.putAll(next);
        List<TableColumn<OptionRow, ?>> all = new ArrayList<>();
        all.add(rank);
        all.add(name);
        all.addAll(next.values());
        all.add(total);
        if (!all.equals(table.getColumns())) {
            table.getColumns().setAll(all);
        }
        // The option name takes what the fixed-width columns leave; below its minimum the table scrolls.
        double fixed = rank.getPrefWidth() + total.getPrefWidth() + columns.size() * CRITERION_WIDTH + 20;
        name.prefWidthProperty().unbind();
        name.prefWidthProperty().bind(Bindings.max(name.getMinWidth(), table.widthProperty().subtract(fixed)));
    }

    /** The criterion's column; the option name's column for null or an unknown criterion. */
    TableColumn<OptionRow, ?> columnFor(String criterionId) {
        TableColumn<OptionRow, ?> col = criterionId == null ? null : criteria.get(criterionId);
        return col == null ? name : col;
    }

    /** The criterion of a cell position, or null off the score columns. */
    static String criterionOf(TablePosition<OptionRow, ?> position) {
        return position.getTableColumn() != null && position.getTableColumn().getUserData() instanceof String id
                ? id : null;
    }

    private TableColumn<OptionRow, OptionRow.Cell> criterionColumn(String criterionId) {
        TableColumn<OptionRow, OptionRow.Cell> col = new TableColumn<>();
        col.setId("criterion-" + criterionId);
        col.setUserData(criterionId);
        col.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().cell(criterionId)));
        col.setCellFactory(c -> new ScoreEditorCell(editScore));
        col.setPrefWidth(CRITERION_WIDTH);
        col.setMinWidth(70);
        col.setSortable(false);
        col.getStyleClass().add("numeric");
        MenuItem edit = new MenuItem("Edit criterion\u2026");
        edit.setOnAction(e -> editCriterion.accept(criterionId));
        MenuItem add = new MenuItem("Add criterion\u2026");
        add.setOnAction(e -> addCriterion.run());
        col.setContextMenu(new ContextMenu(edit, add));
        return col;
    }

    private static TableColumn<OptionRow, OptionRow.Cell> label(TableColumn<OptionRow, OptionRow.Cell> col,
                                                                CriterionColumn cc) {
        Label header = col.getGraphic() instanceof Label l ? l : new Label();
        header.setText(cc.header());
        header.setTextAlignment(TextAlignment.CENTER);
        header.setTooltip(new Tooltip(cc.tooltip()));
        col.setGraphic(header);
        col.setText(null);
        return col;
    }
}
