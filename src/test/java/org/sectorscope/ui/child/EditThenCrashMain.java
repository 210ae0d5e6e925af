package org.sectorscope.ui.child;

import java.nio.file.Path;
import org.sectorscope.command.RenameSectorCommand;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.ProjectLock;
import org.sectorscope.store.RecoveryJournal;

/**
 * Child JVM for the crash-and-restore test: "edits" the project saved at {@code args[0]} (renames a
 * sector), records the unsaved work in the recovery journal at {@code args[1]} as the app would,
 * prints "RECORDED" and waits to be killed. With a third argument "locked" it holds the project's lock
 * too, as the window does while the file is open, so the kill leaves a stale lock behind.
 */
public final class EditThenCrashMain {
    private EditThenCrashMain() {
    }

    public static void main(String[] args) throws Exception {
        Project edited = RenameSectorCommand.of(TestProjects.small(), TestProjects.CHIPS, "Chips (renamed)")
                .apply(TestProjects.small());
        if (args.length > 2 && args[2].equals("locked")) {
            ProjectLock.acquire(Path.of(args[0]));
        }
        new RecoveryJournal(Path.of(args[1])).record(Path.of(args[0]), "small.sectorscope.json", edited);
        System.out.println("RECORDED");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
