package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.TestProjects;

/**
 * An evidence CSV is bounded by bytes, and an import that would make the project too large to save is
 * refused before anything is imported (issue 12, point 1: a large CSV, saved twice, left a file and a
 * backup that both were refused on the next open).
 */
class EvidenceCsvSizeTest {
    private static final String TODAY = "2026-12-02";

    @TempDir
    Path dir;

    /** Header, then {@code rows} rows of one 1,000-character CJK quote each (about 3,000 bytes), made as read. */
    private static InputStream cjkRows(int rows) {
        byte[] header = "sectorId,quote,reliability,credibility\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] row = (TestProjects.SOLAR + "," + "\u8bc1".repeat(1000) + ",C,3\r\n").getBytes(StandardCharsets.UTF_8);
        long bytes = header.length + (long) rows * row.length;
        return new InputStream() {
            private long sent;

            @Override
            public int read() {
                if (sent >= bytes) {
                    return -1;
                }
                long at = sent++;
                if (at < header.length) {
                    return header[(int) at];
                }
                return row[(int) ((at - header.length) % row.length)] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = 0;
                while (n < len) {
                    int c = read();
                    if (c < 0) {
                        return n == 0 ? -1 : n;
                    }
                    b[off + n++] = (byte) c;
                }
                return n;
            }
        };
    }

    @Test
    void aFileOverSixtyFourMegabytesIsRefusedThoughItHasFewerCharacters() {
        // 24,000 rows of 3-byte characters: 72 MB, 24 million characters, a third of the character limit.
        CsvImportException refused = assertThrows(CsvImportException.class,
                () -> EvidenceCsvReader.read(cjkRows(24_000), TestProjects.small(), TODAY));
        assertEquals("the file is larger than 67,108,864 bytes (64 MB)", refused.getMessage());
        assertEquals(-1, refused.line(), "the whole file is the problem, not a line");
    }

    @Test
    void aFileUnderTheLimitIsRead() throws Exception {
        EvidenceImport preview = EvidenceCsvReader.read(cjkRows(1_000), TestProjects.small(), TODAY);
        assertEquals(1_000, preview.validRows().size());
    }

    @Test
    void anImportThatWouldMakeTheProjectTooLargeToSaveIsRefusedBeforeAnythingIsImported() throws Exception {
        // 55,000 rows of 640 backslashes: a 36 MB file, within every CSV limit. JSON writes each backslash
        // as two characters, so as evidence items in the project's canonical form they are over 64 MB.
        Path csv = dir.resolve("big.csv");
        String quote = "\\".repeat(640);
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("sectorId,quote,reliability,credibility\r\n");
            for (int i = 0; i < 55_000; i++) {
                w.write(TestProjects.SOLAR + "," + quote + ",C,3\r\n");
            }
        }
        assertTrue(Files.size(csv) < 40L * 1024 * 1024);

        ProjectFileException refused = assertThrows(ProjectFileException.class,
                () -> EvidenceCsvFiles.read(csv, TestProjects.small(), TODAY));

        String message = refused.getMessage();
        assertTrue(message.startsWith(csv + ": cannot be imported: with its 55,000 evidence items the project could"
                + " no longer be saved (the saved file would be "), message);
        assertTrue(message.endsWith("more than the 64 MB a project file may have); nothing was imported"), message);
    }
}
