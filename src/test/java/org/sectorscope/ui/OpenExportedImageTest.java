package org.sectorscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.export.ExportRequest;
import org.sectorscope.export.Exporter;
import org.sectorscope.model.Project;
import org.sectorscope.session.ProjectDocument;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.store.RecentFiles;

/** A PNG exported by Sectorscope opens again as the project it shows; the image is never written over. */
class OpenExportedImageTest {
    @TempDir
    Path dir;
    private final ProjectFiles files = new ProjectFiles();
    private final StubDialogs dialogs = new StubDialogs();
    private final List<String> errors = dialogs.errors;

    @AfterEach
    void tearDown() {
        files.close();
    }

    private ProjectDocument document(ProjectSession s) {
        return new ProjectDocument(s, files, new RecentFiles(dir.resolve("home")), Runnable::run, dialogs);
    }

    @Test
    void anExportedPngReopensAsAnUntitledProject() throws Exception {
        Project sample = ProjectStore.loadSample();
        Path png = dir.resolve("figure.png");
        Exporter.export(sample, ExportRequest.defaults(sample, ExportRequest.Format.PNG), png);
        byte[] image = Files.readAllBytes(png);

        ProjectSession s = new ProjectSession(Project.empty("Untitled"), null, "Untitled");
        assertTrue(document(s).open(png).get(10, TimeUnit.SECONDS));
        assertEquals(sample, s.project());
        assertNull(s.file(), "Save must ask where: the image is never overwritten");
        assertEquals("figure (from image)", s.displayNameProperty().get());
        assertFalse(s.isDirty());
        assertEquals(List.of(), errors);
        assertTrue(Arrays.equals(image, Files.readAllBytes(png)));
    }

    @Test
    void anExportedSlideOrWorkbookReopensAsAnUntitledProject() throws Exception {
        Project sample = ProjectStore.loadSample();
        for (ExportRequest.Format format : List.of(ExportRequest.Format.PPTX, ExportRequest.Format.XLSX)) {
            Path file = dir.resolve("brief." + format.extension());
            Exporter.export(sample, ExportRequest.defaults(sample, format), file);
            byte[] before = Files.readAllBytes(file);
            ProjectSession s = new ProjectSession(Project.empty("Untitled"), null, "Untitled");
            assertTrue(document(s).open(file).get(10, TimeUnit.SECONDS), errors.toString());
            assertEquals(sample, s.project());
            assertNull(s.file(), "Save must ask where: the export is never overwritten");
            assertEquals(format == ExportRequest.Format.PPTX ? "brief (from slide)" : "brief (from workbook)",
                    s.displayNameProperty().get());
            assertTrue(Arrays.equals(before, Files.readAllBytes(file)));
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void aPngWithoutAProjectSaysSo() throws Exception {
        Path png = dir.resolve("photo.png");
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        ProjectSession s = new ProjectSession(Project.empty("Untitled"), null, "Untitled");
        assertFalse(document(s).open(png).get(10, TimeUnit.SECONDS));
        assertEquals(List.of("Could not open the project: " + png.getFileName() + ": this file holds no Sectorscope "
                + "project (only PNG, SVG, PowerPoint and Excel files exported by Sectorscope do, and some services "
                + "and editors strip it)."),
                errors);
        assertEquals(java.util.Collections.singletonList("File: " + png), dialogs.errorDetails, "the path behind Details");
    }

    @Test
    void anExportedSvgReopensAsAnUntitledProject() throws Exception {
        Project sample = ProjectStore.loadSample();
        Path svg = dir.resolve("figure.SVG");
        Exporter.export(sample, ExportRequest.defaults(sample, ExportRequest.Format.SVG), svg);
        byte[] image = Files.readAllBytes(svg);

        ProjectSession s = new ProjectSession(Project.empty("Untitled"), null, "Untitled");
        assertTrue(document(s).open(svg).get(10, TimeUnit.SECONDS));
        assertEquals(sample, s.project());
        assertNull(s.file(), "Save must ask where: the image is never overwritten");
        assertEquals("figure (from image)", s.displayNameProperty().get());
        assertFalse(s.isDirty());
        assertEquals(List.of(), errors);
        assertTrue(Arrays.equals(image, Files.readAllBytes(svg)));
    }

    @Test
    void anSvgWithoutAProjectSaysSoNamingTheFile() throws Exception {
        Path svg = dir.resolve("drawing.svg");
        Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"4\" height=\"4\"/></svg>");
        ProjectSession s = new ProjectSession(Project.empty("Untitled"), null, "Untitled");
        assertFalse(document(s).open(svg).get(10, TimeUnit.SECONDS));
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("Could not open the project: " + svg.getFileName() + ": this file holds no "), errors.get(0));
        assertEquals("Untitled", s.displayNameProperty().get(), "the open project is kept");
    }
}
