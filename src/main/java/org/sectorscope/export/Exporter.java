package org.sectorscope.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.function.DoubleConsumer;
import org.sectorscope.model.Project;
import org.sectorscope.store.AtomicFileWriter;
import org.sectorscope.store.FileWriteException;
import org.sectorscope.store.WriteMode;

/**
 * Exports a project as a figure file. Runs without a display ({@code java.awt.headless=true}) and off
 * the FX thread: call it from a background thread. The figure is written by the {@link AtomicFileWriter}
 * that saves projects, so the target holds either its old content or the whole new export, never a part
 * of it; a file it replaces is kept as {@code NAME.bak}, as a save keeps the project's.
 */
public final class Exporter {
    private static final Exporter STANDARD = new Exporter(AtomicFileWriter.standard());

    /** What an export does about a file already at its target. */
    public enum IfExists {
        /** Replace a regular, writable file, keeping it as {@code NAME.bak}. */
        REPLACE_KEEPING_BACKUP,
        /** Leave it alone and fail with {@link ExportException#targetExists()}. */
        REFUSE
    }

    private final AtomicFileWriter writer;

    /** An exporter writing through {@code writer}; tests pass one whose file operations fail. */
    public Exporter(AtomicFileWriter writer) {
        this.writer = writer;
    }

    public static void export(Project project, ExportRequest request, Path out) throws ExportException {
        export(project, request, out, null);
    }

    /**
     * As {@link #export(Project, ExportRequest, Path)}, reporting progress from 0 to 1 (never backwards) to
     * {@code progress} when it is not null; worth showing for large scenes and scales.
     *
     * @throws ExportException naming the file, with a message fit for the analyst; the file is unchanged
     */
    public static void export(Project project, ExportRequest request, Path out, DoubleConsumer progress)
            throws ExportException {
        export(project, request, ProjectEmbedding.FULL, out, progress);
    }

    /**
     * As {@link #export(Project, ExportRequest, Path, DoubleConsumer)}, a PNG or SVG carrying as much of the project
     * as {@code embedding} says (other formats carry none).
     */
    public static void export(Project project, ExportRequest request, ProjectEmbedding embedding, Path out,
                              DoubleConsumer progress) throws ExportException {
        STANDARD.write(project, request, embedding, out, IfExists.REPLACE_KEEPING_BACKUP, progress);
    }

    /**
     * Exports to {@code out}, doing about a file already there what {@code ifExists} says.
     *
     * @throws ExportException naming the file, with a message fit for the analyst; the file is unchanged
     */
    public void write(Project project, ExportRequest request, ProjectEmbedding embedding, Path out,
                      IfExists ifExists, DoubleConsumer progress) throws ExportException {
        DoubleConsumer report = Progress.monotonic(progress);
        report.accept(0);
        Path file = out.toAbsolutePath().normalize();
        WriteMode mode = ifExists == IfExists.REFUSE ? WriteMode.createNew()
                : WriteMode.replaceWritableKeepingBackup();
        try {
            writer.write(file, stream -> render(project, request, embedding, stream, Progress.range(report, 0, 0.95)),
                    mode);
            report.accept(1);
        } catch (FileWriteException e) {
            throw failed(e);
        } catch (IllegalArgumentException e) {
            throw new ExportException(file, e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            // One large image buffer is what runs out; dropping it lets the application carry on.
            throw new ExportException(file, "not enough memory for a figure this large; choose a smaller size or scale");
        }
    }

    /**
     * Draws the figure into {@code out} rather than a file (the command line's {@code --out -}); the
     * caller owns the stream, and a failure may leave part of a figure in it.
     */
    public static void writeTo(Project project, ExportRequest request, ProjectEmbedding embedding, OutputStream out)
            throws IOException {
        render(project, request, embedding, out, Progress.NONE);
    }

    private static void render(Project project, ExportRequest request, ProjectEmbedding embedding, OutputStream out,
                               DoubleConsumer progress) throws IOException {
        switch (request.format()) {
            case PNG -> PngExporter.write(project, request, embedding, out, progress);
            case SVG -> SvgExporter.write(project, request, embedding, out, progress);
            case PDF -> PdfExporter.write(project, request, out, progress);
            case PPTX, PPTX_PICTURE -> PptxExporter.write(project, request, embedding, out, progress);
            case XLSX -> XlsxWorkbook.write(project, embedding, out);
            case MD -> MarkdownMemo.write(project, request, out);
            case MERMAID -> MermaidQuadrantChart.write(project, request, out);
            case CSV_OPTIONS -> CsvTables.writeOptions(project, out);
            case CSV_EVIDENCE -> CsvTables.writeEvidence(project, out);
            case DECK -> DeckPptx.write(project, request, out, progress);
            case DECK_PDF -> DeckPdf.write(project, request, out, progress);
        }
    }

    /** The writer's refusal or failure in the words exports have always used. */
    private static ExportException failed(FileWriteException e) {
        return switch (e.failure()) {
            case EXISTS -> ExportException.targetExists(e.file());
            case NOT_REGULAR -> new ExportException(e.file(), e.problem() + ", and only regular files are replaced", e);
            case BACKUP -> new ExportException(e.file(), e.problem() + "; the file was not changed", e);
            default -> new ExportException(e.file(), e.problem(), e);
        };
    }
}
