package org.sectorscope.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.SVGUtils;
import org.jfree.svg.ViewBox;
import org.sectorscope.model.Project;

/**
 * SVG through JFreeSVG: vector shapes, and text kept as {@code <text>} elements (selectable, searchable,
 * editable) in "DejaVu Sans" with the generic sans-serif as fallback. The scale does not apply.
 */
public final class SvgExporter {
    /** The CSS font-family JFreeSVG writes for a Java font family. */
    static final String FONT_FAMILY = "\"DejaVu Sans\", sans-serif";

    private SvgExporter() {
    }

    public static void write(Project project, ExportRequest request, OutputStream out, DoubleConsumer progress)
            throws IOException {
        write(project, request, ProjectEmbedding.FULL, out, progress);
    }

    /** The figure, carrying the project in its {@code <metadata>} as {@code embedding} says ({@link SvgProjectMetadata}). */
    public static void write(Project project, ExportRequest request, ProjectEmbedding embedding, OutputStream out,
                             DoubleConsumer progress) throws IOException {
        String svg = svg(Figures.of(project, request), request.title(), progress);
        Optional<byte[]> json = embedding.json(project);
        out.write((json.isPresent() ? SvgProjectMetadata.embed(svg, json.get()) : svg).getBytes(StandardCharsets.UTF_8));
    }

    /** The whole SVG document of a figure, with {@code title} as its {@code <title>}. */
    static String svg(Figure figure, String title, DoubleConsumer progress) {
        SVGGraphics2D g = new SVGGraphics2D(figure.width(), figure.height());
        // Standard <text> output; the other value turns every glyph into a path.
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        g.setFontFunction(family -> ExportFonts.FAMILY.equals(family) ? FONT_FAMILY : "sans-serif");
        figure.paint(g, Progress.range(progress, 0, 0.9));
        // No DOCTYPE (SVG 2 has none, and XML tools would fetch the DTD); a viewBox so it scales.
        String element = g.getSVGElement(null, true, new ViewBox(0, 0, figure.width(), figure.height()), null, null);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + withTitle(element, title) + "\n";
    }

    /** Names the picture for screen readers and file browsers: a {@code <title>} first inside {@code <svg>}. */
    private static String withTitle(String document, String title) {
        int svg = document.indexOf("<svg");
        int end = svg < 0 ? -1 : document.indexOf('>', svg);
        if (end < 0 || title == null) {
            return document;
        }
        return document.substring(0, end + 1) + "<title>" + SVGUtils.escapeForXML(Typesetter.clean(title)) + "</title>"
                + document.substring(end + 1);
    }
}
