package org.sectorscope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.export.ExportRequest;
import org.sectorscope.export.MarkdownMemo;
import org.sectorscope.logic.OptionRanking;
import org.sectorscope.model.Project;
import org.sectorscope.store.ProjectStore;

/** {@code export --format xlsx|md}: written through the same guarded path as the figures, or md to stdout. */
class ExportDataFormatsTest {
    @TempDir
    Path dir;

    private Path sample;
    private Project project;
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    @BeforeEach
    void copySample() throws Exception {
        project = ProjectStore.loadSample();
        sample = dir.resolve("sample.sectorscope.json");
        ProjectStore.save(project, sample);
    }

    private int run(String... args) {
        outBytes.reset();
        errBytes.reset();
        return new Cli(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void xlsxIsWrittenWithTheAppsRanking() throws Exception {
        Path out = dir.resolve("data.xlsx");
        assertEquals(Cli.OK, run("export", sample.toString(), "--format", "XLSX", "--out", out.toString()), err());
        assertEquals("exported " + sample + " -> " + out + " (xlsx, sheets Options, Evidence and Sectors)\n",
                outBytes.toString(StandardCharsets.UTF_8));
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out))) {
            var sheet = book.getSheet("Options");
            int rankColumn = project.criteria().size() + 2;
            for (var r : OptionRanking.rank(project)) {
                int row = 3 + project.options().indexOf(r.option());
                assertEquals(r.rank(), sheet.getRow(row).getCell(rankColumn).getNumericCellValue(), 0);
            }
        }
    }

    @Test
    void anExistingFileIsKeptWithoutForceAndBackedUpWithIt() throws Exception {
        Path out = dir.resolve("memo.md");
        Files.write(out, new byte[] {1, 2, 3});
        assertEquals(Cli.INVALID, run("export", sample.toString(), "--format", "md", "--out", out.toString()));
        assertEquals("error: " + out + " exists; use --force to replace it\n", err());
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(out));
        assertEquals(Cli.OK, run("export", sample.toString(), "--format", "md", "--out", out.toString(), "--force"),
                err());
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(dir.resolve("memo.md.bak")));
        assertTrue(Files.readString(out).startsWith("# " + MarkdownMemo.escape(project.info().title()) + "\n"));
    }

    @Test
    void mdGoesToStandardOutputAndNothingElse() {
        assertEquals(Cli.OK, run("export", sample.toString(), "--format", "md", "--out", "-"), err());
        String md = outBytes.toString(StandardCharsets.UTF_8);
        String expected = MarkdownMemo.text(project, ExportRequest.defaults(project, ExportRequest.Format.MD));
        assertEquals(expected, md);
        assertEquals(List.of(), List.of(err().lines().toArray()));
        assertTrue(md.contains("\n## A) "), md);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }
}
