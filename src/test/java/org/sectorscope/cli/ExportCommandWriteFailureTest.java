package org.sectorscope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.AtomicFileWriter;
import org.sectorscope.store.FileOps;
import org.sectorscope.store.ProjectStore;

/**
 * {@code sectorscope export} with each step of writing the figure made to fail through the writer's
 * {@link FileOps}, with and without {@code --force}: the file named by {@code --out} keeps its old content
 * (or is still absent), or holds the whole figure; no temp file is left; one error line names the file
 * as typed and the problem, with exit status 1.
 */
class ExportCommandWriteFailureTest {
    private static final byte[] OLD = "the previous figure".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    private Path project;
    private Path out;
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    @BeforeEach
    void saveAProject() throws Exception {
        project = dir.resolve("p.sectorscope.json");
        ProjectStore.save(TestProjects.small(), project);
        out = dir.resolve("figure.svg");
    }

    private int export(FileOps ops, String... more) {
        outBytes.reset();
        errBytes.reset();
        List<String> args = new ArrayList<>(List.of(project.toString(), "--format", "svg", "--out", out.toString()));
        args.addAll(List.of(more));
        return new ExportCommand(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8), new AtomicFileWriter(ops)).run(args);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static final FileOps DISK_FILLS = new FileOps() {
        @Override
        public void write(FileChannel channel, ByteBuffer bytes) throws IOException {
            channel.write(bytes.slice(bytes.position(), bytes.remaining() / 2));
            throw new IOException("No space left on device");
        }
    };

    private static final FileOps FORCE_FAILS = new FileOps() {
        @Override
        public void force(FileChannel channel) throws IOException {
            throw new IOException("Input/output error");
        }
    };

    private void assertFailed(int status, String problem) {
        assertEquals("error: could not export to " + out + ": " + problem + "\n", err());
        assertEquals(Cli.INVALID, status);
        assertEquals("", outBytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aNewFigureThatCannotBeWrittenLeavesNothing() throws Exception {
        assertFailed(export(DISK_FILLS), "the disk is full");
        assertEquals(List.of("p.sectorscope.json"), files());
        assertFailed(export(FORCE_FAILS), "the disk reported a read or write error");
        assertFailed(export(new FileOps() {
            @Override
            public void placeNew(Path temp, Path target) throws IOException {
                throw new IOException("Input/output error");
            }
        }), "the disk reported a read or write error");
        assertFalse(Files.exists(out));
        assertEquals(List.of("p.sectorscope.json"), files(), "no temp file left");
    }

    @Test
    void aFigureReplacedWithForceSurvivesEachFailure() throws Exception {
        Files.write(out, OLD);
        assertFailed(export(DISK_FILLS, "--force"), "the disk is full");
        assertFailed(export(FORCE_FAILS, "--force"), "the disk reported a read or write error");
        assertFailed(export(new FileOps() {
            @Override
            public boolean backUp(Path file, Path backup) throws IOException {
                throw new IOException("No space left on device");
            }
        }, "--force"), "could not keep the old file as figure.svg.bak (the disk is full); the file was not changed");
        assertEquals(List.of("figure.svg", "p.sectorscope.json"), files());
        assertFailed(export(new FileOps() {
            @Override
            public void move(Path from, Path to) throws IOException {
                if (to.getFileName().toString().equals("figure.svg")) {
                    throw new IOException("Input/output error");
                }
                FileOps.super.move(from, to);
            }
        }, "--force"), "the disk reported a read or write error");
        assertArrayEquals(OLD, Files.readAllBytes(out), "the old figure is untouched");
        assertEquals(List.of("figure.svg", "figure.svg.bak", "p.sectorscope.json"),
                files(), "no temp file left; the backup was kept before the last step failed");
        assertArrayEquals(OLD, Files.readAllBytes(dir.resolve("figure.svg.bak")));
    }

    @Test
    void aFailedFolderSyncStillExportsTheWholeFigure() throws Exception {
        int status = export(new FileOps() {
            @Override
            public void syncFolder(Path folder) throws IOException {
                throw new IOException("Input/output error");
            }
        });
        assertEquals("", err());
        assertEquals(Cli.OK, status);
        assertTrue(Files.readString(out).trim().endsWith("</svg>"), "the whole figure");
        assertEquals(List.of("figure.svg", "p.sectorscope.json"), files());
    }

    @Test
    void aFileThatAppearsWhileExportingIsNeverReplacedWithoutForce() throws Exception {
        int status = export(new FileOps() {
            @Override
            public void placeNew(Path temp, Path target) throws IOException {
                Files.write(target, OLD); // another program was quicker
                FileOps.super.placeNew(temp, target);
            }
        });
        assertEquals("error: " + out + " exists; use --force to replace it\n", err());
        assertEquals(Cli.INVALID, status);
        assertArrayEquals(OLD, Files.readAllBytes(out));
        assertEquals(List.of("figure.svg", "p.sectorscope.json"), files());
    }
}
