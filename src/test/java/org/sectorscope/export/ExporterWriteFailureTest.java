package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sectorscope.model.Project;
import org.sectorscope.store.AtomicFileWriter;
import org.sectorscope.store.FileOps;

/**
 * Each step of writing a figure made to fail through the writer's {@link FileOps}, for every format: the
 * file it was to replace keeps its old content (or, where only the folder sync failed, holds the whole
 * new figure), no temp file is left, and the message names the file and the problem.
 */
class ExporterWriteFailureTest {
    private static final byte[] OLD = "the previous figure".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private final Project small = ExportFixtures.small();

    /** A failing step: the file operations for a target, and the problem expected (null: the export succeeds). */
    private record Step(String name, Function<Path, FileOps> ops, Function<Path, String> problem, boolean backupKept) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Step> STEPS = List.of(
            new Step("the folder refuses the temp file", target -> new FileOps() {
                @Override
                public Path createTemp(Path t, Path like) throws IOException {
                    throw new AccessDeniedException(t.toString());
                }
            }, target -> "the folder " + target.getParent() + " is not writable (permission denied)", false),
            new Step("the disk fills while writing", target -> new FileOps() {
                @Override
                public void write(FileChannel out, ByteBuffer bytes) throws IOException {
                    out.write(bytes.slice(bytes.position(), bytes.remaining() / 2));
                    throw new IOException("No space left on device");
                }
            }, target -> "the disk is full", false),
            new Step("forcing to disk fails", target -> new FileOps() {
                @Override
                public void force(FileChannel out) throws IOException {
                    throw new IOException("Input/output error");
                }
            }, target -> "the disk reported a read or write error", false),
            new Step("the backup cannot be copied", target -> new FileOps() {
                @Override
                public boolean backUp(Path file, Path backup) throws IOException {
                    throw new IOException("No space left on device");
                }
            }, target -> "could not keep the old file as " + target.getFileName() + ".bak (the disk is full); the file"
                    + " was not changed", false),
            new Step("the figure cannot be moved into place", target -> new FileOps() {
                @Override
                public void move(Path from, Path to) throws IOException {
                    if (to.equals(target)) {
                        throw new IOException("Input/output error");
                    }
                    FileOps.super.move(from, to);
                }
            }, target -> "the disk reported a read or write error", true),
            new Step("the folder cannot be synced", target -> new FileOps() {
                @Override
                public void syncFolder(Path folder) throws IOException {
                    throw new IOException("Input/output error");
                }
            }, target -> null, true));

    static Stream<Arguments> formatsAndSteps() {
        return Arrays.stream(ExportRequest.Format.values())
                .flatMap(format -> STEPS.stream().map(step -> Arguments.of(format, step)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("formatsAndSteps")
    void theOldFigureSurvivesOrTheNewOneIsWhole(ExportRequest.Format format, Step step) throws Exception {
        Path target = Files.write(dir.resolve("figure." + format.extension()), OLD);
        Exporter exporter = new Exporter(new AtomicFileWriter(step.ops().apply(target)));
        ExportRequest request = ExportFixtures.request(small, format);
        String problem = step.problem().apply(target);
        if (problem == null) {
            exporter.write(small, request, ProjectEmbedding.FULL, target, Exporter.IfExists.REPLACE_KEEPING_BACKUP,
                    null);
            assertWhole(format, target);
        } else {
            ExportException e = assertThrows(ExportException.class, () -> exporter.write(small, request,
                    ProjectEmbedding.FULL, target, Exporter.IfExists.REPLACE_KEEPING_BACKUP, null));
            assertEquals("Could not export to " + target + ": " + problem, e.getMessage());
            assertEquals(target, e.file());
            assertArrayEquals(OLD, Files.readAllBytes(target), "the old figure is untouched");
        }
        String name = target.getFileName().toString();
        assertEquals(step.backupKept() ? List.of(name, name + ".bak") : List.of(name), files(), "no temp file left");
        if (step.backupKept()) {
            assertArrayEquals(OLD, Files.readAllBytes(dir.resolve(name + ".bak")));
        }
    }

    /** The figure ends as its format ends: nothing was cut off. */
    private static void assertWhole(ExportRequest.Format format, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.ISO_8859_1).trim();
        switch (format) {
            case PNG -> assertEquals("IEND", new String(bytes, bytes.length - 8, 4, StandardCharsets.ISO_8859_1));
            case SVG -> assertTrue(text.endsWith("</svg>"), text.substring(Math.max(0, text.length() - 40)));
            case PDF, DECK_PDF -> assertTrue(text.endsWith("%%EOF"), text.substring(Math.max(0, text.length() - 40)));
            case PPTX, DECK -> {
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    assertTrue(zip.getEntry("ppt/slides/slide1.xml") != null, "a slide");
                }
            }
            case XLSX -> {
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    assertTrue(zip.getEntry("xl/worksheets/sheet3.xml") != null, "the third sheet");
                }
            }
            case MD -> assertTrue(text.startsWith("# ") && text.contains("## D)"), text);
            case MERMAID -> assertTrue(text.contains("\nquadrantChart\n") && text.contains("\"Commercial aircraft\": ["),
                    text);
            case CSV_OPTIONS -> assertTrue(text.contains("\r\noption,Open procurement,3,2,,"), text);
            case CSV_EVIDENCE -> assertTrue(text.contains("\r\nBiotech,C) Harmless Failure,Few novel drugs so far.,"),
                    text);
        }
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
