package org.sectorscope.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A grid of text cells with fixed column widths and rows as tall as their tallest cell; the options
 * matrix and the side-by-side comparison are both drawn as one. Text wraps between words to the column.
 */
final class MatrixTable {
    static final double PAD_X = 8;
    static final double PAD_Y = 6;
    static final double PARA_GAP = 2;

    /** A paragraph of a cell, wrapped to the column; {@code maxLines} cuts it with an ellipsis. */
    record Para(String text, Font font, Color color, int maxLines) {
    }

    enum Align { LEFT, CENTRE }

    /** {@code fill} null leaves the cell white. Centred cells are centred both ways. */
    record Cell(List<Para> paras, Align align, Color fill) {
        Cell {
            paras = List.copyOf(paras);
        }

        static Cell of(Align align, Color fill, Para... paras) {
            return new Cell(List.of(paras), align, fill);
        }
    }

    private record Laid(Para para, List<String> lines) {
    }

    private final double[] widths;
    private final List<List<Cell>> rows;
    private final List<List<List<Laid>>> laid = new ArrayList<>();
    private final double[] heights;
    /** Each row's top and each column's left, relative to the table's: found once, not summed for every cell. */
    private final double[] tops;
    private final double[] lefts;
    private final int headerRows;

    MatrixTable(double[] widths, List<List<Cell>> rows, int headerRows) {
        this.widths = widths.clone();
        this.rows = List.copyOf(rows);
        this.headerRows = headerRows;
        this.heights = new double[rows.size()];
        this.tops = new double[rows.size() + 1];
        this.lefts = new double[widths.length + 1];
        for (int c = 0; c < widths.length; c++) {
            lefts[c + 1] = lefts[c] + widths[c];
        }
        for (int r = 0; r < rows.size(); r++) {
            List<List<Laid>> row = new ArrayList<>();
            double h = 0;
            for (int c = 0; c < widths.length; c++) {
                List<Laid> cell = new ArrayList<>();
                for (Para p : rows.get(r).get(c).paras()) {
                    cell.add(new Laid(p, Typesetter.wrap(p.text(), p.font(), widths[c] - 2 * PAD_X, p.maxLines())));
                }
                row.add(cell);
                h = Math.max(h, contentHeight(cell));
            }
            laid.add(row);
            heights[r] = Math.ceil(h + 2 * PAD_Y);
            tops[r + 1] = tops[r] + heights[r];
        }
    }

    private static double contentHeight(List<Laid> cell) {
        double h = 0;
        for (Laid l : cell) {
            if (l.lines().isEmpty()) {
                continue;
            }
            h += (h > 0 ? PARA_GAP : 0) + l.lines().size() * Typesetter.lineHeight(l.para().font());
        }
        return h;
    }

    double width() {
        double w = 0;
        for (double c : widths) {
            w += c;
        }
        return w;
    }

    double height() {
        return tops[rows.size()];
    }

    int rowCount() {
        return rows.size();
    }

    int headerRows() {
        return headerRows;
    }

    double rowHeight(int row) {
        return heights[row];
    }

    /** The height of the header rows plus the body rows {@code from} (inclusive) to {@code to} (exclusive). */
    double height(int from, int to) {
        return tops[headerRows] + tops[to] - tops[from];
    }

    double columnWidth(int column) {
        return widths[column];
    }

    int columnCount() {
        return widths.length;
    }

    Cell content(int row, int column) {
        return rows.get(row).get(column);
    }

    /** The lines paragraph {@code para} of a cell was broken into (none for an empty one). */
    List<String> lines(int row, int column, int para) {
        return laid.get(row).get(column).get(para).lines();
    }

    /** A cell's rectangle, relative to the table's top-left corner. */
    Rectangle2D cell(int row, int column) {
        return new Rectangle2D.Double(lefts[column], tops[row], widths[column], heights[row]);
    }

    void paint(Graphics2D g, double left, double top) {
        paint(g, left, top, headerRows, rows.size());
    }

    /**
     * The header rows and then the body rows {@code from} (inclusive) to {@code to} (exclusive), as one
     * table with its top-left corner at ({@code left}, {@code top}): a page of a table split across pages.
     */
    void paint(Graphics2D g, double left, double top, int from, int to) {
        List<Integer> shown = new ArrayList<>();
        for (int r = 0; r < headerRows; r++) {
            shown.add(r);
        }
        for (int r = Math.max(from, headerRows); r < to; r++) {
            shown.add(r);
        }
        double dy = 0; // summed from the table's top as tops[] is, so the whole table lands where it always did
        for (int r : shown) {
            for (int c = 0; c < widths.length; c++) {
                Rectangle2D b = cell(r, c);
                Rectangle2D at = new Rectangle2D.Double(left + b.getX(), top + dy, b.getWidth(), b.getHeight());
                Cell cell = rows.get(r).get(c);
                if (cell.fill() != null) {
                    g.setColor(cell.fill());
                    g.fill(at);
                }
                paintText(g, laid.get(r).get(c), cell.align(), at);
            }
            dy += heights[r];
        }
        paintGrid(g, left, top, shown);
    }

    private static void paintText(Graphics2D g, List<Laid> cell, Align align, Rectangle2D at) {
        double y = align == Align.CENTRE ? at.getCenterY() - contentHeight(cell) / 2 : at.getY() + PAD_Y;
        boolean first = true;
        for (Laid l : cell) {
            if (l.lines().isEmpty()) {
                continue;
            }
            y += first ? 0 : PARA_GAP;
            first = false;
            Font f = l.para().font();
            for (String line : l.lines()) {
                double baseline = y + Typesetter.ascent(f);
                if (align == Align.CENTRE) {
                    TextPainter.centre(g, line, f, l.para().color(), at.getCenterX(), baseline);
                } else {
                    TextPainter.left(g, line, f, l.para().color(), at.getX() + PAD_X, baseline);
                }
                y += Typesetter.lineHeight(f);
            }
        }
    }

    private void paintGrid(Graphics2D g, double left, double top, List<Integer> shown) {
        double w = width();
        double h = 0;
        for (int r : shown) {
            h += heights[r];
        }
        g.setStroke(Palette.HAIRLINE);
        g.setColor(Palette.GRID);
        double y = top;
        for (int i = 0; i < shown.size() - 1; i++) {
            int r = shown.get(i);
            y += heights[r];
            g.setColor(r == headerRows - 1 ? Palette.LINE : Palette.GRID);
            g.draw(new Line2D.Double(left, y, left + w, y));
        }
        g.setColor(Palette.GRID);
        double x = left;
        for (int c = 0; c < widths.length - 1; c++) {
            x += widths[c];
            g.draw(new Line2D.Double(x, top, x, top + h));
        }
        g.setColor(Palette.LINE);
        g.draw(new Rectangle2D.Double(left, top, w, h));
    }
}
