package org.sectorscope.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sectorscope.cli.Cli;
import org.sectorscope.cli.ExportCommand;
import org.sectorscope.export.PngProjectChunk;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectDocument;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.store.RecentFiles;
import org.sectorscope.ui.export.ExportDialogViewModel;

/**
 * Issue 12, point 4: File > Export and the evidence CSV export never write over the open project, by
 * its own name, a symbolic link, a hard link or a name whose backup would be it, as the command line's
 * export never did; and a figure export that replaces a file keeps the old one as NAME.bak.
 */
class ExportsKeepTheProjectTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    private Path project;
    private byte[] saved;
    private ProjectSession session;
    private final LinkedBlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();
    private final StubDialogs dialogs = new StubDialogs();
    private final List<String> errors = dialogs.errors;
    private ProjectFiles files;
    private ExportDialogViewModel dialog;

    @BeforeEach
    void saveTheProject() throws Exception {
        project = dir.resolve("small.sectorscope.json");
        ProjectStore.save(TestProjects.small(), project);
        saved = Files.readAllBytes(project);
        session = new ProjectSession(TestProjects.small(), project, null);
        files = new ProjectFiles();
    }

    @AfterEach
    void tearDown() {
        files.close();
        if (dialog != null) {
            dialog.dispose();
        }
    }

    /** The same project file under another name, as the analyst might pick it in a file chooser. */
    private Path alias(String kind) throws Exception {
        return switch (kind) {
            case "itself" -> project;
            case "relative" -> dir.resolve("sub").resolve("..").resolve(project.getFileName());
            case "symlink" -> Files.createSymbolicLink(dir.resolve("figure.png"), project);
            case "hardlink" -> Files.createLink(dir.resolve("figure.png"), project);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"itself", "relative", "symlink", "hardlink"})
    void theExportDialogRefusesToWriteOverTheProject(String kind) throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Path target = alias(kind);
        dialog = new ExportDialogViewModel(session, ExportDialogViewModel.Start.NONE, f -> Optional.empty(),
                fxQueue::add, 0);
        CompletableFuture<Path> done = dialog.exportTo(target);
        until(done::isDone);
        assertTrue(done.isCompletedExceptionally(), kind);
        assertEquals("Could not export to " + target.toAbsolutePath() + ": it is the project file itself; choose "
                + "another file", dialog.messageProperty().get());
        assertTrue(dialog.messageIsErrorProperty().get());
        assertArrayEquals(saved, Files.readAllBytes(project), "the project is untouched");
        assertFalse(Files.exists(dir.resolve(project.getFileName() + ".bak")), "not even backed up over");
    }

    @ParameterizedTest
    @ValueSource(strings = {"itself", "symlink", "hardlink"})
    void theEvidenceCsvExportRefusesToWriteOverTheProject(String kind) throws Exception {
        Path target = alias(kind);
        ProjectDocument document = new ProjectDocument(session, files, new RecentFiles(dir.resolve("home")),
                Runnable::run, dialogs);
        assertFalse(document.evidenceCsv().export(target).get(10, TimeUnit.SECONDS));
        assertEquals(List.of("Could not export evidence: " + target.getFileName() + " is the project file itself; choose"
                + " another file."), errors);
        assertArrayEquals(saved, Files.readAllBytes(project));
    }

    @Test
    void aTargetWhoseBackupWouldBeTheProjectIsRefusedToo() throws Exception {
        // A project named "x.bak" is what replacing "x" would back up over.
        Path oddProject = dir.resolve("figure.png.bak");
        Files.copy(project, oddProject);
        byte[] before = Files.readAllBytes(oddProject);
        Path target = dir.resolve("figure.png");
        Files.writeString(target, "an older figure");
        ProjectSession odd = new ProjectSession(TestProjects.small(), oddProject, null);
        dialog = new ExportDialogViewModel(odd, ExportDialogViewModel.Start.NONE, f -> Optional.empty(),
                fxQueue::add, 0);
        CompletableFuture<Path> done = dialog.exportTo(target);
        until(done::isDone);
        assertTrue(done.isCompletedExceptionally());
        assertEquals("Could not export to " + target + ": it would keep its backup as figure.png.bak, the project "
                + "file itself; choose another file", dialog.messageProperty().get());
        assertArrayEquals(before, Files.readAllBytes(oddProject));
        assertEquals("an older figure", Files.readString(target));
    }

    @Test
    void aFigureExportThatReplacesAFileKeepsTheOldOneAsBak() throws Exception {
        Path target = dir.resolve("figure.png");
        Files.writeString(target, "last week's figure");
        dialog = new ExportDialogViewModel(session, ExportDialogViewModel.Start.NONE, f -> Optional.empty(),
                fxQueue::add, 0);
        CompletableFuture<Path> done = dialog.exportTo(target);
        until(done::isDone);
        assertEquals(target.toAbsolutePath(), done.get());
        assertEquals("last week's figure", Files.readString(dir.resolve("figure.png.bak")));
        assertTrue(PngProjectChunk.read(target).isPresent(), "the new figure is in place");
        assertEquals("Exported to " + target + " (the file it replaced is kept as figure.png.bak)",
                dialog.messageProperty().get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"symlink", "hardlink"})
    void theCommandLineRefusesALinkToTheProjectWithTheSameCheck(String kind) throws Exception {
        Path target = alias(kind);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new ExportCommand(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of(project.toString(), "--format", "png", "--out", target.toString(), "--force"));
        assertEquals(Cli.INVALID, status);
        assertEquals("error: " + target + " is the project file itself; choose another --out",
                err.toString(StandardCharsets.UTF_8).strip());
        assertArrayEquals(saved, Files.readAllBytes(project));
    }

    @Test
    void theCommandLinesForcedExportKeepsTheReplacedFigure() throws Exception {
        Path target = dir.resolve("figure.svg");
        Files.writeString(target, "<svg>old</svg>");
        int status = new ExportCommand(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(List.of(project.toString(), "--format", "svg", "--out", target.toString(), "--force"));
        assertEquals(Cli.OK, status);
        assertEquals("<svg>old</svg>", Files.readString(dir.resolve("figure.svg.bak")));
        assertTrue(Files.readString(target).contains("<svg"));
    }

    private void until(BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!done.getAsBoolean()) {
            Runnable r = fxQueue.poll(50, TimeUnit.MILLISECONDS);
            if (r != null) {
                r.run();
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for the export");
            }
        }
    }
}
