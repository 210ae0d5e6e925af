package org.sectorscope.session;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.sectorscope.model.Project;

/**
 * Reading a project file other than the open one, for comparing with it or taking from it: chosen by
 * the analyst, read off the FX thread with the same strict reader and limits as opening, a refusal shown
 * naming the file. The open project is never touched.
 */
public final class OtherProjects {
    /** A project read from {@code file}, with the name to call it by ("brief-2027.sectorscope.json"). */
    public record Read(Path file, String name, Project project) {
    }

    private final ProjectSession session;
    private final ProjectFiles files;
    private final BackgroundWork work;
    private final Dialogs dialogs;

    OtherProjects(ProjectSession session, ProjectFiles files, BackgroundWork work, Dialogs dialogs) {
        this.session = session;
        this.files = files;
        this.work = work;
        this.dialogs = dialogs;
    }

    /** Asks for a project file and reads it; empty when the analyst cancels or the file is refused. */
    public CompletableFuture<Optional<Read>> chooseAndRead() {
        Optional<Path> file = dialogs.chooseFileToOpen(SuggestedNames.folderOf(session.file()));
        return file.isEmpty() ? CompletableFuture.completedFuture(Optional.empty()) : read(file.get());
    }

    /** Reads {@code file}; empty when it is refused (the reason already shown, naming the file). */
    public CompletableFuture<Optional<Read>> read(Path file) {
        String name = String.valueOf(file.getFileName());
        CompletableFuture<Optional<Read>> done = new CompletableFuture<>();
        work.finish(files.load(file), "Reading " + name, project -> {
            work.say("Read " + name);
            done.complete(Optional.of(new Read(file, name, project)));
        }, "Could not read " + name).thenAccept(ok -> {
            if (!ok) {
                done.complete(Optional.empty());
            }
        });
        return done;
    }
}
