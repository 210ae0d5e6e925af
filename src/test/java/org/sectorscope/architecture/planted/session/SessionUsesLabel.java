package org.sectorscope.architecture.planted.session;

/** Planted violation: the session holding a control. */
public final class SessionUsesLabel {
    public Object status() {
        return new javafx.scene.control.Label("status");
    }
}
