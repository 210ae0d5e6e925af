package org.sectorscope.session;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.RecentFiles;

/** The Open Recent list as the menu shows it, read and updated on the background thread. */
final class RecentFilesList {
    private final ObservableList<Path> paths = FXCollections.observableArrayList();
    private final ProjectFiles files;
    private final RecentFiles recent;
    private final Executor fx;
    private final Consumer<String> status;

    RecentFilesList(ProjectFiles files, RecentFiles recent, Executor fx, Consumer<String> status) {
        this.files = files;
        this.recent = recent;
        this.fx = fx;
        this.status = status;
        files.run(() -> {
            List<Path> list = recent.load();
            fx.execute(() -> paths.setAll(list));
        });
    }

    ObservableList<Path> paths() {
        return paths;
    }

    /** Puts {@code file} first in the list. */
    void remember(Path file) {
        files.run(() -> {
            try {
                List<Path> list = recent.add(file);
                fx.execute(() -> paths.setAll(list));
            } catch (ProjectFileException e) {
                fx.execute(() -> status.accept("Could not update the recent files list: " + e.getMessage()));
            }
        });
    }
}
