package org.sectorscope.ui.options;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.sectorscope.ui.common.LazyTooltip;

/**
 * The options matrix's columns: rank, option, one score column per criterion (id
 * {@code criterion-<id>}, the criterion id as user data, a header menu to edit it), weighted total.
 * A criterion keeps its column object across edits, so its width and the selection on it survive.
 */
final class OptionsMatrixColumns {
    private static final double CRITERION_WIDTH = OptionColumnWidths.CRITERION_MAX;
    /** Room kept for the vertical scroll bar, so a fitted table does not scroll sideways. */
    private static final double SCROLL_BAR_ROOM = 20;
    private static final double NAME_PADDING = 14;
    /** The header label's padding and the column's borders, inside the column's width. */
    private static final double HEADER_PADDING = 10;

    private final TableView<OptionRow> table;
    private final BiConsumer<String, String> editScore;
    private final Consumer<String> editCriterion;
    private final Runnable addCriterion;
    private final TableColumn<OptionRow, Number> rank = new TableColumn<>("Rank");
    private final TableColumn<OptionRow, String> name = new TableColumn<>("Option");
    private final TableColumn<OptionRow, String> total = new TableColumn<>("Weighted\ntotal");
    private final Map<String, TableColumn<OptionRow, OptionRow.Cell>> criteria = new LinkedHashMap<>();
    private List<CriterionColumn> shown = List.of();
    private boolean refitWhenCellsExist;

    /** {@code editScore(optionId, criterionId)} on a double-click, {@code editCriterion(id)} from a header menu. */
    OptionsMatrixColumns(TableView<OptionRow> table, BiConsumer<String, String> editScore,
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
                (c.getValue().addressesSelection() ? "\u25C6 " : "") + c.getValue().nameWithBadge()));
        name.setMinWidth(120);
        name.setPrefWidth(OptionColumnWidths.NAME_MIN);
        total.setCellValueFactory(c -> new SimpleStringProperty(String.format("%.2f", c.getValue().total())));
        total.setPrefWidth(80);
        total.setMinWidth(64);
        total.getStyleClass().add("numeric");
        // Rows stay in rank order, which every edit re-sorts live.
        for (TableColumn<OptionRow, ?> c : List.of(rank, name, total)) {
            c.setSortable(false);
        }
        table.widthProperty().addListener((obs, old, now) -> fitWidths());
        table.getItems().addListener((ListChangeListener<OptionRow>) c -> fitWidths());
    }

    /** Shows these criteria as columns, reusing each criterion's existing column. */
    void show(List<CriterionColumn> columns) {
        Map<String, TableColumn<OptionRow, OptionRow.Cell>> next = new LinkedHashMap<>();
        for (CriterionColumn cc : columns) {
            TableColumn<OptionRow, OptionRow.Cell> col = criteria.get(cc.id());
            next.put(cc.id(), label(col == null ? criterionColumn(cc.id()) : col, cc));
        }
        shown = List.copyOf(columns);
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
        fitWidths();
    }

    /**
     * Shares the table's width between the option names and the score columns ({@link OptionColumnWidths});
     * a width the analyst dragged stays until the table, the names or the criteria change.
     */
    private void fitWidths() {
        if (table.getWidth() <= 0) {
            return;
        }
        double available = table.getWidth() - rank.getPrefWidth() - total.getPrefWidth() - SCROLL_BAR_ROOM;
        OptionColumnWidths fit = OptionColumnWidths.fit(available, criteria.size(), longestName());
        name.setPrefWidth(fit.name());
        criteria.values().forEach(c -> c.setPrefWidth(fit.criterion()));
        // Narrower columns break their headers into shorter lines instead of cutting them to "Prot...".
        shown.forEach(cc -> label(criteria.get(cc.id()), cc));
    }

    /** The widest option name as the widest row shows it: bold, after the mark, with the cell's padding. */
    private double longestName() {
        Font font = Font.getDefault();
        if (table.lookup(".table-row-cell .table-cell") instanceof Labeled cell) {
            font = cell.getFont();
        } else if (!refitWhenCellsExist) {
            // Before the first rows are laid out there is no cell to take the stylesheet's font from.
            refitWhenCellsExist = true;
            Platform.runLater(this::fitWidths);
        }
        Text text = new Text();
        text.setFont(Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()));
        double widest = 0;
        for (OptionRow row : table.getItems()) {
            text.setText("\u25C6 " + row.nameWithBadge());
            widest = Math.max(widest, text.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest) + NAME_PADDING;
    }

    /** A header label that re-breaks its lines once the stylesheet has given it its (smaller) font. */
    private Label headerLabel(TableColumn<OptionRow, OptionRow.Cell> col) {
        Label header = new Label();
        header.fontProperty().addListener((obs, old, font) -> shown.stream()
                .filter(cc -> cc.id().equals(col.getUserData())).findFirst().ifPresent(cc -> label(col, cc)));
        return header;
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
        col.setCellFactory(c -> new ScoreCell(editScore));
        col.setPrefWidth(CRITERION_WIDTH);
        col.setMinWidth(OptionColumnWidths.CRITERION_MIN);
        col.setSortable(false);
        col.getStyleClass().add("numeric");
        MenuItem edit = new MenuItem("Edit criterion\u2026");
        edit.setOnAction(e -> editCriterion.accept(criterionId));
        MenuItem add = new MenuItem("Add criterion\u2026");
        add.setOnAction(e -> addCriterion.run());
        col.setContextMenu(new ContextMenu(edit, add));
        return col;
    }

    /** Gives a criterion's column its header, the name broken into lines that fit the column's width. */
    private TableColumn<OptionRow, OptionRow.Cell> label(TableColumn<OptionRow, OptionRow.Cell> col,
                                                         CriterionColumn cc) {
        Label header = col.getGraphic() instanceof Label l ? l : headerLabel(col);
        Text text = new Text();
        text.setFont(header.getFont());
        header.setText(cc.header(line -> {
            text.setText(line);
            return text.getLayoutBounds().getWidth();
        }, col.getPrefWidth() - HEADER_PADDING));
        header.setTextAlignment(TextAlignment.CENTER);
        LazyTooltip.set(header, cc.tooltip());
        col.setGraphic(header);
        col.setText(null);
        return col;
    }
}
