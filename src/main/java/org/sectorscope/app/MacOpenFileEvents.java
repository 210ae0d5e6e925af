package org.sectorscope.app;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.util.Locale;

/**
 * Hands macOS's open-file events (a double-clicked {@code .sectorscope.json}, "Open With") to
 * {@link OpenFileRequests} through {@code java.awt.Desktop}. Elsewhere the desktop passes the file as the
 * launcher's argument, and AWT's toolkit is not loaded for nothing.
 */
final class MacOpenFileEvents {
    private MacOpenFileEvents() {
    }

    /** Whether {@code os.name} is macOS, where the events come. */
    static boolean needed(String osName) {
        return osName.toLowerCase(Locale.ROOT).startsWith("mac");
    }

    static void install(OpenFileRequests requests) {
        if (!needed(System.getProperty("os.name", "")) || GraphicsEnvironment.isHeadless()) {
            return;
        }
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
            Desktop.getDesktop().setOpenFileHandler(event -> requests.request(event.getFiles()));
        }
    }
}
