package org.sectorscope.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import org.sectorscope.model.Project;
import org.sectorscope.store.AtomicFileWriter;
import org.sectorscope.store.RegularFiles;
import org.sectorscope.store.SiblingFiles;

/**
 * Exports a project as a figure file. Runs without a display ({@code java.awt.headless=true}) and off
 * the FX thread: call it from a background thread. The file is written to a temp file in the same
 * folder and moved into place, so the target holds either its old content or the whole new export,
 * never a part of it; a file it replaces is kept as {@code NAME.bak}, as a save keeps the project's.
 */
public final class Exporter {
    private Exporter() {
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
     * As {@link #export(Project, ExportRequest, Path, DoubleConsumer)}, a PNG carrying as much of the project
     * as {@code embedding} says (other formats carry none).
     */
    public static void export(Project project, ExportRequest request, ProjectEmbedding embedding, Path out,
                              DoubleConsumer progress) throws ExportException {
        DoubleConsumer report = Progress.monotonic(progress);
        report.accept(0);
        Path file = target(out);
        Path temp = null;
        try {
            // Keeps the mode, owner and group of an export it replaces; a new one gets the umask's mode.
            temp = SiblingFiles.createTemp(file, file);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                write(project, request, embedding, stream, Progress.range(report, 0, 0.95));
                stream.flush();
                channel.force(true);
            }
            backUp(file);
            move(temp, file);
            temp = null;
            report.accept(1);
        } catch (IllegalArgumentException e) {
            throw new ExportException(file, e.getMessage(), e);
        } catch (IOException e) {
            throw new ExportException(file, reason(e), e);
        } catch (UncheckedIOException e) {
            throw new ExportException(file, reason(e.getCause()), e);
        } catch (OutOfMemoryError e) {
            // One large image buffer is what runs out; dropping it lets the application carry on.
            throw new ExportException(file, "not enough memory for a figure this large; choose a smaller size or scale");
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * Draws the figure into {@code out} rather than a file (the command line's {@code --out -}); the
     * caller owns the stream, and a failure may leave part of a figure in it.
     */
    public static void writeTo(Project project, ExportRequest request, ProjectEmbedding embedding, OutputStream out)
            throws IOException {
        write(project, request, embedding, out, Progress.NONE);
    }

    private static void write(Project project, ExportRequest request, ProjectEmbedding embedding, OutputStream out,
                              DoubleConsumer progress) throws IOException {
        switch (request.format()) {
            case PNG -> PngExporter.write(project, request, embedding, out, progress);
            case SVG -> SvgExporter.write(project, request, out, progress);
            case PDF -> PdfExporter.write(project, request, out, progress);
            case PPTX -> PptxExporter.write(project, request, out, progress);
        }
    }

    /** The file to replace, links resolved, after checking its folder can take it. */
    private static Path target(Path out) throws ExportException {
        Path file = out.toAbsolutePath().normalize();
        try {
            if (Files.isSymbolicLink(file)) {
                file = file.toRealPath(); // replace what the link points to, keep the link
            }
        } catch (IOException e) {
            throw new ExportException(file, "the link points to a missing file", e);
        }
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ExportException(file, "the folder " + dir + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new ExportException(file, "a folder has that name");
        }
        if (!Files.isWritable(dir)) {
            throw new ExportException(file, "the folder " + dir + " is not writable (permission denied)");
        }
        Optional<String> special = RegularFiles.specialKind(file);
        if (special.isPresent()) {
            throw new ExportException(file, "it is " + special.get() + ", not a regular file, and only regular files"
                    + " are replaced");
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new ExportException(file, "the file is read-only");
        }
        return file;
    }

    /** An export written over the wrong file (another figure, a document) must not be the end of it. */
    private static void backUp(Path file) throws ExportException {
        try {
            AtomicFileWriter.keepBackup(file);
        } catch (IOException e) {
            throw new ExportException(file, "could not keep the old file as " + AtomicFileWriter.backupOf(file)
                    .getFileName() + " (" + reason(e) + "); the file was not changed", e);
        }
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // A hidden leftover temp file is harmless; the export's own error already tells the user.
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        String msg = e.getMessage();
        return msg == null ? e.getClass().getSimpleName() : msg;
    }
}
