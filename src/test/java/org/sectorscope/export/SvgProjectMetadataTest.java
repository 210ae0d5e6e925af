package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectReader;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** An exported SVG carries the project as a PNG does, and reading it back is strict and bounded. */
class SvgProjectMetadataTest {
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\">";

    @TempDir
    Path dir;

    private Path export(Project p, ProjectEmbedding embedding, String name) throws Exception {
        Path file = dir.resolve(name);
        Exporter.export(p, ExportRequest.defaults(p, ExportRequest.Format.SVG), embedding, file, null);
        return file;
    }

    @Test
    void eachEmbedChoiceReopensAsThePngWithTheSameChoiceDoes() throws Exception {
        Project p = ProjectEmbeddingTest.withPrivateParts();
        List<ProjectEmbedding> choices = List.of(ProjectEmbedding.FULL, ProjectEmbedding.FULL.withNotes(false),
                ProjectEmbedding.FULL.withLocalPaths(false), new ProjectEmbedding(true, false, false));
        for (ProjectEmbedding e : choices) {
            Path svg = export(p, e, "figure.svg");
            Project expected = ProjectReader.parse(e.json(p).orElseThrow(), "expected");
            assertEquals(Optional.of(expected), SvgProjectMetadata.read(svg), e.describe());
            Path png = dir.resolve("figure.png");
            Exporter.export(p, ExportRequest.defaults(p, ExportRequest.Format.PNG), e, png, null);
            assertEquals(PngProjectChunk.read(png), SvgProjectMetadata.read(svg), e.describe());
        }
        Project whole = SvgProjectMetadata.read(export(p, ProjectEmbedding.FULL, "whole.svg")).orElseThrow();
        assertEquals(p, whole, "the default carries everything");
        Path figureOnly = export(p, ProjectEmbedding.FIGURE_ONLY, "figure-only.svg");
        assertEquals(Optional.empty(), SvgProjectMetadata.read(figureOnly));
        String text = Files.readString(figureOnly);
        assertFalse(text.contains("<metadata") || text.contains(ProjectEmbeddingTest.SECRET_NOTE), "nothing carried");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13})
    void randomProjectsWithOddTextRoundTrip(long seed) throws Exception {
        Project p = TestProjects.random(seed);
        String svg = SvgProjectMetadata.embed(HEAD + "<title>t</title></svg>", ProjectEmbedding.FULL.json(p).orElseThrow());
        assertEquals(Optional.of(p), SvgProjectMetadata.read(svg.getBytes(StandardCharsets.UTF_8), "random.svg"));
    }

    @Test
    void theSvgStaysValidXmlAndDrawsExactlyWhatTheFigureOnlySvgDraws() throws Exception {
        Project p = ExportFixtures.sample();
        String carrying = Files.readString(export(p, ProjectEmbedding.FULL, "carrying.svg"));
        String plain = Files.readString(export(p, ProjectEmbedding.FIGURE_ONLY, "plain.svg"));
        int from = carrying.indexOf("<metadata>");
        int to = carrying.indexOf("</metadata>") + "</metadata>".length();
        assertTrue(from > carrying.indexOf("</title>"), "right after the title");
        assertEquals(plain, carrying.substring(0, from) + carrying.substring(to), "only the metadata is added");

        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(carrying.getBytes(StandardCharsets.UTF_8)));
        NodeList carried = doc.getElementsByTagNameNS(SvgProjectMetadata.NAMESPACE, "project");
        assertEquals(1, carried.getLength());
        assertEquals("metadata", carried.item(0).getParentNode().getLocalName());
        assertTrue(carried.item(0).getTextContent().matches("[A-Za-z0-9+/=]+"), "base64 only");
    }

    private static ProjectFileException refused(String svg) {
        return assertThrows(ProjectFileException.class,
                () -> SvgProjectMetadata.read(svg.getBytes(StandardCharsets.UTF_8), "hostile.svg"));
    }

    private static String carrying(String attributes, String text) {
        return HEAD + "<metadata><sectorscope:project " + attributes + ">" + text + "</sectorscope:project></metadata></svg>";
    }

    private static final String OURS = "xmlns:sectorscope=\"" + SvgProjectMetadata.NAMESPACE + "\" encoding=\"deflate+base64\"";

    @Test
    void aDtdOrExternalEntityIsRefusedAndNeverResolved() {
        String svg = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + carrying(OURS, "&x;").substring(HEAD.indexOf("<svg"));
        assertEquals("hostile.svg: has a DTD or entity declaration; such a file is not read for an embedded project",
                refused(svg).getMessage());
    }

    @Test
    void aWrongNamespaceOrEncodingIsRefused() {
        assertEquals("hostile.svg: carries a sectorscope:project element that is not in Sectorscope's namespace ("
                + SvgProjectMetadata.NAMESPACE + ")",
                refused(carrying("xmlns:sectorscope=\"http://example.com/other\" encoding=\"deflate+base64\"", "AAAA"))
                        .getMessage());
        assertEquals("hostile.svg: carries an embedded project in an unknown encoding (only deflate+base64 is read)",
                refused(carrying("xmlns:sectorscope=\"" + SvgProjectMetadata.NAMESPACE + "\" encoding=\"gzip\"", "AAAA"))
                        .getMessage());
    }

    @Test
    void damagedOrTruncatedTextIsRefusedNamingTheFile() throws Exception {
        String good = Files.readString(export(TestProjects.small(), ProjectEmbedding.FULL, "good.svg"));
        int end = good.indexOf("</sectorscope:project>");
        // Three characters short is not base64; eight short is base64 of a cut deflate stream.
        for (int cut : new int[] {3, 8, 400}) {
            String svg = good.substring(0, end - cut) + good.substring(end);
            String message = refused(svg).getMessage();
            assertTrue(message.startsWith("hostile.svg: carries a damaged embedded project ("), cut + ": " + message);
        }
        assertTrue(refused(carrying(OURS, "AAAA<b/>")).getMessage().contains("holds more than base64 text"));
        assertEquals("hostile.svg: carries a damaged embedded project (the file ends inside it)",
                refused(good.substring(0, end)).getMessage());
        assertEquals("hostile.svg: carries a damaged embedded project (it is not valid base64)",
                refused(carrying(OURS, "%%%%")).getMessage());
    }

    @Test
    void anSvgWithoutTheElementGivesNothingAndAnInvalidProjectIsTheFilesProblem() throws Exception {
        assertEquals(Optional.empty(), SvgProjectMetadata.read((HEAD + "<rect/></svg>").getBytes(StandardCharsets.UTF_8),
                "plain.svg"));
        String svg = SvgProjectMetadata.embed(HEAD + "</svg>",
                "{\"format\":\"something-else\"}".getBytes(StandardCharsets.UTF_8));
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> SvgProjectMetadata.read(svg.getBytes(StandardCharsets.UTF_8), "x.svg"));
        assertTrue(e.getMessage().startsWith("x.svg (embedded project): is not a Sectorscope project"), e.getMessage());
    }

    @Test
    void aBombThatInflatesBeyondTheLimitIsRefused() {
        byte[] huge = new byte[65 * 1024 * 1024];
        Arrays.fill(huge, (byte) ' ');
        String svg = SvgProjectMetadata.embed(HEAD + "</svg>", huge);
        assertTrue(svg.length() < 1024 * 1024);
        assertEquals("hostile.svg: carries an embedded project larger than 64 MB", refused(svg).getMessage());
    }

    /** Endless bytes: a reader that loads the file whole, or scans without a limit, never returns. */
    private static InputStream endless(String head, byte fill) {
        InputStream tail = new InputStream() {
            @Override
            public int read() {
                return fill;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, fill);
                return len;
            }
        };
        return new BufferedInputStream(new SequenceInputStream(
                new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), tail));
    }

    @Test
    void anEndlessSvgIsRefusedInBoundedTime() {
        String limit = "hostile.svg: is too large to look for an embedded project in (more than "
                + SvgProjectMetadata.MAX_SCAN / 1048576 + " MB before it)";
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertEquals(limit, assertThrows(ProjectFileException.class,
                    () -> SvgProjectMetadata.json(endless(HEAD + "<!-- ", (byte) ' '), "hostile.svg")).getMessage());
            // Endless base64 inside the element is stopped by the same limit.
            assertEquals(limit, assertThrows(ProjectFileException.class,
                    () -> SvgProjectMetadata.json(endless(HEAD + "<metadata><sectorscope:project " + OURS + ">",
                            (byte) 'A'), "hostile.svg")).getMessage());
        });
    }
}
