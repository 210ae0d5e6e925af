package org.sectorscope.ui.sources;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The folders the analyst chose this session, besides the project's own, whose documents "Open source"
 * opens without asking: each folder a file was picked from with Browse, and each trusted when asked.
 * Kept for the running app only, so a project file can never add to it. Safe to read from any thread.
 */
public final class SourceFolders {
    private final List<Path> folders = new CopyOnWriteArrayList<>();

    public void trust(Path folder) {
        Path f = folder.toAbsolutePath().normalize();
        if (!folders.contains(f)) {
            folders.add(f);
        }
    }

    public List<Path> list() {
        return List.copyOf(folders);
    }
}
