package org.sectorscope.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the small files of the settings folder (the recent files list, the window settings): a missing
 * file, anything but a regular file (a pipe is never opened) or one larger than {@link #MAX_BYTES} gives
 * nothing, and the last two a line in the log naming the file, so a broken or hostile settings file costs
 * neither time nor memory at start-up and never stops the app.
 */
final class SettingsFiles {
    /** Far more than either file holds (ten paths, a window's place): anything larger is not ours. */
    static final int MAX_BYTES = 1 << 20;
    private static final System.Logger LOG = System.getLogger("org.sectorscope.settings");

    private SettingsFiles() {
    }

    /** The file's bytes, or null when there is no such file or it cannot be read as one of ours. */
    static byte[] read(Path file, String what) {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return RegularFiles.read(file, what, MAX_BYTES, size -> String.format(Locale.ROOT,
                    "is too large (%,d bytes; %s is at most %,d bytes)", size, what, MAX_BYTES));
        } catch (ProjectFileException e) {
            LOG.log(System.Logger.Level.WARNING, "Ignored " + what + ": " + e.getMessage());
            return null;
        }
    }
}
