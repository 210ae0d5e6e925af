package org.sectorscope.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sectorscope.logic.plot.MarkerStyles;
import org.sectorscope.model.Axis;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Side;

/**
 * The canvas figure as a Mermaid {@code quadrantChart}, for wikis and Markdown documents that render
 * Mermaid, at the request's size: the title, the axes with the framework's pole labels (low --> high), the
 * four quadrant names and colours where the figure has them, and each sector the request includes as a point in its marker's
 * colour, at its position mapped from [-1, 1] to [0, 1] (y up, as on the canvas). The axis titles and the
 * source line go in the accessible description, Mermaid having no place for them in the picture.
 *
 * <p>Every text from the project is written so that no name can break the diagram, as mermaid-cli
 * 11.17 shows (docs/export.md): on one line, cut to {@link #MAX_TEXT} characters, always in double
 * quotes (an unquoted {@code A) Win-Win} is a lexical error), with each character that Mermaid's parser,
 * its preprocessing or its HTML sanitising would read as syntax written as a Mermaid entity
 * ({@code #34;} for {@code "}), which Mermaid turns back into the character in the picture.
 */
public final class MermaidQuadrantChart {
    /**
     * Longest text, in characters, before it is cut with an ellipsis: Mermaid draws a point's name on one
     * line, and refuses a diagram over 50,000 characters (its default maxTextSize).
     */
    public static final int MAX_TEXT = 100;
    /** Longest accessible description: the axes and the source line, which may be long, read by few. */
    static final int MAX_DESCRIPTION = 1_000;
    /** Mermaid's quadrant-1 to quadrant-4, as (x side, y side): top right, top left, bottom left, bottom right. */
    private static final Side[][] MERMAID_QUADRANTS = {
        {Side.HIGH, Side.HIGH}, {Side.LOW, Side.HIGH}, {Side.LOW, Side.LOW}, {Side.HIGH, Side.LOW}};
    /**
     * Written as entities: {@code "} ends a string, {@code #} starts an entity, {@code %} a comment or a
     * directive, {@code `} a Markdown string, {@code :} can complete Mermaid's "style...:#...;" rewrite,
     * {@code <} is changed by its HTML sanitiser, and U+FB02 and U+00B6 are the markers its entity decoding
     * looks for (each shown by rendering). {@code > &}, the no-break space and {@code =} only would be, by
     * the sanitiser or at other security levels; an entity costs nothing.
     */
    private static final String AS_ENTITY = "\"#%`:<>&=\u00A0\uFB02\u00B6";

    private MermaidQuadrantChart() {
    }

    public static void write(Project project, ExportRequest request, OutputStream out) throws IOException {
        out.write(text(project, request).getBytes(StandardCharsets.UTF_8));
    }

    public static String text(Project project, ExportRequest request) {
        Framework f = project.framework();
        StringBuilder mmd = new StringBuilder(directive(f, request)).append("quadrantChart\n");
        String title = escape(request.title());
        if (!title.isEmpty()) {
            mmd.append("    title ").append(title).append('\n');
        }
        mmd.append("    accDescr: ").append(escape(description(project, request), MAX_DESCRIPTION)).append('\n');
        mmd.append("    x-axis ").append(poles(f.xAxis())).append('\n');
        mmd.append("    y-axis ").append(poles(f.yAxis())).append('\n');
        for (int i = 0; i < MERMAID_QUADRANTS.length; i++) {
            var q = f.quadrant(MERMAID_QUADRANTS[i][0], MERMAID_QUADRANTS[i][1]);
            mmd.append("    quadrant-").append(i + 1).append(' ').append(quoted(q.label())).append('\n');
        }
        List<Sector> sectors = FigureRenderer.included(project, request.sectorIds());
        MarkerStyles styles = MarkerStyles.of(project, sectors);
        for (Sector s : sectors) {
            mmd.append("    ").append(quoted(s.name())).append(": [").append(coordinate(s.position().x()))
                    .append(", ").append(coordinate(s.position().y())).append("] color: ")
                    .append(String.format(Locale.ROOT, "#%06x", styles.rgb(s) & 0xFFFFFF)).append('\n');
        }
        return mmd.toString();
    }

    /**
     * The directive sizing the chart as the request sizes the figure (Mermaid's own 500 x 500 crowds the
     * names) and giving each of Mermaid's quadrants the colour its quadrant has in the figure. Sizes are
     * numbers and colours "#RRGGBB" (the model checks them), so nothing from the project can end it.
     */
    private static String directive(Framework f, ExportRequest request) {
        StringBuilder vars = new StringBuilder();
        for (int i = 0; i < MERMAID_QUADRANTS.length; i++) {
            vars.append(i == 0 ? "" : ", ").append("\"quadrant").append(i + 1).append("Fill\": \"")
                    .append(f.quadrant(MERMAID_QUADRANTS[i][0], MERMAID_QUADRANTS[i][1]).color()).append('"');
        }
        return "%%{init: {\"quadrantChart\": {\"chartWidth\": " + request.width() + ", \"chartHeight\": "
                + request.height() + "}, \"themeVariables\": {" + vars + "}}}%%\n";
    }

    /** "Sectoral outcomes. x: Innovation outcomes in China, Success to Failure. y: .... SOURCE LINE". */
    private static String description(Project project, ExportRequest request) {
        Framework f = project.framework();
        List<String> parts = new ArrayList<>(List.of(f.name() + ".", axis("x", f.xAxis()), axis("y", f.yAxis())));
        if (request.subtitle() != null) {
            parts.add(0, request.subtitle() + ".");
        }
        String source = FigureRenderer.sourceLine(project, request, FigureRenderer.included(project, request.sectorIds()));
        if (source != null) {
            parts.add(source);
        }
        return String.join(" ", parts);
    }

    private static String axis(String name, Axis a) {
        return name + ": " + a.title() + ", " + a.lowLabel() + " to " + a.highLabel() + ".";
    }

    /** {@code "Success" --> "Failure"}: Mermaid's low (left, bottom) end first. */
    private static String poles(Axis a) {
        return quoted(a.lowLabel()) + " --> " + quoted(a.highLabel());
    }

    /**
     * A coordinate in [-1, 1] as Mermaid's [0, 1], exactly: positions have 4 decimals, so (v + 1) / 2 has at
     * most 5 and a sector just off a dividing line (-0.0001) never rounds onto it. Written as Mermaid's
     * lexer takes it: "0", "1" or "0." and digits.
     */
    static String coordinate(double v) {
        BigDecimal mapped = BigDecimal.valueOf(v).add(BigDecimal.ONE)
                .divide(BigDecimal.valueOf(2)).stripTrailingZeros();
        return mapped.signum() == 0 ? "0" : mapped.toPlainString();
    }

    /** The text escaped (see {@link #escape}) in double quotes; a space for an empty one, which Mermaid refuses. */
    static String quoted(String text) {
        String escaped = escape(text);
        return '"' + (escaped.isEmpty() ? " " : escaped) + '"';
    }

    /**
     * {@code text} on one line, cut to {@link #MAX_TEXT} characters (a pair never split) with an ellipsis,
     * each character of {@link #AS_ENTITY} written as a Mermaid entity ({@code #35;}); the rest as it is,
     * RTL and emoji included. Nothing XML forbids is left in it.
     */
    static String escape(String text) {
        return escape(text, MAX_TEXT);
    }

    private static String escape(String text, int max) {
        String line = Typesetter.clean(text).replaceAll("[\\u2028\\u2029\\u0085]", " ").strip();
        if (line.codePointCount(0, line.length()) > max) {
            line = line.substring(0, line.offsetByCodePoints(0, max - 1)).stripTrailing() + "\u2026";
        }
        StringBuilder out = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (AS_ENTITY.indexOf(c) >= 0) {
                out.append('#').append((int) c).append(';');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
