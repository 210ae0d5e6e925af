package org.sectorscope.ui.canvas;

import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Bounds;

/** Asks the enclosing scroll view to bring a region of the plot into sight. */
final class RevealEvent extends Event {
    static final EventType<RevealEvent> REVEAL = new EventType<>(ANY, "REVEAL_CARD");
    private final transient Bounds bounds;

    RevealEvent(Bounds bounds) {
        super(REVEAL);
        this.bounds = bounds;
    }

    Bounds bounds() {
        return bounds;
    }
}
