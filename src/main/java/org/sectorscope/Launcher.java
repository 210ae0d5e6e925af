package org.sectorscope;

import org.sectorscope.cli.Cli;
import org.sectorscope.app.SectorscopeApp;

/**
 * The entry point. Deliberately not an {@code Application}: that lets the jar start JavaFX from the
 * class path, and lets the command line run without loading any toolkit at all.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Cli cli = new Cli(System.out, System.err);
        if (Cli.handles(args)) {
            System.exit(cli.run(args));
        }
        if (!Cli.displayAvailable()) {
            System.exit(cli.noDisplay());
        }
        SectorscopeApp.start(args);
    }
}
