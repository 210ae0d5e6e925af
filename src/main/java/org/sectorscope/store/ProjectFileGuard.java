package org.sectorscope.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Keeps what is written from a project (figures, evidence CSV) off the project file itself. The one
 * check for the command line's {@code export} and the window's File > Export and CSV export: a target
 * that is the project, through a symbolic link or a hard link too, is refused, and so is a target
 * whose backup ({@code NAME.bak}, written when it is replaced) would be the project. Two file-status
 * reads; call it off the FX thread like any file work.
 */
public final class ProjectFileGuard {
    private ProjectFileGuard() {
    }

    /**
     * Why writing {@code target} would replace {@code projectFile}, in words that follow the target's
     * name ("is the project file itself"); empty when it would not, or when there is no project file.
     */
    public static Optional<String> refusal(Path projectFile, Path target) {
        if (projectFile == null || target == null) {
            return Optional.empty();
        }
        if (same(projectFile, target)) {
            return Optional.of("is the project file itself");
        }
        if (same(projectFile, AtomicFileWriter.backupOf(target.toAbsolutePath()))) {
            return Optional.of("would keep its backup as " + projectFile.getFileName()
                    + ", the project file itself");
        }
        return Optional.empty();
    }

    /** As {@link #refusal}, thrown naming {@code target}. */
    public static void check(Path projectFile, Path target) throws ProjectFileException {
        Optional<String> why = refusal(projectFile, target);
        if (why.isPresent()) {
            throw new ProjectFileException(target.toString(), why.get() + "; choose another file");
        }
    }

    /** The same path, or the same file on disk (links followed, hard links by their file key). */
    private static boolean same(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException | SecurityException e) {
            return false; // unreadable: not shown to be the project, and writing will say what is wrong
        }
    }
}
