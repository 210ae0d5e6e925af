package org.sectorscope;

import org.sectorscope.cli.Cli;
import org.sectorscope.ui.SectorscopeApp;

/**
 * The entry point. Deliberately not an {@code Application}: that lets the jar start JavaFX from the
 * class path, and lets the command line run without loading any toolkit at all.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (Cli.handles(args)) {
            System.exit(new Cli(System.out, System.err).run(args));
        }
        SectorscopeApp.start(args);
    }
}
