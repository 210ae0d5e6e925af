package org.sectorscope.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * A pane whose content is built when first needed. Until then it shows the pane's title on the pane's
 * background, where the content's own title will be, so a window can paint its first frame before it
 * builds its heavier panes (a list of cards, a tabbed pane, a table: each styled, skinned and laid out
 * before that frame otherwise), and nothing moves when the content arrives. Whatever needs the content
 * asks {@link #fill()}, which builds it once; {@link #inTurn} builds several, one FX task each.
 */
public final class DeferredPane extends StackPane {
    /** The panes' own padding, so the title stands where the content's will. */
    private static final Insets PANE_PADDING = new Insets(8);
    private Supplier<? extends Node> builder;
    private Node content;

    public DeferredPane(String title, Supplier<? extends Node> builder) {
        this.builder = builder;
        getStyleClass().add("deferred-pane");
        Label heading = new Label(title);
        heading.getStyleClass().add("pane-title");
        StackPane.setAlignment(heading, Pos.TOP_LEFT);
        setPadding(PANE_PADDING);
        getChildren().add(heading);
    }

    /** The content, built now if it is not yet. Call on the FX thread. */
    public Node fill() {
        if (content == null) {
            content = builder.get();
            builder = null;
            setPadding(Insets.EMPTY);
            getChildren().setAll(content);
            if (getScene() != null) {
                // Skins now, not at the next pulse: a tab's content joins the scene through its pane's skin,
                // and the action that asked for this pane may put the keyboard there next.
                content.applyCss();
            }
        }
        return content;
    }

    public boolean isFilled() {
        return content != null;
    }

    /** Whether {@code node} is this pane or inside it. */
    public boolean holds(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs {@code steps} in order (filling panes, say), each in an FX task of its own handed to {@code fx}
     * after the one before, so input that arrives meanwhile is handled between them; then runs {@code then}.
     */
    public static void inTurn(List<Runnable> steps, Consumer<Runnable> fx, Runnable then) {
        Deque<Runnable> left = new ArrayDeque<>(steps);
        fx.accept(new Runnable() {
            @Override
            public void run() {
                Runnable next = left.poll();
                if (next == null) {
                    then.run();
                    return;
                }
                try {
                    next.run();
                } finally {
                    // A step that fails goes to the thread's handler (the failure dialog); the rest still come.
                    fx.accept(this);
                }
            }
        });
    }
}
