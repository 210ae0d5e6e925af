package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sectorscope.model.Project;
import org.sectorscope.model.Text;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectReader;
import org.sectorscope.store.ProjectRepair;
import org.sectorscope.store.RepairedProject;

/**
 * The attack files of issue 12, points 8 and 13 (in {@code src/test/resources/attacks}): the reader
 * refuses each, naming a text; the repaired copy exports to every format, and its SVG and every XML part
 * of its PPTX are well-formed XML without a character XML forbids.
 */
class AttackFilesExportTest {
    private static final Duration BOUND = Duration.ofSeconds(120); // a guard against hanging

    @ParameterizedTest
    @ValueSource(strings = {"forbidden-characters", "long-texts"})
    void refusedThenRepairedThenExportedAsWellFormedXml(String attack, @TempDir Path dir) throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/attacks/" + attack + ".sectorscope.json")) {
            bytes = in.readAllBytes();
        }
        ProjectFileException refused = assertThrows(ProjectFileException.class, () -> ProjectReader.parse(bytes, attack));
        assertTrue(refused.problem().contains("XML") || refused.problem().contains("characters long"), refused.problem());

        RepairedProject repaired = ProjectRepair.attempt(bytes, attack).orElseThrow();
        assertTrue(repaired.fixes().size() >= 5, repaired.fixes()::toString);
        Project project = repaired.project();
        for (ExportRequest.Format format : ExportRequest.Format.values()) {
            Path out = dir.resolve(attack + "." + format.name().toLowerCase());
            assertTimeoutPreemptively(BOUND, () -> Exporter.export(project, ExportRequest.defaults(project, format), out));
            assertTrue(Files.size(out) > 0);
        }
        String svg = Files.readString(dir.resolve(attack + ".svg"), StandardCharsets.UTF_8);
        assertWellFormed(svg.getBytes(StandardCharsets.UTF_8), "svg");
        int parts = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(dir.resolve(attack + ".pptx")))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                    assertWellFormed(zip.readAllBytes(), e.getName());
                    parts++;
                }
            }
        }
        assertTrue(parts > 5, "PPTX XML parts checked: " + parts);
        if (attack.equals("forbidden-characters")) {
            assertTrue(svg.contains("\uFFFD"), "the replaced characters are drawn as U+FFFD");
        }
    }

    private static void assertWellFormed(byte[] xml, String what) throws Exception {
        String text = new String(xml, StandardCharsets.UTF_8);
        assertEquals(-1, Text.firstForbidden(text.replace("\t", "")), what + " holds a character XML forbids");
        assertFalse(text.contains("&#xFFFF;") || text.contains("&#65535;") || text.contains("&#xFFFE;"), what);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)); // throws on malformed XML
    }
}
