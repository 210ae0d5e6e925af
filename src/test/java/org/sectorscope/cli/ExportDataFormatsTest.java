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
import org.sectorscope.export.Exporter;
import org.sectorscope.export.MarkdownMemo;
import org.sectorscope.export.MermaidQuadrantChart;
import org.sectorscope.export.ProjectEmbedding;
import org.sectorscope.logic.OptionRanking;
import org.sectorscope.model.Project;
import org.sectorscope.store.ProjectStore;

/**
 * {@code export --format xlsx|md|mermaid|csv [--table options|evidence]}: written through the same guarded path as
 * the figures, or the text formats to standard output.
 */
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
        for (String format : List.of("md", "mermaid", "csv")) {
            Path out = dir.resolve("data." + format);
            Files.write(out, new byte[] {1, 2, 3});
            assertEquals(Cli.INVALID, run("export", sample.toString(), "--format", format, "--out", out.toString()));
            assertEquals("error: " + out + " exists; use --force to replace it\n", err());
            assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(out));
            assertEquals(Cli.OK, run("export", sample.toString(), "--format", format, "--out", out.toString(),
                    "--force"), err());
            assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(dir.resolve("data." + format + ".bak")));
            assertTrue(Files.size(out) > 500, format);
        }
        assertTrue(Files.readString(dir.resolve("data.md")).startsWith("# " + MarkdownMemo.escape(project.info().title())
                + "\n"));
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

    @Test
    void mermaidIsTheChartOfTheProject() throws Exception {
        Path out = dir.resolve("chart.mmd");
        assertEquals(Cli.OK, run("export", sample.toString(), "--format", "Mermaid", "--out", out.toString()), err());
        assertEquals("exported " + sample + " -> " + out + " (mmd, a Mermaid quadrantChart)\n", out());
        String expected = MermaidQuadrantChart.text(project, ExportRequest.defaults(project, ExportRequest.Format.MERMAID));
        assertEquals(expected, Files.readString(out, StandardCharsets.UTF_8));
        assertEquals(project.sectors().stream().filter(s -> s.isPlaced()).count(),
                expected.lines().filter(l -> l.contains("\": [")).count(), "a point per placed sector");

        assertEquals(Cli.OK, run("export", sample.toString(), "--format", "mermaid", "--out", "-"), err());
        assertEquals(expected, out(), "the same text on standard output, and nothing else");
    }

    @Test
    void csvIsTheOptionsMatrixUnlessTheEvidenceTableIsAskedFor() throws Exception {
        Path options = dir.resolve("options.csv");
        assertEquals(Cli.OK, run("export", sample.toString(), "--format", "csv", "--out", options.toString()), err());
        assertEquals("exported " + sample + " -> " + options + " (csv, the options matrix)\n", out());
        assertArrayEquals(bytes(ExportRequest.Format.CSV_OPTIONS), Files.readAllBytes(options));
        assertTrue(Files.readString(options, StandardCharsets.UTF_8).startsWith("\uFEFFRow,Option,"));

        Path evidence = dir.resolve("evidence.csv");
        assertEquals(Cli.OK, run("export", sample.toString(), "--format", "csv", "--table", "Evidence", "--out",
                evidence.toString()), err());
        assertEquals("exported " + sample + " -> " + evidence + " (csv, the evidence table)\n", out());
        byte[] table = Files.readAllBytes(evidence);
        assertArrayEquals(bytes(ExportRequest.Format.CSV_EVIDENCE), table);
        String text = new String(table, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFSector,Quadrant,Quote,Note,Source,Page,Grade,Bears on,Tags,Added\r\n"), text);
        long items = project.sectors().stream().mapToLong(s -> s.evidence().size()).sum();
        assertTrue(text.split("\r\n").length >= items + 1, "a row per item at least (a quote may hold a line break)");

        assertEquals(Cli.OK, run("export", sample.toString(), "--format", "csv", "--table", "options", "--out", "-"),
                err());
        assertArrayEquals(bytes(ExportRequest.Format.CSV_OPTIONS), outBytes.toByteArray(), "standard output");
    }

    private byte[] bytes(ExportRequest.Format format) throws Exception {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        Exporter.writeTo(project, ExportRequest.defaults(project, format), ProjectEmbedding.FULL, expected);
        return expected.toByteArray();
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }
}
