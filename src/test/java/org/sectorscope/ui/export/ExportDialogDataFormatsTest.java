package org.sectorscope.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.export.ExportRequest.Format;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.export.ExportDialogViewModel.Start;

/** The export dialog's XLSX, Markdown, Mermaid and CSV choices: what the dialog says they are, and the file each writes. */
class ExportDialogDataFormatsTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final LinkedBlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();
    private final Executor fx = fxQueue::add;
    private final List<ExportDialogViewModel> made = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void dispose() {
        made.forEach(ExportDialogViewModel::dispose);
    }

    @Test
    void xlsxAndMdAreWrittenFromTheDialog() throws Exception {
        ExportDialogViewModel vm = new ExportDialogViewModel(
                new ProjectSession(TestProjects.small(), null, "small.sectorscope.json"), Start.NONE,
                f -> Optional.empty(), fx, 0);
        made.add(vm);
        vm.formatProperty().set(Format.XLSX);
        until(() -> "Excel workbook: options, evidence and sectors".equals(vm.sizeProperty().get()), "the xlsx size");
        Path xlsx = dir.resolve("data.xlsx");
        await(vm.exportTo(xlsx));
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            assertTrue(zip.getEntry("xl/worksheets/sheet3.xml") != null, "three sheets");
        }
        vm.formatProperty().set(Format.MD);
        until(() -> "Markdown memo".equals(vm.sizeProperty().get()), "the md size");
        Path md = dir.resolve("memo.md");
        await(vm.exportTo(md));
        assertTrue(Files.readString(md).startsWith("# " + TestProjects.TITLE + "\n"), Files.readString(md));
        assertEquals("Markdown memo", ExportDialog.formatName(Format.MD));
    }

    @Test
    void mermaidOfTheChosenSectorsAndBothCsvTablesAreWrittenFromTheDialog() throws Exception {
        ExportDialogViewModel vm = new ExportDialogViewModel(
                new ProjectSession(TestProjects.small(), null, "small.sectorscope.json"),
                new Start(List.of(TestProjects.CHIPS, TestProjects.BIOTECH), null, null, List.of()),
                f -> Optional.empty(), fx, 0);
        made.add(vm);
        vm.sectorsProperty().set(ExportDialogViewModel.Sectors.SELECTED);
        vm.formatProperty().set(Format.MERMAID);
        until(() -> "Mermaid quadrant chart (text for wikis)".equals(vm.sizeProperty().get()), "the mermaid size");
        Path mmd = dir.resolve("chart.mmd");
        await(vm.exportTo(mmd));
        assertEquals(List.of("    \"Semiconductors\": [0.3, 0.15] color: #9b2c2c",
                "    \"Biotech\": [0.75, 0.8] color: #2f855a"),
                Files.readAllLines(mmd).stream().filter(l -> l.contains("\": [")).toList(), "only the selected sectors");

        vm.formatProperty().set(Format.CSV_OPTIONS);
        until(() -> "CSV: the options matrix".equals(vm.sizeProperty().get()), "the options csv size");
        Path options = dir.resolve("options.csv");
        await(vm.exportTo(options));
        assertTrue(Files.readString(options).startsWith("\uFEFFRow,Option,Growth,Security,Fiscal cost,"),
                Files.readString(options));
        vm.formatProperty().set(Format.CSV_EVIDENCE);
        until(() -> "CSV: the evidence table".equals(vm.sizeProperty().get()), "the evidence csv size");
        Path evidence = dir.resolve("evidence.csv");
        await(vm.exportTo(evidence));
        assertEquals(1 + TestProjects.SMALL_EVIDENCE, Files.readAllLines(evidence).size(), "a header and a row per item");
        assertEquals("CSV evidence table", ExportDialog.formatName(Format.CSV_EVIDENCE));
        assertEquals("csv", Format.CSV_EVIDENCE.extension());
        assertEquals("mmd", Format.MERMAID.extension());
    }

    private void until(BooleanSupplier done, String what) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!done.getAsBoolean()) {
            Runnable r = fxQueue.poll(50, TimeUnit.MILLISECONDS);
            if (r != null) {
                r.run();
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
        }
    }

    private <T> T await(CompletableFuture<T> future) throws Exception {
        until(future::isDone, "the export");
        return future.get();
    }
}
