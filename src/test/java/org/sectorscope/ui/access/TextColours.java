package org.sectorscope.ui.access;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.sectorscope.logic.TextContrast;

/**
 * The contrast of each text shown: its fill (with the opacity of the nodes it is in) against the first
 * opaque background fill behind it, found by walking up its parents' backgrounds and laying translucent
 * fills over it. A linear gradient counts as its colour at the text's centre, a radial one as the mean of
 * its stops. Disabled controls are left out (WCAG exempts
 * inactive components), as is text under a fully transparent node, which is not seen.
 */
final class TextColours {
    /** One text as it is seen: what it says, where, its size and weight, and the colours measured. */
    record Measure(String text, String node, double sizePx, boolean bold, String fill, String background, double ratio) {
        double requiredAa() {
            return TextContrast.requiredAa(sizePx, bold);
        }

        double requiredAaa() {
            return TextContrast.requiredAaa(sizePx, bold);
        }

        @Override
        public String toString() {
            return String.format("%s \"%s\": %s on %s = %.2f:1 (%s%.1fpx)", node, abbreviate(text), fill, background,
                    ratio, bold ? "bold " : "", sizePx);
        }
    }

    private TextColours() {
    }

    /** Every text shown under {@code root}, measured. */
    static List<Measure> measure(Parent root) {
        List<Measure> out = new ArrayList<>();
        for (Node n : SceneAudit.shownNodes(root)) {
            if (n instanceof Text t && t.getText() != null && !t.getText().isBlank() && !inactive(t)
                    && t.getFill() instanceof Color fill && fill.getOpacity() * opacity(t) > 0.01
                    && t.getBoundsInLocal().getWidth() > 0) { // a transparent text (a focused field's prompt) is not seen
                double[] bg = backgroundBehind(t);
                double alpha = fill.getOpacity() * opacity(t);
                double[] fg = TextContrast.over(rgb(fill), alpha, bg);
                boolean bold = t.getFont().getStyle().toLowerCase().contains("bold")
                        || FontWeight.findByName(t.getFont().getStyle()) == FontWeight.BOLD;
                out.add(new Measure(t.getText(), SceneAudit.describe(owner(t)), t.getFont().getSize(), bold, hex(fg),
                        hex(bg), TextContrast.ratio(fg, bg)));
            }
        }
        return out;
    }

    /** The control a skin's text belongs to, for naming it in a report. */
    private static Node owner(Text t) {
        for (Node n = t; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.Control || n.getId() != null) {
                return n;
            }
        }
        return t;
    }

    private static boolean inactive(Node n) {
        return n.isDisabled();
    }

    private static double opacity(Node n) {
        double o = 1;
        for (Node p = n; p != null; p = p.getParent()) {
            o *= p.getOpacity();
        }
        return o;
    }

    /** The colour behind the text's centre: background fills of its parents, top down, to the first opaque one. */
    static double[] backgroundBehind(Text t) {
        Bounds b = t.localToScene(t.getBoundsInLocal());
        Point2D centre = new Point2D(b.getCenterX(), b.getCenterY());
        List<double[]> layers = new ArrayList<>(); // {r, g, b, alpha}, topmost first
        Node onPath = t;
        for (Parent p = t.getParent(); p != null; onPath = p, p = p.getParent()) {
            // The canvas draws its quadrant fills as rectangles beneath the quadrant names, not as backgrounds.
            Color under = rectangleBeneath(p, onPath, centre);
            if (under != null) {
                layers.add(new double[] {under.getRed(), under.getGreen(), under.getBlue(), under.getOpacity()});
                if (under.getOpacity() >= 0.999) {
                    return flatten(layers);
                }
            }
            if (p instanceof Region port && port.getStyleClass().contains("viewport")) {
                // Text scrolled out of a scroll pane's view shows, once scrolled to, inside the viewport:
                // what lies behind it from here up is what lies behind the viewport's nearest point.
                Bounds v = port.localToScene(port.getLayoutBounds());
                centre = new Point2D(Math.min(Math.max(centre.getX(), v.getMinX() + 1), v.getMaxX() - 1),
                        Math.min(Math.max(centre.getY(), v.getMinY() + 1), v.getMaxY() - 1));
            }
            if (!(p instanceof Region r) || r.getBackground() == null) {
                continue;
            }
            Point2D local = r.sceneToLocal(centre);
            List<BackgroundFill> fills = r.getBackground().getFills();
            for (int i = fills.size() - 1; i >= 0; i--) {
                BackgroundFill f = fills.get(i);
                if (!covers(r, f, local)) {
                    continue;
                }
                Color c = colourAt(f.getFill(), r, local);
                if (c == null || c.getOpacity() == 0) {
                    continue;
                }
                layers.add(new double[] {c.getRed(), c.getGreen(), c.getBlue(), c.getOpacity() * opacity(r)});
                if (c.getOpacity() * opacity(r) >= 0.999) {
                    return flatten(layers);
                }
            }
        }
        Paint sceneFill = t.getScene() == null ? null : t.getScene().getFill();
        Color base = sceneFill instanceof Color c ? c : Color.WHITE;
        layers.add(new double[] {base.getRed(), base.getGreen(), base.getBlue(), 1});
        return flatten(layers);
    }

    /** The fill of the topmost quadrant cell under {@code centre} among the children of {@code p} drawn before {@code child}. */
    private static Color rectangleBeneath(Parent p, Node child, Point2D centre) {
        List<Node> kids = p.getChildrenUnmodifiable();
        for (int i = kids.indexOf(child) - 1; i >= 0; i--) {
            Color c = rectangleIn(kids.get(i), centre, 3);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private static Color rectangleIn(Node n, Point2D centre, int depth) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return null;
        }
        if (n instanceof javafx.scene.shape.Rectangle r && r.getStyleClass().contains("quadrant-cell")
                && r.getFill() instanceof Color c && c.getOpacity() > 0
                && r.localToScene(r.getBoundsInLocal()).contains(centre)) {
            return c;
        }
        if (depth > 0 && n instanceof Parent parent) {
            List<Node> kids = parent.getChildrenUnmodifiable();
            for (int i = kids.size() - 1; i >= 0; i--) {
                Color c = rectangleIn(kids.get(i), centre, depth - 1);
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    private static boolean covers(Region r, BackgroundFill f, Point2D p) {
        double left = f.getInsets().getLeft();
        double top = f.getInsets().getTop();
        return p.getX() >= left && p.getY() >= top && p.getX() <= r.getWidth() - f.getInsets().getRight()
                && p.getY() <= r.getHeight() - f.getInsets().getBottom();
    }

    private static double[] flatten(List<double[]> topFirst) {
        double[] colour = null;
        for (int i = topFirst.size() - 1; i >= 0; i--) {
            double[] l = topFirst.get(i);
            double[] c = {l[0], l[1], l[2]};
            colour = colour == null ? c : TextContrast.over(c, l[3], colour);
        }
        return colour;
    }

    private static Color colourAt(Paint paint, Region r, Point2D p) {
        if (paint instanceof Color c) {
            return c;
        }
        if (paint instanceof LinearGradient g && !g.getStops().isEmpty()) {
            double w = g.isProportional() ? r.getWidth() : 1;
            double h = g.isProportional() ? r.getHeight() : 1;
            double dx = (g.getEndX() - g.getStartX()) * w;
            double dy = (g.getEndY() - g.getStartY()) * h;
            double len = dx * dx + dy * dy;
            double t = len == 0 ? 0 : ((p.getX() - g.getStartX() * w) * dx + (p.getY() - g.getStartY() * h) * dy) / len;
            return along(g.getStops(), Math.max(0, Math.min(1, t)));
        }
        List<Stop> stops = paint instanceof RadialGradient g ? g.getStops() : List.of();
        if (stops.isEmpty()) {
            return null;
        }
        double red = 0;
        double g = 0;
        double b = 0;
        double a = 0;
        for (Stop s : stops) {
            red += s.getColor().getRed();
            g += s.getColor().getGreen();
            b += s.getColor().getBlue();
            a += s.getColor().getOpacity();
        }
        int n = stops.size();
        return new Color(red / n, g / n, b / n, a / n);
    }

    private static Color along(List<Stop> stops, double t) {
        Stop before = stops.get(0);
        for (Stop s : stops) {
            if (s.getOffset() >= t) {
                double span = s.getOffset() - before.getOffset();
                return span <= 0 ? s.getColor() : before.getColor().interpolate(s.getColor(), (t - before.getOffset()) / span);
            }
            before = s;
        }
        return before.getColor();
    }

    private static double[] rgb(Color c) {
        return new double[] {c.getRed(), c.getGreen(), c.getBlue()};
    }

    static String hex(double[] c) {
        return String.format("#%02x%02x%02x", Math.round(c[0] * 255), Math.round(c[1] * 255), Math.round(c[2] * 255));
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 40 ? one : one.substring(0, 37) + "...";
    }
}
