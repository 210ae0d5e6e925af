package org.sectorscope.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The main window as the user left it: its bounds in screen coordinates (null until saved once),
 * whether it was maximized, each split's divider positions as fractions, by split name, and the View
 * menu's choices: the theme, the text size (per cent) and the panes hidden. Plain numbers and names
 * rather than JavaFX types, so where the window goes on a set of screens is tested without one.
 */
public record WindowSettings(Area bounds, boolean maximized, Map<String, List<Double>> dividers, String theme,
                             int textScale, Set<String> hiddenPanes) {
    public static final String LIGHT = "light";
    public static final String DARK = "dark";
    public static final List<String> THEMES = List.of(LIGHT, DARK);
    /** The text sizes View > Text Size offers, in per cent of the normal size. */
    public static final List<Integer> TEXT_SCALES = List.of(90, 100, 110, 125, 150);
    public static final int NORMAL_TEXT = 100;
    /** The main window's panes, by the names the settings use. */
    public static final List<String> PANES = List.of("sectors", "canvas", "evidence", "options");
    public static final WindowSettings DEFAULTS = new WindowSettings(null, false, Map.of());
    /** How much of the window's top strip (its title bar) must be on a screen for the user to grab it. */
    static final double GRAB_WIDTH = 80;
    static final double TITLE_HEIGHT = 30;

    /** A rectangle in screen coordinates. */
    public record Area(double x, double y, double width, double height) {
        public Area {
            if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width) || !Double.isFinite(height)
                    || width <= 0 || height <= 0) {
                throw new IllegalArgumentException("not an area: " + x + ", " + y + ", " + width + " x " + height);
            }
        }

        double maxX() {
            return x + width;
        }

        double maxY() {
            return y + height;
        }

        private double overlapWidth(Area o) {
            return Math.max(0, Math.min(maxX(), o.maxX()) - Math.max(x, o.x));
        }

        private double overlapHeight(Area o) {
            return Math.max(0, Math.min(maxY(), o.maxY()) - Math.max(y, o.y));
        }
    }

    /** The window alone, with the View menu's defaults. */
    public WindowSettings(Area bounds, boolean maximized, Map<String, List<Double>> dividers) {
        this(bounds, maximized, dividers, LIGHT, NORMAL_TEXT, Set.of());
    }

    /**
     * Divider lists with a position outside 0..1 (or not a number) are dropped: that split uses its default.
     * An unknown theme or text size is the default one; unknown pane names are dropped, and hiding every
     * pane hides none (one always shows).
     */
    public WindowSettings {
        theme = THEMES.contains(theme) ? theme : LIGHT;
        textScale = TEXT_SCALES.contains(textScale) ? textScale : NORMAL_TEXT;
        Set<String> hidden = new TreeSet<>();
        if (hiddenPanes != null) {
            hiddenPanes.stream().filter(PANES::contains).forEach(hidden::add);
        }
        hiddenPanes = hidden.size() < PANES.size() ? Set.copyOf(hidden) : Set.of();
        Map<String, List<Double>> valid = new LinkedHashMap<>();
        if (dividers != null) {
            dividers.forEach((name, positions) -> {
                if (name != null && positions != null && !positions.isEmpty() && positions.stream()
                        .allMatch(p -> p != null && Double.isFinite(p) && p >= 0 && p <= 1)) {
                    valid.put(name, List.copyOf(positions));
                }
            });
        }
        dividers = Map.copyOf(valid);
    }

    /** These settings with the View menu's choices replaced. */
    public WindowSettings withView(String theme, int textScale, Set<String> hiddenPanes) {
        return new WindowSettings(bounds, maximized, dividers, theme, textScale, hiddenPanes);
    }

    /**
     * Where the window goes on these screens (usable areas, the primary first). With nothing saved: the
     * default size, clamped to the primary screen, centred on it. Otherwise the saved size, clamped to
     * the screen the saved title bar is on, and moved inside that screen; when the title bar is on no
     * screen (a monitor was unplugged) the saved position is ignored and the window centred on the primary.
     */
    public Area placeOn(List<Area> screens, double defaultWidth, double defaultHeight) {
        if (screens.isEmpty()) {
            return bounds != null ? bounds : new Area(0, 0, defaultWidth, defaultHeight);
        }
        if (bounds == null) {
            return centred(screens.get(0), defaultWidth, defaultHeight);
        }
        Area titleBar = new Area(bounds.x(), bounds.y(), bounds.width(), Math.min(TITLE_HEIGHT, bounds.height()));
        Area home = null;
        double best = 0;
        for (Area screen : screens) {
            double grab = titleBar.overlapHeight(screen) > 0 ? titleBar.overlapWidth(screen) : 0;
            if (grab > best) {
                best = grab;
                home = screen;
            }
        }
        if (home == null || best < Math.min(GRAB_WIDTH, bounds.width())) {
            return centred(screens.get(0), bounds.width(), bounds.height());
        }
        double width = Math.min(bounds.width(), home.width());
        double height = Math.min(bounds.height(), home.height());
        double x = Math.max(home.x(), Math.min(bounds.x(), home.maxX() - width));
        double y = Math.max(home.y(), Math.min(bounds.y(), home.maxY() - height));
        return new Area(x, y, width, height);
    }

    private static Area centred(Area screen, double width, double height) {
        double w = Math.min(width, screen.width());
        double h = Math.min(height, screen.height());
        return new Area(screen.x() + (screen.width() - w) / 2, screen.y() + (screen.height() - h) / 2, w, h);
    }
}
