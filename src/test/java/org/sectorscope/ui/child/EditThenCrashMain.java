package org.sectorscope.ui.child;

import java.nio.file.Path;
import org.sectorscope.command.RenameSectorCommand;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.RecoveryJournal;

/**
 * Child JVM for the crash-and-restore test: "edits" the project saved at {@code args[0]} (renames a
 * sector), records the unsaved work in the recovery journal at {@code args[1]} as the app would,
 * prints "RECORDED" and waits to be killed.
 */
public final class EditThenCrashMain {
    private EditThenCrashMain() {
    }

    public static void main(String[] args) throws Exception {
        Project edited = RenameSectorCommand.of(TestProjects.small(), TestProjects.CHIPS, "Chips (renamed)")
                .apply(TestProjects.small());
        new RecoveryJournal(Path.of(args[1])).record(Path.of(args[0]), "small.sectorscope.json", edited);
        System.out.println("RECORDED");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
