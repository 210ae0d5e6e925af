package org.sectorscope.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.sectorscope.model.Project;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectStore;

/**
 * Figures that carry their project (PNG and SVG exports), told apart from project files by their name,
 * so every place that takes a project FILE can take such a figure too.
 */
public final class ProjectImages {
    private ProjectImages() {
    }

    /** Whether {@code file} is named as a PNG or SVG image (any case). */
    public static boolean isImage(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".png") || n.endsWith(".svg");
    }

    /** The project an exported PNG or SVG carries; empty when it carries none. */
    public static Optional<Project> read(Path image) throws ProjectFileException {
        String n = image.getFileName() == null ? "" : image.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".svg") ? SvgProjectMetadata.read(image) : PngProjectChunk.read(image);
    }

    /** As {@link #read}, failing naming the file when the image carries no project. */
    public static Project require(Path image) throws ProjectFileException {
        return read(image).orElseThrow(() -> new ProjectFileException(image.toString(), "this image holds no "
                + "Sectorscope project (only PNG and SVG files exported by Sectorscope do, and some services and "
                + "editors strip it)"));
    }

    /** The project in a project file, or the one a PNG or SVG image carries. */
    public static Project load(Path file) throws ProjectFileException {
        return isImage(file) ? require(file) : ProjectStore.load(file);
    }
}
