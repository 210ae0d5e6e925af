package org.sectorscope.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sectorscope.logic.PlotLocation;
import org.sectorscope.logic.StrongestEvidence;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Sector;

/**
 * A Markdown memo of the project: the title, then a section per quadrant ("## A) Win-Win") with its
 * sectors, each with its placement rationale on one line and up to three of its strongest evidence items
 * as quotes with source and grade; sectors on a dividing line and unplaced sectors have sections of their
 * own. All text from the project is put on one line and escaped, so a name cannot start a heading, a
 * list, a link or HTML.
 */
public final class MarkdownMemo {
    public static final int EVIDENCE_PER_SECTOR = 3;
    public static final String ON_LINE = "On a dividing line";
    public static final String UNPLACED = "Not placed";

    private MarkdownMemo() {
    }

    public static void write(Project project, ExportRequest request, OutputStream out) throws IOException {
        out.write(text(project, request).getBytes(StandardCharsets.UTF_8));
    }

    public static String text(Project project, ExportRequest request) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(request.title())).append("\n\n");
        if (request.subtitle() != null) {
            md.append('*').append(escape(request.subtitle())).append("*\n\n");
        }
        var f = project.framework();
        md.append(escape(f.name())).append(": x is ").append(escape(f.xAxis().title())).append(", y is ")
                .append(escape(f.yAxis().title())).append(".\n\n");
        // One pass, in the project's order: a sector's section follows from its position alone.
        Map<Quadrant, List<Sector>> inside = new LinkedHashMap<>();
        f.quadrants().stream().sorted(Comparator.comparing(Quadrant::letter))
                .forEach(q -> inside.put(q, new ArrayList<>()));
        List<Sector> onLine = new ArrayList<>();
        List<Sector> unplaced = new ArrayList<>();
        for (Sector s : project.sectors()) {
            if (!s.isPlaced()) {
                unplaced.add(s);
            } else if (PlotLocation.of(f, s.position()).onLine()) {
                onLine.add(s);
            } else {
                inside.get(f.quadrantOf(s.position())).add(s);
            }
        }
        inside.forEach((q, sectors) -> section(md, q.label(), sectors, project));
        if (!onLine.isEmpty()) {
            section(md, ON_LINE, onLine, project);
        }
        if (!unplaced.isEmpty()) {
            section(md, UNPLACED, unplaced, project);
        }
        if (request.sourceLine() != null) {
            md.append("---\n\n").append(escape(request.sourceLine())).append('\n');
        }
        return md.toString();
    }

    private static void section(StringBuilder md, String heading, List<Sector> sectors, Project project) {
        md.append("## ").append(escape(heading)).append("\n\n");
        if (sectors.isEmpty()) {
            md.append("No sectors.\n\n");
        }
        for (Sector s : sectors) {
            md.append("### ").append(escape(s.name())).append("\n\n");
            md.append(placement(project, s)).append("\n\n");
            for (Evidence e : strongest(s)) {
                md.append("> ").append(evidence(project, e)).append("\n\n");
            }
        }
    }

    /** "x 0.35, y -0.6 (on the A/B line); the analyst's reading: RATIONALE". */
    private static String placement(Project project, Sector s) {
        StringBuilder line = new StringBuilder();
        if (s.isPlaced()) {
            PlotLocation at = PlotLocation.of(project.framework(), s.position());
            line.append("x ").append(Position.text(s.position().x())).append(", y ")
                    .append(Position.text(s.position().y()));
            if (at.onLine()) {
                line.append(" (").append(escape(at.label())).append(", in ").append(escape(at.quadrant().label()))
                        .append(" by its signs)");
            }
            line.append("; ");
        }
        line.append(switch (s.placement().basis()) {
            case REPORT -> "placed by the source";
            case ANALYST -> "the analyst's reading";
        });
        String rationale = s.placement().rationale();
        line.append(rationale.isBlank() ? ", no rationale given." : ": " + escape(rationale));
        String driver = project.driverNameOf(s);
        return driver.isEmpty() ? line.toString() : line + " Driver: " + escape(driver) + ".";
    }

    /** "“QUOTE” (SOURCE, p. 12; graded B2)", or the note unquoted when the item has no quote. */
    private static String evidence(Project project, Evidence e) {
        boolean quoted = e.quote() != null && !e.quote().isBlank();
        String body = quoted ? "\u201C" + escape(e.quote()) + "\u201D" : escape(e.note());
        List<String> where = new ArrayList<>();
        String source = XlsxWorkbook.sourceLabel(project, e.sourceId());
        if (!source.isBlank()) {
            where.add(escape(source));
        }
        if (e.page() != null && !e.page().isBlank()) {
            where.add("p. " + escape(e.page()));
        }
        String cite = where.isEmpty() ? "" : String.join(", ", where) + "; ";
        return body + " (" + cite + "graded " + e.grade() + ")";
    }

    static List<Evidence> strongest(Sector s) {
        return StrongestEvidence.of(s, EVIDENCE_PER_SECTOR);
    }

    /**
     * {@code text} on one line (line breaks, tabs and other control characters become spaces) with every
     * character Markdown could read as markup escaped by a backslash, which CommonMark allows before any
     * ASCII punctuation. A leading digit run ending in "." or ")" is escaped too, so it is no list item.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        String line = text.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").strip();
        StringBuilder out = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (needsEscape(line, i)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Markup characters always; ".", ")", "-", "+" and "=" only where they could start a list or underline. */
    private static boolean needsEscape(String line, int i) {
        char c = line.charAt(i);
        if ("\\`*_[]<>#|~&!".indexOf(c) >= 0) {
            return true;
        }
        if (c == '.' || c == ')') {
            return line.substring(0, i).matches("\\d+"); // "1." at the start would be a list item
        }
        if (c == '-' || c == '+' || c == '=') {
            return i == 0; // a list item or a setext underline
        }
        return false;
    }
}
