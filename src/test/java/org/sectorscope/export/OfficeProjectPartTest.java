package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.Project;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectReader;

/**
 * Issue 16, point 5: a PPTX or XLSX export carries the project in a custom XML part and reopens as it,
 * with each embed choice; a file without one, one that is not a package, a bomb or a pipe gives a clear
 * message naming the file, in bounded time.
 */
class OfficeProjectPartTest {
    @TempDir
    Path dir;

    private Path export(Project p, ExportRequest.Format format, ProjectEmbedding embedding, String name)
            throws Exception {
        Path file = dir.resolve(name);
        Exporter.export(p, ExportFixtures.request(p, format), embedding, file, null);
        return file;
    }

    @Test
    void aSlideAndAWorkbookReopenAsTheProjectWithEachEmbedChoice() throws Exception {
        Project p = ProjectEmbeddingTest.withPrivateParts();
        List<ProjectEmbedding> choices = List.of(ProjectEmbedding.FULL, ProjectEmbedding.FULL.withNotes(false),
                ProjectEmbedding.FULL.withLocalPaths(false), new ProjectEmbedding(true, false, false));
        for (ExportRequest.Format format : List.of(ExportRequest.Format.PPTX, ExportRequest.Format.PPTX_PICTURE,
                ExportRequest.Format.XLSX)) {
            for (ProjectEmbedding e : choices) {
                Path file = export(p, format, e, "file." + format.extension());
                Project expected = ProjectReader.parse(e.json(p).orElseThrow(), "expected");
                assertEquals(Optional.of(expected), ProjectImages.read(file), format + " " + e.describe());
                Files.delete(file);
            }
            assertEquals(p, ProjectImages.load(export(p, format, ProjectEmbedding.FULL, "whole." + format.extension())));
        }
    }

    @Test
    void thePartIsACustomXmlPartOfThePresentationAndTheWorkbookWhichPoiStillOpens() throws Exception {
        Project p = ExportFixtures.sample();
        Path pptx = export(p, ExportRequest.Format.PPTX, ProjectEmbedding.FULL, "sample.pptx");
        Path xlsx = export(p, ExportRequest.Format.XLSX, ProjectEmbedding.FULL, "sample.xlsx");
        for (Path file : List.of(pptx, xlsx)) {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                String part = new String(zip.getInputStream(zip.getEntry("customXml/item1.xml")).readAllBytes(),
                        StandardCharsets.UTF_8);
                assertTrue(part.contains("<sectorscope:project xmlns:sectorscope=\"" + SvgProjectMetadata.NAMESPACE
                        + "\" encoding=\"deflate+base64\">"), part.substring(0, Math.min(300, part.length())));
                String main = file == pptx ? "ppt/_rels/presentation.xml.rels" : "xl/_rels/workbook.xml.rels";
                String rels = new String(zip.getInputStream(zip.getEntry(main)).readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(rels.contains(OfficeProjectPart.CUSTOM_XML) && rels.contains("customXml/item1.xml"), rels);
            }
        }
        try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(pptx));
             XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertEquals(1, show.getSlides().size());
            assertEquals("Options", book.getSheetAt(0).getSheetName());
        }
    }

    @Test
    void figureOnlyCarriesNothingAndSaysSoNamingTheFile() throws Exception {
        Project p = ProjectEmbeddingTest.withPrivateParts();
        Path pptx = export(p, ExportRequest.Format.PPTX, ProjectEmbedding.FIGURE_ONLY, "bare.pptx");
        assertEquals(Optional.empty(), ProjectImages.read(pptx));
        try (ZipFile zip = new ZipFile(pptx.toFile())) {
            assertTrue(zip.stream().noneMatch(e -> e.getName().startsWith("customXml/")), "no part at all");
        }
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectImages.load(pptx));
        assertTrue(e.getMessage().startsWith(pptx.toString()) && e.getMessage().contains("holds no Sectorscope project"),
                e.getMessage());
    }

    @Test
    void aFileThatIsNotAPackageOrIsCutShortIsRefusedNamingIt() throws Exception {
        Path text = dir.resolve("notes.xlsx");
        Files.writeString(text, "just some text");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectImages.load(text));
        assertTrue(e.getMessage().startsWith(text.toString()) && e.getMessage().contains("not a zip package"),
                e.getMessage());
        Project p = ExportFixtures.small();
        Path whole = export(p, ExportRequest.Format.PPTX, ProjectEmbedding.FULL, "whole.pptx");
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.pptx");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ProjectFileException c = assertThrows(ProjectFileException.class, () -> ProjectImages.load(cut));
        assertTrue(c.getMessage().startsWith(cut.toString()), c.getMessage());
    }

    @Test
    void aBombOfZerosInACustomPartIsRefusedInBoundedTime() throws Exception {
        Path bomb = dir.resolve("bomb.pptx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("customXml/item1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written <= SvgProjectMetadata.MAX_SCAN; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(Files.size(bomb) < 2_000_000, "small on disk: " + Files.size(bomb));
        ProjectFileException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(ProjectFileException.class, () -> ProjectImages.read(bomb)));
        assertTrue(e.getMessage().startsWith(bomb.toString()) && e.getMessage().contains("too large"), e.getMessage());
    }

    @Test
    void aPipeNamedAsASlideIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("pipe.pptx");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mk.waitFor(), "mkfifo is part of the platform these tests run on");
        ProjectFileException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(ProjectFileException.class, () -> ProjectImages.read(fifo)));
        assertTrue(e.getMessage().startsWith(fifo.toString()), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }
}
