package org.sectorscope.logic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sectorscope.model.Axis;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.Driver;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.MergeConflict;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Score;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Source;
import org.sectorscope.model.Teamwork;

/**
 * A project as a stable outline, one fact a line, in the project's own order: what {@code sectorscope
 * text} prints for git's {@code textconv}, so a one-field change shows as a one-line diff. Every line
 * starts with what it is about ("sector ID", "evidence SECTOR/ID"); texts are on one line (a newline is
 * written {@code \n}).
 */
public final class ProjectOutline {
    private static final int QUOTE_CHARS = 120;

    private ProjectOutline() {
    }

    public static List<String> lines(Project p) {
        List<String> lines = new ArrayList<>();
        lines.add("project " + p.info().id() + ": " + one(p.info().title()));
        lines.add("framework: " + one(p.framework().name()));
        lines.add("x axis: " + axis(p.framework().xAxis()));
        lines.add("y axis: " + axis(p.framework().yAxis()));
        for (Quadrant q : p.framework().quadrants()) {
            lines.add("quadrant " + q.letter() + ": " + one(q.name()) + " (x " + q.x().key() + ", y " + q.y().key()
                    + ", " + q.color() + ")");
        }
        for (Driver d : p.drivers()) {
            lines.add("driver " + d.id() + ": " + one(d.name()));
        }
        for (Source s : p.sources()) {
            lines.add("source " + s.id() + ": " + one(join(s.author(), s.title(), s.date())));
        }
        for (Sector s : p.sectors()) {
            lines.add(sector(p, s));
            for (Evidence e : s.evidence()) {
                lines.add(evidence(s, e));
            }
        }
        for (Criterion c : p.criteria()) {
            lines.add("criterion " + c.id() + ": " + one(c.name()) + ", weight " + number(c.weight()));
        }
        for (PolicyOption o : p.options()) {
            lines.add("option " + o.id() + ": " + one(o.name()) + targets(o));
            for (Score s : o.scores()) {
                lines.add("score " + o.id() + "/" + s.criterionId() + ": " + s.value()
                        + (s.evidenceIds().isEmpty() ? "" : ", evidence " + String.join(", ", s.evidenceIds())));
            }
        }
        Teamwork t = p.teamwork();
        lines.add("teamwork: " + t.editions().size() + " editions, " + t.analysts().size() + " analyst layers, "
                + t.comments().size() + " comments, " + t.conflicts().size() + " conflicts");
        for (MergeConflict c : t.conflicts()) {
            lines.add("conflict " + c.id() + ": " + one(c.label()));
        }
        return lines;
    }

    /** "sector sector-chips: Semiconductors | B | x -0.4 | y -0.7 | report | 1 evidence | driver-state-led". */
    private static String sector(Project p, Sector s) {
        StringBuilder line = new StringBuilder("sector " + s.id() + ": " + one(s.name()));
        if (s.isPlaced()) {
            line.append(" | ").append(PlotLocation.of(p.framework(), s.position()).letters())
                    .append(" | x ").append(Position.text(s.position().x()))
                    .append(" | y ").append(Position.text(s.position().y()));
        } else {
            line.append(" | - | not placed");
        }
        line.append(" | ").append(s.placement().basis().key())
                .append(" | ").append(s.evidence().size()).append(" evidence");
        if (s.driver() != null) {
            line.append(" | ").append(s.driver());
        }
        if (!s.tags().isEmpty()) {
            line.append(" | tags ").append(String.join(", ", s.tags()));
        }
        return line.toString();
    }

    private static String evidence(Sector s, Evidence e) {
        String text = e.quote() != null && !e.quote().isBlank() ? "\"" + cut(e.quote()) + "\""
                : e.note() == null ? "" : cut(e.note());
        String bearing = e.bearing().axis().key() + (e.bearing().toward() == null ? ""
                : " toward " + e.bearing().toward().key());
        return "evidence " + s.id() + "/" + e.id() + ": " + bearing + " | " + e.reliability() + e.credibility()
                + (e.sourceId() == null ? "" : " | " + e.sourceId() + (e.page() == null ? "" : " p. " + e.page()))
                + " | " + one(text);
    }

    private static String targets(PolicyOption o) {
        List<String> targets = new ArrayList<>(o.targets().sectorIds());
        targets.addAll(o.targets().quadrantLetters());
        return targets.isEmpty() ? "" : " | targets " + String.join(", ", targets);
    }

    private static String axis(Axis a) {
        return one(a.title()) + " (" + one(a.lowLabel()) + " .. " + one(a.highLabel()) + ")";
    }

    private static String join(String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(part);
            }
        }
        return String.join(", ", present);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : Double.toString(v);
    }

    /** A long quote is cut: the outline says which evidence changed, the file holds the words. */
    private static String cut(String text) {
        String flat = one(text);
        return flat.length() <= QUOTE_CHARS ? flat : flat.substring(0, QUOTE_CHARS - 1) + "…";
    }

    private static String one(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n")
                .replace("\t", "\\t");
    }
}
