package org.sectorscope.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.sectorscope.logic.ArrowShape;
import org.sectorscope.logic.plot.DriverShape;
import org.sectorscope.logic.plot.MarkerKey;
import org.sectorscope.logic.plot.PlotPalette;
import org.sectorscope.logic.plot.PlotStyle;

/**
 * The key under the plot: symbols with their meaning, flowing left to right and wrapping; a row is as
 * tall as its tallest symbol (a large sized marker), at least a line.
 */
final class Legend {
    static final Font LABEL = ExportFonts.regular(11);
    private static final double SYMBOL_GAP = 5;
    private static final double ENTRY_GAP = 18;
    private static final double ROW_GAP = 4;

    /** A symbol drawn left of a label, vertically centred on the label's line. */
    interface Symbol {
        double width();

        /** How tall it is drawn; a row grows to hold it. */
        default double height() {
            return 0;
        }

        void paint(Graphics2D g, double x, double centreY);
    }

    /** {@code newRow}: starts a row of its own (a key's title), as if the row before were full. */
    record Entry(Symbol symbol, String label, boolean newRow) {
        Entry(Symbol symbol, String label) {
            this(symbol, label, false);
        }
    }

    /** {@code label}: the entry's, cleaned and cut with an ellipsis where wider than the legend. */
    private record Placed(Entry entry, String label, double x, int row) {
    }

    private final List<Placed> placed = new ArrayList<>();
    /** Each row's height, and its top below the legend's. */
    private final List<Double> rowHeights = new ArrayList<>();
    private final List<Double> rowTops = new ArrayList<>();

    Legend(List<Entry> entries, double maxWidth) {
        double lineH = Typesetter.lineHeight(LABEL);
        double x = 0;
        int row = 0;
        for (Entry e : entries) {
            double room = Math.max(1, maxWidth - e.symbol().width() - SYMBOL_GAP);
            String label = Typesetter.ellipsize(Typesetter.clean(e.label()), LABEL, room);
            double w = e.symbol().width() + SYMBOL_GAP + Typesetter.width(label, LABEL);
            if (x > 0 && (x + w > maxWidth || e.newRow())) {
                row++;
                x = 0;
            }
            if (rowHeights.size() == row) {
                rowHeights.add(lineH);
            }
            rowHeights.set(row, Math.max(rowHeights.get(row), e.symbol().height()));
            placed.add(new Placed(e, label, x, row));
            x += w + ENTRY_GAP;
        }
        double top = 0;
        for (double h : rowHeights) {
            rowTops.add(top);
            top += h + ROW_GAP;
        }
    }

    double height() {
        if (rowHeights.isEmpty()) {
            return 0;
        }
        return Math.ceil(rowTops.get(rowTops.size() - 1) + rowHeights.get(rowHeights.size() - 1));
    }

    void paint(Graphics2D g, double left, double top) {
        for (Placed p : placed) {
            double centreY = top + rowTops.get(p.row()) + rowHeights.get(p.row()) / 2;
            double x = left + p.x();
            p.entry().symbol().paint(g, x, centreY);
            x += p.entry().symbol().width() + SYMBOL_GAP;
            TextPainter.left(g, p.label(), LABEL, Palette.MUTED, x, TextPainter.baselineCentredOn(LABEL, centreY));
        }
    }

    /**
     * A key entry's symbol: its marker (shape, colour and size as on the plot), or without a shape a
     * colour's swatch (a rounded square) or a size's disc, neither of which is a driver's shape.
     */
    static Symbol key(MarkerKey.Entry e, boolean sizeOnly) {
        double extent = Math.max(12, e.size() + PlotStyle.HALO);
        return new Symbol() {
            public double width() {
                return extent;
            }

            public double height() {
                return extent;
            }

            public void paint(Graphics2D g, double x, double cy) {
                double cx = x + extent / 2;
                if (e.shape() != null) {
                    PlotPainter.marker(g, e.shape(), e.rgb(), true, false, cx, cy, e.size());
                } else if (sizeOnly) {
                    g.setColor(Palette.rgb(e.rgb()));
                    g.fill(new Ellipse2D.Double(cx - e.size() / 2, cy - e.size() / 2, e.size(), e.size()));
                } else {
                    g.setColor(Palette.rgb(e.rgb()));
                    g.fill(new RoundRectangle2D.Double(cx - 5, cy - 5, 10, 10, 3, 3));
                }
            }
        };
    }

    /** A small label with its marker: solid and filled for the report's placements, dashed and hollow for the analyst's. */
    static Symbol basis(boolean byReport) {
        return new Symbol() {
            public double width() {
                return 34;
            }

            public void paint(Graphics2D g, double x, double cy) {
                PlotPainter.marker(g, DriverShape.DIAMOND, PlotPalette.OTHER_DRIVER, byReport, false, x + 6, cy,
                        PlotStyle.MARKER);
                RoundRectangle2D.Double card = new RoundRectangle2D.Double(x + 14.5, cy - 6.5,
                        19, 13, 6, 6);
                g.setColor(Palette.CARD_FILL);
                g.fill(card);
                g.setColor(Palette.CARD_BORDER);
                g.setStroke(byReport ? Palette.HAIRLINE : PlotPainter.ANALYST_BORDER);
                g.draw(card);
            }
        };
    }

    /** The ring of a marker on a dividing line. */
    static Symbol ring() {
        return new Symbol() {
            public double width() {
                return PlotStyle.LINE_RING + 2;
            }

            public void paint(Graphics2D g, double x, double cy) {
                PlotPainter.marker(g, DriverShape.DIAMOND, PlotPalette.OTHER_DRIVER, false, true,
                        x + 1 + PlotStyle.LINE_RING / 2, cy, PlotStyle.MARKER);
            }
        };
    }

    static Symbol text(String text, Font font, Color color) {
        return new Symbol() {
            public double width() {
                return Typesetter.width(text, font);
            }

            public void paint(Graphics2D g, double x, double cy) {
                TextPainter.left(g, text, font, color, x, TextPainter.baselineCentredOn(font, cy));
            }
        };
    }

    static Symbol arrow() {
        return new Symbol() {
            public double width() {
                return 26;
            }

            public void paint(Graphics2D g, double x, double cy) {
                g.setColor(Palette.OPTION);
                g.setStroke(Palette.ARROW_STROKE);
                OptionMarksPainter.draw(g, ArrowShape.between(x, cy, x + 26, cy));
            }
        };
    }

    static Symbol dashedBox() {
        return new Symbol() {
            public double width() {
                return 22;
            }

            public void paint(Graphics2D g, double x, double cy) {
                g.setColor(Palette.OPTION);
                g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_MITER, 10f, new float[] {5f, 3f}, 0f));
                g.draw(new Rectangle2D.Double(x + 1, cy - 6, 20, 12));
            }
        };
    }
}
