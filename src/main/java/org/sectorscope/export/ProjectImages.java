package org.sectorscope.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.sectorscope.model.Project;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectStore;

/**
 * Exported files that carry their project (PNG, SVG, PowerPoint and Excel exports), told apart from project
 * files by their name, so every place that takes a project FILE can take such an export too.
 */
public final class ProjectImages {
    private ProjectImages() {
    }

    /** Whether {@code file} is named as a PNG, SVG, PPTX or XLSX file (any case): an export, not a project file. */
    public static boolean isImage(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".png") || n.endsWith(".svg") || OfficeProjectPart.isOfficeFile(file);
    }

    /** The project an exported PNG, SVG, PPTX or XLSX carries; empty when it carries none. */
    public static Optional<Project> read(Path image) throws ProjectFileException {
        String n = image.getFileName() == null ? "" : image.getFileName().toString().toLowerCase(Locale.ROOT);
        if (OfficeProjectPart.isOfficeFile(image)) {
            return OfficeProjectPart.read(image);
        }
        return n.endsWith(".svg") ? SvgProjectMetadata.read(image) : PngProjectChunk.read(image);
    }

    /** As {@link #read}, failing naming the file when the image carries no project. */
    public static Project require(Path image) throws ProjectFileException {
        return read(image).orElseThrow(() -> new ProjectFileException(image.toString(), "this file holds no "
                + "Sectorscope project (only PNG, SVG, PowerPoint and Excel files exported by Sectorscope do, and "
                + "some services and editors strip it)"));
    }

    /** The project in a project file, or the one an exported PNG, SVG, PPTX or XLSX carries. */
    public static Project load(Path file) throws ProjectFileException {
        return isImage(file) ? require(file) : ProjectStore.load(file);
    }
}
