package org.sectorscope.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Set;
import java.util.function.DoubleConsumer;
import org.sectorscope.logic.PlacementConfidence;
import org.sectorscope.logic.plot.Box;
import org.sectorscope.logic.plot.DriverShape;
import org.sectorscope.logic.plot.PlacedSector;
import org.sectorscope.logic.plot.PlotLayout;
import org.sectorscope.logic.plot.PlotPalette;
import org.sectorscope.logic.plot.PlotStyle;
import org.sectorscope.logic.plot.SectorMark;
import org.sectorscope.logic.plot.TextStyle;

/**
 * Paints a laid-out plot's sectors as the canvas shows them: leader lines, then each marker at its
 * sector's exact position (filled when the report placed it, hollow when the analyst did, ringed on a
 * line), then the labels (a solid border for the report's placements, a dashed one for the analyst's),
 * then the quadrant names.
 */
final class PlotPainter {
    static final Stroke ANALYST_BORDER = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {4f, 3f}, 0f);
    private static final Stroke LEADER = new BasicStroke(1f);
    private static final Color HALO_COLOR = Palette.rgb(PlotPalette.MARKER_HALO);
    private static final Color INK = Palette.rgb(PlotPalette.INK);

    private PlotPainter() {
    }

    static void paintSectors(Graphics2D g, PlotLayout layout, Set<String> targets, DoubleConsumer progress) {
        if (g instanceof FigureStructure structure) {
            paintGrouped(g, structure, layout, targets, progress);
            return;
        }
        g.setColor(Palette.rgb(PlotPalette.LEADER));
        g.setStroke(LEADER);
        for (PlacedSector s : layout.sectors()) {
            PlacedSector.Segment l = s.leader();
            if (l != null) {
                g.draw(new Line2D.Double(l.x0(), l.y0(), l.x1(), l.y1()));
            }
        }
        int i = 0;
        int n = layout.sectors().size();
        for (PlacedSector s : layout.sectors()) {
            SectorMark m = s.mark();
            marker(g, m.shape(), m.rgb(), m.byReport(), s.location().onLine(), s.markerX(), s.markerY(), m.size());
            if (++i % 200 == 0) {
                progress.accept(0.5 * i / n);
            }
        }
        i = 0;
        for (PlacedSector s : layout.sectors()) {
            if (s.labelled()) {
                label(g, s, targets.contains(s.id()));
            }
            if (++i % 200 == 0) {
                progress.accept(0.5 + 0.5 * i / n);
            }
        }
    }

    /**
     * Each sector's leader, marker and card as one group, so a slide's reader moves a sector as a whole.
     * Labels never overlap markers, so drawing sector by sector rather than all markers first looks the same.
     */
    private static void paintGrouped(Graphics2D g, FigureStructure structure, PlotLayout layout, Set<String> targets,
                                     DoubleConsumer progress) {
        int i = 0;
        int n = layout.sectors().size();
        for (PlacedSector s : layout.sectors()) {
            structure.beginGroup("Sector: " + s.mark().name());
            PlacedSector.Segment l = s.leader();
            if (l != null) {
                g.setColor(Palette.rgb(PlotPalette.LEADER));
                g.setStroke(LEADER);
                g.draw(new Line2D.Double(l.x0(), l.y0(), l.x1(), l.y1()));
            }
            SectorMark m = s.mark();
            marker(g, m.shape(), m.rgb(), m.byReport(), s.location().onLine(), s.markerX(), s.markerY(), m.size());
            if (s.labelled()) {
                label(g, s, targets.contains(s.id()));
            }
            structure.endGroup();
            if (++i % 100 == 0) {
                progress.accept((double) i / n);
            }
        }
    }

    static void paintNames(Graphics2D g, PlotLayout layout) {
        for (PlotLayout.QuadrantName n : layout.names()) {
            TextPainter.left(g, n.text(), FigureText.font(TextStyle.QUADRANT_NAME), Palette.rgb(PlotPalette.QUADRANT_NAME),
                    n.box().x(), n.box().y() + FigureText.METRICS.ascent(TextStyle.QUADRANT_NAME));
        }
    }

    /**
     * A driver marker of colour {@code rgb} centred on (cx, cy): filled for the report's placements, hollow
     * for the analyst's, ringed on a line, on a white halo. Fills only (a hollow shape is its colour with a
     * white inside): a thousand antialiased strokes cost several times as many fills.
     */
    static void marker(Graphics2D g, DriverShape shape, int rgb, boolean byReport, boolean onLine, double cx,
                       double cy, double size) {
        if (onLine) {
            double r = (size + PlotStyle.RING_MARGIN) / 2;
            g.setColor(INK);
            g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
            r -= PlotStyle.RING_WIDTH;
            g.setColor(HALO_COLOR);
            g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        } else {
            g.setColor(HALO_COLOR);
            g.fill(shape(shape, cx, cy, size + PlotStyle.HALO));
        }
        g.setColor(Palette.rgb(rgb));
        g.fill(shape(shape, cx, cy, size));
        if (!byReport) {
            g.setColor(HALO_COLOR);
            g.fill(shape(shape, cx, cy, size - 2 * PlotStyle.HOLLOW_WIDTH));
        }
    }

    private static void label(Graphics2D g, PlacedSector s, boolean target) {
        Box b = s.label();
        g.setColor(Palette.CARD_SHADOW);
        g.fill(new RoundRectangle2D.Double(b.x(), b.y() + 1, b.w(), b.h(), PlotStyle.CORNER, PlotStyle.CORNER));
        RoundRectangle2D.Double card = new RoundRectangle2D.Double(b.x() + 0.5, b.y() + 0.5, b.w() - 1, b.h() - 1,
                PlotStyle.CORNER, PlotStyle.CORNER);
        g.setColor(Palette.CARD_FILL);
        g.fill(card);
        g.setStroke(target ? Palette.TARGET_CARD_STROKE : s.mark().byReport() ? Palette.HAIRLINE : ANALYST_BORDER);
        g.setColor(target ? Palette.OPTION : Palette.CARD_BORDER);
        g.draw(card);

        TextStyle nameStyle = s.compact() ? TextStyle.CARD_NAME_COMPACT : TextStyle.CARD_NAME;
        double padX = s.compact() ? PlotStyle.COMPACT_PAD_X : PlotStyle.PAD_X;
        double padY = s.compact() ? PlotStyle.COMPACT_PAD_Y : PlotStyle.PAD_Y;
        double lineH = FigureText.METRICS.lineHeight(nameStyle);
        double ascent = FigureText.METRICS.ascent(nameStyle);
        double y = b.y() + padY;
        for (String line : s.nameLines()) {
            TextPainter.left(g, line, FigureText.font(nameStyle), Palette.INK, b.x() + padX, y + ascent);
            y += lineH;
        }
        SectorMark m = s.mark();
        if (s.compact()) {
            if (m.warning()) {
                TextPainter.right(g, SectorMark.WARNING_MARK, FigureText.font(nameStyle), Palette.WARNING,
                        b.right() - padX, b.y() + padY + ascent);
            }
            return;
        }
        String meta = m.meter() == null ? "" : m.warning() ? m.meter() + " " + SectorMark.WARNING_MARK : m.meter();
        if (s.driverText().isEmpty() && meta.isEmpty()) {
            return;
        }
        double baseline = y + 1 + FigureText.METRICS.ascent(TextStyle.CARD_META);
        TextPainter.left(g, s.driverText(), FigureText.font(TextStyle.CARD_META), Palette.MUTED, b.x() + padX, baseline);
        Color meterColor = m.warning() ? Palette.WARNING
                : m.confidence() == PlacementConfidence.Level.NONE ? Palette.CONFIDENCE_NONE : Palette.CONFIDENCE;
        TextPainter.right(g, meta, FigureText.font(TextStyle.CARD_META), meterColor, b.right() - padX, baseline);
    }

    /** The driver's shape of {@code size} at (cx, cy); a circle as a true ellipse, which vector formats keep as one. */
    static Shape shape(DriverShape shape, double cx, double cy, double size) {
        return shape == DriverShape.CIRCLE ? new Ellipse2D.Double(cx - size / 2, cy - size / 2, size, size)
                : polygon(shape.outline(cx, cy, size));
    }

    static Path2D.Double polygon(double[] pts) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(pts[0], pts[1]);
        for (int i = 2; i < pts.length; i += 2) {
            p.lineTo(pts[i], pts[i + 1]);
        }
        p.closePath();
        return p;
    }
}
