package org.sectorscope.logic.plot;

/** An axis-aligned rectangle in plot pixels (figure units in an export): top-left corner and size. */
public record Box(double x, double y, double w, double h) {
    public double right() {
        return x + w;
    }

    public double bottom() {
        return y + h;
    }

    public double centerX() {
        return x + w / 2;
    }

    public double centerY() {
        return y + h / 2;
    }

    public Box moved(double dx, double dy) {
        return new Box(x + dx, y + dy, w, h);
    }

    /** Whether the two overlap or come closer than {@code gap}. */
    public boolean overlaps(Box o, double gap) {
        return x < o.x + o.w + gap && o.x < x + w + gap && y < o.y + o.h + gap && o.y < y + h + gap;
    }

    /** Whether {@code inner} lies wholly inside this box (within a rounding error). */
    public boolean contains(Box inner) {
        return inner.x >= x - 1e-9 && inner.y >= y - 1e-9 && inner.right() <= right() + 1e-9
                && inner.bottom() <= bottom() + 1e-9;
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= right() && py >= y && py <= bottom();
    }

    /**
     * Where the segment from (x0, y0) to (x1, y1) first enters this box, as a fraction of its length
     * (0 when it starts inside); a value above 1 when it never does.
     */
    public double entry(double x0, double y0, double x1, double y1) {
        double t0 = 0;
        double t1 = 1;
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - x, right() - x0, y0 - y, bottom() - y0};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return 2;
                }
            } else {
                double r = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, r);
                } else {
                    t1 = Math.min(t1, r);
                }
            }
        }
        return t0 <= t1 ? t0 : 2;
    }

    /** The box around a centre point. */
    public static Box centred(double cx, double cy, double w, double h) {
        return new Box(cx - w / 2, cy - h / 2, w, h);
    }
}
