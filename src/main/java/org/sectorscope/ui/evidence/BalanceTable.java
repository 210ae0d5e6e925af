package org.sectorscope.ui.evidence;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.sectorscope.model.Side;
import org.sectorscope.ui.common.BalanceText;
import org.sectorscope.ui.common.LazyTooltip;

/**
 * The balance of the evidence, one row per axis: "Success 1.3 (2) [bar] Failure 0.6 (1)". Rows share
 * columns, so bars line up. While the rows fit, they are single lines and the bars narrow from 120 to
 * 40 px first; in a narrower pane each bar goes on top with its poles under its two ends, and in the
 * narrowest the poles go under each other. The table never needs more width than its widest pole.
 */
final class BalanceTable extends Region {
    static final double BAR_WIDTH = 120;
    static final double MIN_BAR = 40;
    private static final double BAR_HEIGHT = 8;
    private static final double GAP = 6;
    private static final double LINE_GAP = 2;
    private static final double ROW_GAP = 3;

    enum Shape { ONE_LINE, BAR_OVER_POLES, STACKED }

    /** One axis: its two pole labels and the two parts of its bar. */
    private record Row(Label low, Label high, Region lowPart, Region highPart, double lowShare) {
    }

    private final List<Row> rows = new ArrayList<>();

    void setRows(List<BalanceRow> balance) {
        rows.clear();
        getChildren().clear();
        for (BalanceRow b : balance) {
            Row row = new Row(pole(b.lowLabel(), b.lowWeight(), b.lowItems(), b.placedOn() == Side.LOW),
                    pole(b.highLabel(), b.highWeight(), b.highItems(), b.placedOn() == Side.HIGH),
                    new Region(), new Region(), b.isEmpty() ? 1 : b.lowShare());
            row.lowPart().getStyleClass().add(b.isEmpty() ? "balance-bar-empty" : "balance-bar-low");
            if (!b.isEmpty()) {
                row.highPart().getStyleClass().add("balance-bar-high");
            }
            String tip = b.axisTitle() + (b.isEmpty() ? ": no item bears on this axis" : "");
            for (Node n : List.of(row.low(), row.high(), row.lowPart(), row.highPart())) {
                LazyTooltip.set(n, tip);
            }
            rows.add(row);
            getChildren().addAll(row.low(), row.lowPart(), row.highPart(), row.high());
        }
    }

    private static Label pole(String label, double weight, int items, boolean placed) {
        Label l = new Label(label + " " + BalanceText.weight(weight) + " (" + items + ")");
        l.getStyleClass().add("balance-pole");
        if (placed) {
            l.getStyleClass().add("placed");
        }
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** The widest low pole and the widest high pole: the table's two label columns. */
    private double lowColumn() {
        return rows.stream().mapToDouble(r -> snapSizeX(r.low().prefWidth(-1))).max().orElse(0);
    }

    private double highColumn() {
        return rows.stream().mapToDouble(r -> snapSizeX(r.high().prefWidth(-1))).max().orElse(0);
    }

    /** How the rows are drawn in a content width of {@code width}. */
    Shape shapeFor(double width) {
        double poles = lowColumn() + highColumn();
        if (poles + 2 * GAP + MIN_BAR <= width) {
            return Shape.ONE_LINE;
        }
        return poles + GAP <= width ? Shape.BAR_OVER_POLES : Shape.STACKED;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return insetsWidth() + (rows.isEmpty() ? 0 : Math.max(MIN_BAR, Math.max(lowColumn(), highColumn())));
    }

    @Override
    protected double computePrefWidth(double height) {
        return insetsWidth() + (rows.isEmpty() ? 0 : lowColumn() + 2 * GAP + BAR_WIDTH + highColumn());
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        Shape shape = shapeFor(width < 0 ? Double.MAX_VALUE : width - insetsWidth());
        double height = 0;
        for (Row row : rows) {
            height += rowHeight(row, shape);
        }
        return snappedTopInset() + snappedBottomInset() + height + ROW_GAP * Math.max(0, rows.size() - 1);
    }

    private static double rowHeight(Row row, Shape shape) {
        double lh = row.low().prefHeight(-1);
        double hh = row.high().prefHeight(-1);
        return switch (shape) {
            case ONE_LINE -> Math.max(BAR_HEIGHT, Math.max(lh, hh));
            case BAR_OVER_POLES -> BAR_HEIGHT + LINE_GAP + Math.max(lh, hh);
            case STACKED -> BAR_HEIGHT + LINE_GAP + lh + hh;
        };
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double w = getWidth() - insetsWidth();
        double lowColumn = lowColumn();
        double highColumn = highColumn();
        Shape shape = shapeFor(w);
        double y = snappedTopInset();
        for (Row row : rows) {
            double h = rowHeight(row, shape);
            double lw = snapSizeX(row.low().prefWidth(-1));
            double hw = snapSizeX(row.high().prefWidth(-1));
            double lh = row.low().prefHeight(-1);
            double hh = row.high().prefHeight(-1);
            switch (shape) {
                case ONE_LINE -> {
                    // Low poles right-aligned against the bars, high poles left-aligned after them.
                    double bar = Math.min(BAR_WIDTH, w - lowColumn - highColumn - 2 * GAP);
                    place(row.low(), x + lowColumn - lw, y + (h - lh) / 2, lw, lh);
                    bar(row, x + lowColumn + GAP, y + (h - BAR_HEIGHT) / 2, bar);
                    place(row.high(), x + lowColumn + GAP + bar + GAP, y + (h - hh) / 2, hw, hh);
                }
                case BAR_OVER_POLES -> {
                    // Each pole stands under the end of the bar it measures.
                    double span = Math.max(lowColumn + GAP + highColumn, Math.min(BAR_WIDTH, w));
                    bar(row, x, y, span);
                    double below = y + BAR_HEIGHT + LINE_GAP;
                    place(row.low(), x, below, lw, lh);
                    place(row.high(), x + span - hw, below, hw, hh);
                }
                case STACKED -> {
                    bar(row, x, y, Math.min(BAR_WIDTH, w));
                    double below = y + BAR_HEIGHT + LINE_GAP;
                    place(row.low(), x, below, Math.min(lw, w), lh);
                    place(row.high(), x, below + lh, Math.min(hw, w), hh);
                }
            }
            y += h + ROW_GAP;
        }
    }

    private void bar(Row row, double x, double y, double width) {
        double lowWidth = snapSizeX(width * row.lowShare());
        place(row.lowPart(), x, y, lowWidth, BAR_HEIGHT);
        place(row.highPart(), x + lowWidth, y, width - lowWidth, BAR_HEIGHT);
    }

    private void place(Node n, double x, double y, double width, double height) {
        n.resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(width), snapSizeY(height));
    }

    private double insetsWidth() {
        return snappedLeftInset() + snappedRightInset();
    }
}
