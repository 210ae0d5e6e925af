package org.sectorscope.ui.main;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.sectorscope.store.WindowSettings;

/**
 * Where the main window's dividers should be, as fractions of their split: the sectors list's share of
 * the window's width, the top row's share of the right-hand side's height, the canvas's share of the
 * top row. These are what the analyst chose (or the defaults), not where a narrow window's minimum
 * sizes happen to push the dividers, so the layout comes back when the window grows again. Also which
 * panes show (View > Panes): one always does, so the last shown cannot be hidden.
 */
public final class PaneLayoutViewModel {
    public static final String SECTORS = "sectors";
    public static final String OPTIONS = "options";
    public static final String EVIDENCE = "evidence";
    /** The panes, by the names the settings use; a divider is named after the pane to its right or below. */
    public static final List<String> PANES = WindowSettings.PANES;
    private static final Map<String, Double> DEFAULTS = Map.of(SECTORS, 0.17, OPTIONS, 0.66, EVIDENCE, 0.64);

    private final Map<String, DoubleProperty> wanted = new LinkedHashMap<>();
    private final Map<String, BooleanProperty> shown = new LinkedHashMap<>();
    private Runnable onReset = () -> { };

    public PaneLayoutViewModel() {
        for (String name : List.of(SECTORS, OPTIONS, EVIDENCE)) {
            wanted.put(name, new SimpleDoubleProperty(this, name, DEFAULTS.get(name)));
        }
        for (String pane : PANES) {
            BooleanProperty p = new SimpleBooleanProperty(this, pane, true);
            // The last pane shown stays: hiding it is undone at once (the menu item is off then anyway).
            p.addListener((obs, was, now) -> {
                if (!now && hiddenPanes().size() == PANES.size()) {
                    p.set(true);
                }
            });
            shown.put(pane, p);
        }
    }

    /** Whether a pane shows; the view adds or removes it from its split, the View menu's check item binds to it. */
    public BooleanProperty shown(String pane) {
        BooleanProperty p = shown.get(pane);
        if (p == null) {
            throw new IllegalArgumentException("no pane named " + pane);
        }
        return p;
    }

    /** True while {@code pane} is the only one shown: its check item is off, it cannot be hidden. */
    public BooleanBinding onlyOneShown(String pane) {
        BooleanProperty[] all = shown.values().toArray(BooleanProperty[]::new);
        return Bindings.createBooleanBinding(() -> shown(pane).get() && hiddenPanes().size() == PANES.size() - 1, all);
    }

    /** The hidden panes' names, as saved in the window settings. */
    public Set<String> hiddenPanes() {
        Set<String> out = new TreeSet<>();
        shown.forEach((name, p) -> {
            if (!p.get()) {
                out.add(name);
            }
        });
        return out;
    }

    /** Hides the saved panes and shows the rest; unknown names are ignored, and one pane always shows. */
    public void restoreHidden(Set<String> hidden) {
        shown.forEach((name, p) -> p.set(true));
        shown.forEach((name, p) -> p.set(!hidden.contains(name)));
    }

    public static double defaultPosition(String split) {
        Double position = DEFAULTS.get(split);
        if (position == null) {
            throw new IllegalArgumentException("no split named " + split);
        }
        return position;
    }

    /** The wanted position of a split's divider; the view follows it and sets it when a drag ends. */
    public DoubleProperty divider(String split) {
        DoubleProperty p = wanted.get(split);
        if (p == null) {
            throw new IllegalArgumentException("no split named " + split);
        }
        return p;
    }

    /** View > Reset Layout: every pane shown and every divider back to its default. */
    public void reset() {
        shown.values().forEach(p -> p.set(true));
        wanted.forEach((name, p) -> p.set(DEFAULTS.get(name)));
        // Also when nothing changed here: the panes may still sit where minimum sizes pushed them.
        onReset.run();
    }

    /** Run after {@link #reset()}; the view puts every divider where it is wanted. */
    void setOnReset(Runnable action) {
        onReset = action;
    }

    /** The wanted positions, by split, as saved in the window settings. */
    public Map<String, List<Double>> positions() {
        Map<String, List<Double>> out = new LinkedHashMap<>();
        wanted.forEach((name, p) -> out.put(name, List.of(p.get())));
        return out;
    }

    /** Takes saved positions; unknown splits and lists of the wrong length are ignored (their default stays). */
    public void restore(Map<String, List<Double>> saved) {
        saved.forEach((name, positions) -> {
            DoubleProperty p = wanted.get(name);
            if (p != null && positions.size() == 1 && positions.get(0) >= 0 && positions.get(0) <= 1) {
                p.set(positions.get(0));
            }
        });
    }
}
