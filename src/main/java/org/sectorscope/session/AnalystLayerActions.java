package org.sectorscope.session;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.sectorscope.command.EditAnalystLayersCommand;
import org.sectorscope.logic.LayerImport;
import org.sectorscope.model.Project;

/**
 * Another analyst's file of the same project taken in as a layer: the file read on a read thread, matched
 * by sector id on the FX thread, the name asked (the file's author offered), then added as one undo step.
 * A file of another project, or one that cannot be read, is refused with a message naming it.
 */
public final class AnalystLayerActions {
    /**
     * Shows what an import would add (its {@link LayerImport#report()}) and asks the analyst's name for the
     * layer, offering {@link LayerImport#suggestedName()}; empty cancels.
     */
    public interface NameLayer extends Function<LayerImport, Optional<String>> {
    }

    static final String FAILED = "Could not import the analyst's placements";
    private final ProjectSession session;
    private final ProjectFiles files;
    private final BackgroundWork work;
    private final Dialogs dialogs;

    AnalystLayerActions(ProjectSession session, ProjectFiles files, BackgroundWork work, Dialogs dialogs) {
        this.session = session;
        this.files = files;
        this.work = work;
        this.dialogs = dialogs;
    }

    /** Asks for a project file, then imports it as {@link #importFile} does; false when none was chosen. */
    public CompletableFuture<Boolean> importChosenFile(NameLayer name) {
        Optional<Path> file = dialogs.chooseFileToOpen(SuggestedNames.folderOf(session.file()));
        return file.map(f -> importFile(f, name)).orElse(CompletableFuture.completedFuture(false));
    }

    /** Reads {@code file} in the background and adds its placements as a layer; true when one was added. */
    public CompletableFuture<Boolean> importFile(Path file, NameLayer name) {
        String fileName = file.getFileName().toString();
        CompletableFuture<Boolean> added = new CompletableFuture<>();
        work.finish(files.load(file), "Reading " + fileName, theirs -> added.complete(take(theirs, fileName, name)),
                FAILED).thenAccept(read -> {
                    if (!read) {
                        added.complete(false);
                    }
                });
        return added;
    }

    private boolean take(Project theirs, String fileName, NameLayer name) {
        LayerImport in;
        try {
            in = LayerImport.of(session.project(), theirs, fileName);
        } catch (IllegalArgumentException e) {
            work.say(FAILED);
            work.errors().show(FAILED, e.getMessage() + ".");
            return false;
        }
        Optional<String> analyst = name.apply(in);
        if (analyst.isEmpty()) {
            work.say("Import cancelled");
            return false;
        }
        try {
            String who = analyst.get().strip();
            session.execute(EditAnalystLayersCommand.add(session.project(), in.layer(who),
                    "Import " + who + "'s placements"));
            work.say("Imported " + who + "'s layer from " + fileName + ": " + in.report());
            return true;
        } catch (IllegalArgumentException e) {
            work.errors().show(FAILED, fileName + ": " + e.getMessage() + ".");
            return false;
        }
    }
}
