package org.sectorscope.architecture.planted.cli;

/** Planted violation: the command line starting the JavaFX toolkit. */
public final class CliStartsToolkit {
    public void run() {
        javafx.application.Platform.startup(() -> { });
    }
}
