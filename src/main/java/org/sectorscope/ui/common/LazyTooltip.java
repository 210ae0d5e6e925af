package org.sectorscope.ui.common;

import java.util.function.Consumer;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when the pointer first comes over its node. Each {@link Tooltip} is a popup window with
 * a scene of its own; the panes' toolbars, rows and cells made dozens of them before the first frame,
 * most never shown. The tooltip shows as usual once the pointer moves on the node. A screen reader hears
 * the text at once, as the node's accessible help (unless the node has a help of its own).
 */
public final class LazyTooltip {
    private static final Object KEY = LazyTooltip.class;
    private static final EventHandler<MouseEvent> MAKE_ON_ENTER = e -> make((Node) e.getSource());

    private final Consumer<Tooltip> style;
    private String text;
    private Tooltip tooltip;
    private boolean installed;

    private LazyTooltip(Consumer<Tooltip> style) {
        this.style = style;
    }

    /** Gives {@code node} the tooltip {@code text}; null removes it. Call on the FX thread, as often as it changes. */
    public static void set(Node node, String text) {
        set(node, text, tip -> { });
    }

    /** As {@link #set(Node, String)}, with {@code style} applied to the tooltip once, when it is made. */
    public static void set(Node node, String text, Consumer<Tooltip> style) {
        LazyTooltip lazy = (LazyTooltip) node.getProperties().get(KEY);
        if (lazy == null) {
            if (text == null) {
                return;
            }
            lazy = new LazyTooltip(style);
            node.getProperties().put(KEY, lazy);
            node.addEventHandler(MouseEvent.MOUSE_ENTERED, MAKE_ON_ENTER);
        }
        String before = lazy.text;
        lazy.text = text;
        if (node.getAccessibleHelp() == null || node.getAccessibleHelp().equals(before)) {
            node.setAccessibleHelp(text);
        }
        if (lazy.tooltip != null) {
            if (text != null) {
                lazy.tooltip.setText(text);
            }
            lazy.show(node, text != null);
        }
    }

    /** The text {@code node}'s tooltip has or will have; null for none. */
    public static String textOf(Node node) {
        LazyTooltip lazy = (LazyTooltip) node.getProperties().get(KEY);
        return lazy == null ? null : lazy.text;
    }

    private static void make(Node node) {
        LazyTooltip lazy = (LazyTooltip) node.getProperties().get(KEY);
        if (lazy == null || lazy.text == null || lazy.tooltip != null) {
            return;
        }
        lazy.tooltip = new Tooltip(lazy.text);
        lazy.style.accept(lazy.tooltip);
        lazy.show(node, true);
    }

    /** Installs the tooltip on {@code node}, or takes it off; once each way, however often asked. */
    private void show(Node node, boolean on) {
        if (on == installed) {
            return;
        }
        installed = on;
        if (node instanceof Control control) {
            control.setTooltip(on ? tooltip : null);
        } else if (on) {
            Tooltip.install(node, tooltip);
        } else {
            Tooltip.uninstall(node, tooltip);
        }
    }
}
