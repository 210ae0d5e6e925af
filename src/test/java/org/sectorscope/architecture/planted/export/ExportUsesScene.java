package org.sectorscope.architecture.planted.export;

/** Planted violation: an exporter drawing with the scene graph and the FX thread. */
public final class ExportUsesScene {
    public void draw() {
        javafx.application.Platform.runLater(() -> new javafx.scene.Group());
    }
}
