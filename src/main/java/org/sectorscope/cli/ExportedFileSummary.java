package org.sectorscope.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.sectorscope.export.ExportRequest;
import org.sectorscope.export.PptxExporter;

/** What {@code export} says it wrote, e.g. "png, 2400x1600", read back from the file where that is cheap. */
final class ExportedFileSummary {
    private static final Pattern SLIDE_PART = Pattern.compile("ppt/slides/slide[0-9]+\\.xml");
    private static final Pattern VIEW_BOX = Pattern.compile(
            "viewBox=['\"][-\\d.]+[ ,]+[-\\d.]+[ ,]+([\\d.]+)[ ,]+([\\d.]+)['\"]");

    private ExportedFileSummary() {
    }

    /** "png, 2400x1600": the format and what the file holds, read back from the file where it is cheap. */
    static String of(ExportRequest request, Path file) {
        String format = request.format().extension();
        return switch (request.format()) {
            case PNG -> pngSize(file).map(size -> format + ", " + size).orElse(format);
            case SVG -> svgSize(file).map(size -> format + ", " + size).orElse(format);
            case PDF -> format + ", " + switch (request.page()) {
                case FIT -> "page the size of the figure";
                case LETTER_LANDSCAPE -> "Letter landscape";
                case A4_LANDSCAPE -> "A4 landscape";
            };
            case PPTX -> format + ", one " + PptxExporter.slideShape(request) + " slide of editable shapes";
            case PPTX_PICTURE -> format + ", one " + PptxExporter.slideShape(request) + " slide, the figure as a picture";
            case XLSX -> format + ", sheets Options, Evidence and Sectors";
            case MD -> format + ", a memo of the sectors by quadrant";
            case MERMAID -> format + ", a Mermaid quadrantChart";
            case CSV_OPTIONS -> format + ", the options matrix";
            case CSV_EVIDENCE -> format + ", the evidence table";
            case DECK -> slides(file).map(n -> format + ", a briefing deck of " + n + (n == 1 ? " slide" : " slides"))
                    .orElse(format + ", a briefing deck");
            case DECK_PDF -> format + ", a briefing deck, a page per slide";
        };
    }

    /** How many slides a PPTX holds: its package's slide parts, counted from the zip's directory. */
    private static Optional<Integer> slides(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return Optional.of((int) zip.stream().filter(e -> SLIDE_PART.matcher(e.getName()).matches()).count());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Width and height from the PNG's IHDR chunk, which follows the 8-byte signature. */
    private static Optional<String> pngSize(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(24);
            if (head.length < 24) {
                return Optional.empty();
            }
            ByteBuffer b = ByteBuffer.wrap(head);
            return Optional.of(Integer.toUnsignedString(b.getInt(16)) + "x"
                    + Integer.toUnsignedString(b.getInt(20)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> svgSize(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Matcher m = VIEW_BOX.matcher(new String(in.readNBytes(4096), StandardCharsets.UTF_8));
            return m.find() ? Optional.of(trim(m.group(1)) + "x" + trim(m.group(2)))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String trim(String number) {
        return number.endsWith(".0") ? number.substring(0, number.length() - 2) : number;
    }
}
