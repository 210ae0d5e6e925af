package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;

/** Sectors CSV files on disk: messages name the file, big files stay bounded, a write is atomic. */
class SectorCsvFilesTest {
    @TempDir
    Path dir;

    @Test
    void aMissingFileOrAFolderIsToldByName() {
        Path missing = dir.resolve("none.csv");
        assertEquals(missing + ": does not exist",
                assertThrows(ProjectFileException.class, () -> SectorCsvFiles.read(missing, TestProjects.small()))
                        .getMessage());
        assertTrue(assertThrows(ProjectFileException.class, () -> SectorCsvFiles.read(dir, TestProjects.small()))
                .getMessage().startsWith(dir + ": "));
    }

    @Test
    void aBadRowIsNotAFileErrorButABadFileNamesItsLine() throws Exception {
        Path csv = Files.writeString(dir.resolve("s.csv"), "name,x\nOne,\"open\n");
        SectorImport preview = SectorCsvFiles.read(csv, TestProjects.small());
        assertEquals("the quoted cell \"x\" that starts on line 2 is not closed before the end of the file",
                preview.rows().get(0).problem(true));
        Path bad = Files.write(dir.resolve("b.csv"), new byte[] {'n', 'a', 'm', 'e', '\n', (byte) 0xC3, '\n'});
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> SectorCsvFiles.read(bad, TestProjects.small()));
        assertEquals(bad + ": the file is not valid UTF-8 (line 2)", e.getMessage());
    }

    @Test
    void oneHundredThousandRowsAreReadAndImportedWhole() throws Exception {
        Path csv = dir.resolve("many.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("name,quadrant\r\n");
            for (int i = 0; i < EvidenceCsv.MAX_ROWS; i++) {
                w.write("Sector " + i + "," + "ABCD".charAt(i % 4) + "\r\n");
            }
        }
        SectorImport preview = SectorCsvFiles.read(csv, TestProjects.small());
        assertEquals(new SectorImport.Counts(EvidenceCsv.MAX_ROWS, 0, 0, 0), preview.counts(false));
        Project after = preview.applyTo(TestProjects.small(), OnExisting.SKIP, false, "2026-12-02T00:00:00Z");
        assertEquals(EvidenceCsv.MAX_ROWS + 4, after.sectors().size());
        long misplaced = after.sectors().stream().skip(4)
                .filter(s -> !after.quadrantOf(s).orElseThrow().letter().equals(
                        String.valueOf("ABCD".charAt(Integer.parseInt(s.name().substring(7)) % 4))))
                .count();
        assertEquals(0, misplaced, "every spread sector lies in the quadrant its row gives");
    }

    @Test
    void sectorsThatWouldMakeTheProjectUnsavableAreRefusedBeforeAnythingChanges() throws Exception {
        Path csv = dir.resolve("big.csv");
        String prose = "\\".repeat(20_000); // the longest prose; each backslash is two characters in the saved JSON
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("name,summary,rationale,quote\r\n");
            for (int i = 0; i < 600; i++) {
                w.write("S" + i + "," + prose + "," + prose + "," + prose + "\r\n");
            }
        }
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> SectorCsvFiles.read(csv, TestProjects.small()));
        assertTrue(e.getMessage().startsWith(csv + ": cannot be imported: with its 600 sectors the project could no"
                + " longer be saved"), e.getMessage());
    }

    @Test
    void writingReplacesAFileAtomicallyButNeverTheProjectItself() throws Exception {
        Project p = TestProjects.small();
        Path out = dir.resolve("out.csv");
        SectorCsvFiles.write(p, p.sectors(), out, null);
        assertEquals(5, Files.readAllLines(out).size());
        Path projectFile = dir.resolve("p.sectorscope.json");
        ProjectStore.save(p, projectFile);
        assertThrows(ProjectFileException.class, () -> SectorCsvFiles.write(p, p.sectors(), projectFile, projectFile));
    }
}
