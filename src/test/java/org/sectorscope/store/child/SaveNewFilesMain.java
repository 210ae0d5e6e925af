package org.sectorscope.store.child;

import java.nio.file.Path;
import org.sectorscope.export.ExportRequest;
import org.sectorscope.export.Exporter;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.ProjectStore;

/**
 * Child JVM for the umask test: saves a new project file at {@code args[0]} and exports a new SVG at
 * {@code args[1]}, under whatever umask the parent gave this process, then exits.
 */
public final class SaveNewFilesMain {
    private SaveNewFilesMain() {
    }

    public static void main(String[] args) throws Exception {
        ProjectStore.save(TestProjects.small(), Path.of(args[0]));
        Exporter.export(TestProjects.small(), ExportRequest.defaults(TestProjects.small(), ExportRequest.Format.SVG),
                Path.of(args[1]));
        System.out.println("SAVED");
    }
}
