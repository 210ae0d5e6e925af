package org.sectorscope.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The Open Recent list, most recent first, kept in {@code recent-files.json} in the settings folder. */
public final class RecentFiles {
    public static final int MAX = 10;
    public static final String FILE_NAME = "recent-files.json";
    private final Path store;

    public RecentFiles(Path settingsDir) {
        this.store = settingsDir.resolve(FILE_NAME);
    }

    /**
     * The list as saved; an unreadable list is treated as empty (it is a convenience, not data), and one
     * larger than {@link SettingsFiles#MAX_BYTES} is never read, only logged.
     */
    public List<Path> load() {
        try {
            byte[] json = SettingsFiles.read(store, "the recent files list");
            if (json == null) {
                return List.of();
            }
            List<String> paths = ProjectJson.MAPPER.readValue(json, new TypeReference<List<String>>() { });
            return paths.stream().limit(MAX).map(Path::of).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Puts {@code file} first and saves; returns the new list. */
    public List<Path> add(Path file) throws ProjectFileException {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>();
        next.add(abs);
        for (Path p : load()) {
            if (!p.equals(abs) && next.size() < MAX) {
                next.add(p);
            }
        }
        try {
            Files.createDirectories(store.getParent());
            byte[] json = ProjectJson.WRITER.writeValueAsBytes(next.stream().map(Path::toString).toList());
            AtomicFileWriter.write(store, json);
        } catch (IOException e) {
            throw new ProjectFileException(store, "could not be saved (" + IoReasons.of(e) + ")", e);
        }
        return next;
    }
}
