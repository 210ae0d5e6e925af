package org.sectorscope.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.LineDecoration;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.StrokeStyle;
import org.apache.poi.sl.usermodel.TextShape;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFFreeformShape;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFShapeContainer;
import org.apache.poi.xslf.usermodel.XSLFSimpleShape;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.main.CTGeomGuide;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPresetGeometry2D;
import org.openxmlformats.schemas.presentationml.x2006.main.CTGroupShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.sectorscope.logic.ArrowShape;

/**
 * Draws a figure as native slide shapes (issue 16, point 1): rectangles, ellipses and rounded cards as
 * PowerPoint's own shapes, other outlines as freeforms, every string as a text box in its font, size and
 * colour, lines of one block (a card's name broken onto two lines) as paragraphs of one box, a sector's
 * parts as a group and an arrow as a connector with its head. The figure is drawn in its own units; the
 * transform given maps them to the slide's points, so the slide shows what the PNG export shows.
 */
final class SlideGraphics extends VectorGraphics implements FigureStructure {
    /**
     * Where shapes go, shared by every graphics {@link #create()} makes from the first. Shapes are made on
     * the slide and moved into their group when it ends: POI's own group drawing scans the whole slide for
     * shape ids each time a group gets its first shape, which made a slide of 1,000 sectors take seconds.
     */
    private static final class Target {
        final XSLFShapeContainer slide;
        XSLFGroupShape group;
        final List<XSLFShape> members = new ArrayList<>();
        TextBlock last;

        Target(XSLFShapeContainer slide) {
            this.slide = slide;
        }

        <S extends XSLFShape> S made(S shape) {
            if (group != null) {
                members.add(shape);
            }
            return shape;
        }
    }

    /** A text box being written: further strings on its baseline join its last line, the next line a paragraph. */
    private static final class TextBlock {
        final XSLFTextBox box;
        final AffineTransform transform;
        final Font font;
        final Color color;
        final double left;
        final double top;
        final double lineHeight;
        final double descent;
        double baseline;
        double endX;
        double width;
        XSLFTextParagraph paragraph;

        TextBlock(XSLFTextBox box, AffineTransform transform, Font font, Color color, double left, double top,
                  double lineHeight, double descent) {
            this.box = box;
            this.transform = transform;
            this.font = font;
            this.color = color;
            this.left = left;
            this.top = top;
            this.lineHeight = lineHeight;
            this.descent = descent;
        }
    }

    private final Target target;

    /** Draws onto {@code container} (a slide), mapping figure units to points with {@code figureToSlide}. */
    SlideGraphics(XSLFShapeContainer container, AffineTransform figureToSlide) {
        this.target = new Target(container);
        setTransform(figureToSlide);
    }

    private SlideGraphics(SlideGraphics from) {
        this.target = from.target;
        copyState(from);
    }

    @Override
    public Graphics create() {
        return new SlideGraphics(this);
    }

    private XSLFShapeContainer container() {
        return target.slide;
    }

    private double scale() {
        return Math.sqrt(Math.abs(getTransform().getDeterminant()));
    }

    @Override
    protected void fillShape(Shape shape) {
        Color c = color();
        if (c.getAlpha() == 0) {
            return;
        }
        XSLFSimpleShape s = outline(shape);
        s.setFillColor(c);
        s.setLineColor(null);
    }

    @Override
    protected void strokeShape(Shape shape) {
        XSLFSimpleShape s = outline(shape);
        s.setFillColor(null);
        line(s);
    }

    /** The current stroke on {@code s}: colour, width in points, dashes as the nearest preset, cap. */
    private void line(XSLFSimpleShape s) {
        s.setLineColor(color());
        Stroke stroke = getStroke();
        if (stroke instanceof BasicStroke b) {
            s.setLineWidth(b.getLineWidth() * scale());
            StrokeStyle.LineDash dash = dash(b);
            if (dash != null) {
                s.setLineDash(dash);
            }
            s.setLineCap(switch (b.getEndCap()) {
                case BasicStroke.CAP_ROUND -> StrokeStyle.LineCap.ROUND;
                case BasicStroke.CAP_SQUARE -> StrokeStyle.LineCap.SQUARE;
                default -> StrokeStyle.LineCap.FLAT;
            });
        } else {
            s.setLineWidth(scale());
        }
    }

    /** The preset dash nearest the stroke's first dash and gap, measured in line widths; null for solid. */
    static StrokeStyle.LineDash dash(BasicStroke b) {
        float[] d = b.getDashArray();
        if (d == null || d.length < 2) {
            return null;
        }
        double w = Math.max(0.5, b.getLineWidth());
        double on = d[0] / w;
        double off = d[1] / w;
        StrokeStyle.LineDash best = StrokeStyle.LineDash.DASH;
        double bestDistance = Double.MAX_VALUE;
        // Dash and gap of each preset, in line widths (ECMA-376, 20.1.10.49).
        Object[][] presets = {{StrokeStyle.LineDash.SYS_DOT, 1.0, 1.0}, {StrokeStyle.LineDash.SYS_DASH, 3.0, 1.0},
            {StrokeStyle.LineDash.DASH, 4.0, 3.0}, {StrokeStyle.LineDash.LG_DASH, 8.0, 3.0}};
        for (Object[] p : presets) {
            double distance = Math.hypot(on - (double) p[1], off - (double) p[2]);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = (StrokeStyle.LineDash) p[0];
            }
        }
        return best;
    }

    /** A new shape for {@code shape} on the slide: a preset where one fits exactly, else a freeform. */
    private XSLFSimpleShape outline(Shape shape) {
        target.last = null;
        AffineTransform t = getTransform();
        if (isAxisAligned(t) && (shape instanceof Rectangle2D || shape instanceof Ellipse2D
                || shape instanceof RoundRectangle2D)) {
            Rectangle2D bounds = t.createTransformedShape(shape.getBounds2D()).getBounds2D();
            XSLFAutoShape s = target.made(container().createAutoShape());
            if (shape instanceof Ellipse2D) {
                s.setShapeType(ShapeType.ELLIPSE);
            } else if (shape instanceof RoundRectangle2D r) {
                s.setShapeType(ShapeType.ROUND_RECT);
                cornerRadius(s, Math.min(r.getArcWidth(), r.getArcHeight()) / 2 / Math.max(1e-9,
                        Math.min(r.getWidth(), r.getHeight())));
            } else {
                s.setShapeType(ShapeType.RECT);
            }
            s.setAnchor(bounds);
            return s;
        }
        XSLFFreeformShape f = target.made(container().createFreeform());
        f.setPath(new Path2D.Double(shape, t));
        return f;
    }

    /** A rounded rectangle's corner: its radius over the shorter side, as the preset's "adj" guide wants it. */
    private static void cornerRadius(XSLFAutoShape s, double ratio) {
        if (s.getXmlObject() instanceof CTShape ct && ct.getSpPr().isSetPrstGeom()) {
            CTPresetGeometry2D geom = ct.getSpPr().getPrstGeom();
            if (!geom.isSetAvLst()) {
                geom.addNewAvLst();
            }
            CTGeomGuide adj = geom.getAvLst().addNewGd();
            adj.setName("adj");
            adj.setFmla("val " + Math.round(Math.min(0.5, ratio) * 100_000));
        }
    }

    @Override
    protected void text(String text, double x, double y) {
        AffineTransform t = getTransform();
        Font font = getFont();
        Color color = color();
        LineMetrics m = font.getLineMetrics(text, ExportFonts.FRC);
        double width = font.getStringBounds(text, ExportFonts.FRC).getWidth();
        double lineHeight = m.getAscent() + m.getDescent() + m.getLeading();
        TextBlock last = target.last;
        if (last != null && last.transform.equals(t)) {
            if (Math.abs(y - last.baseline) < 0.01 && Math.abs(x - last.endX) < 0.5) {
                run(last, text, font, color);
                last.endX = x + width;
                last.width = Math.max(last.width, last.endX - last.left);
                place(last);
                return;
            }
            if (Math.abs(x - last.left) < 0.5 && font.equals(last.font) && color.equals(last.color)
                    && Math.abs(y - (last.baseline + last.lineHeight)) < 0.5) {
                last.paragraph = last.box.addNewTextParagraph();
                run(last, text, font, color);
                last.baseline = y;
                last.endX = x + width;
                last.width = Math.max(last.width, width);
                place(last);
                return;
            }
        }
        XSLFTextBox box = target.made(container().createTextBox());
        box.setWordWrap(false);
        box.setTextAutofit(TextShape.TextAutofit.NONE);
        box.setInsets(new Insets2D(0, 0, 0, 0));
        box.setVerticalAlignment(VerticalAlignment.TOP);
        TextBlock block = new TextBlock(box, t, font, color, x, y - m.getAscent(), lineHeight, m.getDescent());
        box.clearText(); // a new box holds one empty run in the template's font; ours start clean
        block.paragraph = box.addNewTextParagraph();
        run(block, text, font, color);
        block.baseline = y;
        block.endX = x + width;
        block.width = width;
        place(block);
        target.last = block;
    }

    private void run(TextBlock block, String text, Font font, Color color) {
        XSLFTextRun run = block.paragraph.addNewTextRun();
        run.setText(Typesetter.safe(text));
        run.setFontFamily(font.getFamily());
        run.setFontSize(Math.max(1, Math.round(font.getSize2D() * scale() * 100) / 100.0));
        run.setBold(font.isBold());
        run.setFontColor(color);
    }

    /**
     * The block's box in slide points: its user-space box mapped by its transform; a turned box (the
     * upright axis title) is placed unturned about the same centre and given the turn as its rotation.
     */
    private void place(TextBlock block) {
        double scale = Math.sqrt(Math.abs(block.transform.getDeterminant()));
        // A little room on the right: the reader's widths differ from ours by rounding.
        double w = block.width * 1.02 + 1;
        double h = block.baseline + block.descent - block.top;
        Rectangle2D user = new Rectangle2D.Double(block.left, block.top, w, h);
        if (isAxisAligned(block.transform)) {
            block.box.setAnchor(block.transform.createTransformedShape(user).getBounds2D());
            return;
        }
        Point2D centre = block.transform.transform(new Point2D.Double(user.getCenterX(), user.getCenterY()), null);
        double sw = w * scale;
        double sh = h * scale;
        block.box.setAnchor(new Rectangle2D.Double(centre.getX() - sw / 2, centre.getY() - sh / 2, sw, sh));
        double degrees = Math.toDegrees(Math.atan2(block.transform.getShearY(), block.transform.getScaleX()));
        block.box.setRotation((degrees % 360 + 360) % 360);
    }

    @Override
    public void beginGroup(String name) {
        if (target.group != null) {
            throw new IllegalStateException("groups do not nest on a slide");
        }
        target.last = null;
        XSLFGroupShape group = container().createGroup();
        if (group.getXmlObject() instanceof CTGroupShape ct) {
            ct.getNvGrpSpPr().getCNvPr().setName(Typesetter.safe(name));
        }
        target.group = group;
        target.members.clear();
    }

    /**
     * Moves the shapes made since {@link #beginGroup} into the group, in order, and sizes the group to them
     * (child and group coordinates the same). The moved shapes' POI objects are not used again.
     */
    @Override
    public void endGroup() {
        target.last = null;
        XSLFGroupShape group = target.group;
        if (group == null) {
            throw new IllegalStateException("endGroup without beginGroup");
        }
        target.group = null;
        if (target.members.isEmpty()) {
            container().removeShape(group);
            return;
        }
        Rectangle2D bounds = null;
        for (XSLFShape child : target.members) {
            Rectangle2D a = child.getAnchor();
            bounds = bounds == null ? a.getBounds2D() : bounds.createUnion(a);
        }
        group.setAnchor(bounds);
        group.setInteriorAnchor(bounds);
        for (XSLFShape child : target.members) {
            try (XmlCursor from = child.getXmlObject().newCursor(); XmlCursor to = group.getXmlObject().newCursor()) {
                to.toEndToken();
                from.moveXml(to);
            }
        }
        target.members.clear();
    }

    @Override
    public void arrow(ArrowShape arrow) {
        target.last = null;
        double[] head = arrow.head();
        Point2D from = getTransform().transform(new Point2D.Double(arrow.x0(), arrow.y0()), null);
        Point2D tip = getTransform().transform(new Point2D.Double(head[0], head[1]), null);
        XSLFConnectorShape c = target.made(container().createConnector());
        c.setAnchor(new Rectangle2D.Double(Math.min(from.getX(), tip.getX()), Math.min(from.getY(), tip.getY()),
                Math.abs(tip.getX() - from.getX()), Math.abs(tip.getY() - from.getY())));
        c.setFlipHorizontal(tip.getX() < from.getX());
        c.setFlipVertical(tip.getY() < from.getY());
        line(c);
        c.setLineCap(StrokeStyle.LineCap.FLAT);
        // The head's length in line widths, to PowerPoint's sizes (about 2, 3 and 5 widths).
        double width = getStroke() instanceof BasicStroke b ? b.getLineWidth() : 1;
        double lengths = ArrowShape.HEAD * 1.6 / Math.max(0.5, width);
        LineDecoration.DecorationSize size = lengths >= 4.5 ? LineDecoration.DecorationSize.LARGE
                : lengths >= 2.5 ? LineDecoration.DecorationSize.MEDIUM : LineDecoration.DecorationSize.SMALL;
        c.setLineTailDecoration(LineDecoration.DecorationShape.TRIANGLE);
        c.setLineTailLength(size);
        c.setLineTailWidth(size);
    }
}
