package org.sectorscope.store.child;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.store.ProjectFileException;

/**
 * Child JVM for the memory-bound tests: opens {@code args[0]} on the background thread as the window
 * does (a project file, or a PNG with a project inside) and prints one line: "OPENED", "REFUSED " and the
 * message the window would show, or "FAILED " and what else went wrong. An uncaught error ends the child
 * with a stack trace, which the tests count as a failure.
 */
public final class OpenAsTheWindowDoesMain {
    private OpenAsTheWindowDoesMain() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        try (ProjectFiles files = new ProjectFiles()) {
            CompletableFuture<?> work = file.toString().endsWith(".png") ? files.openImage(file) : files.open(file);
            try {
                work.join();
                System.out.println("OPENED");
            } catch (CompletionException e) {
                ProjectFileException refused = ProjectFiles.fileError(e);
                System.out.println(refused != null ? "REFUSED " + refused.getMessage() : "FAILED " + e.getCause());
            }
        }
    }
}
