package org.sectorscope.logic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sectorscope.model.AnalystLayer;
import org.sectorscope.model.AnalystPlacement;
import org.sectorscope.model.Axis;
import org.sectorscope.model.Comment;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.CustomField;
import org.sectorscope.model.DeckSection;
import org.sectorscope.model.Driver;
import org.sectorscope.model.Edition;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Extras;
import org.sectorscope.model.FieldValue;
import org.sectorscope.model.MergeConflict;
import org.sectorscope.model.Placement;
import org.sectorscope.model.PlacementChange;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.ProjectInfo;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Score;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Source;

/**
 * A project as a stable outline, one fact a line, in the project's own order: what {@code sectorscope
 * text} prints for git's {@code textconv}, so a one-field change shows as a one-line diff. Each line
 * starts with what it is about ("sector ID", "evidence SECTOR/ID") and holds every field this version
 * knows (an empty one is left out), so no edit is invisible to {@code git diff}; fields only a newer
 * version knows are named, not shown. Texts stay on one line (a newline is written {@code \n}).
 */
public final class ProjectOutline {
    private ProjectOutline() {
    }

    public static List<String> lines(Project p) {
        List<String> lines = new ArrayList<>();
        ProjectInfo info = p.info();
        lines.add("project " + info.id() + ": " + one(info.title()) + parts("subtitle", info.subtitle(), "author",
                info.author(), "source line", info.sourceLine(), "notes", info.notes()) + unknown(info.extras())
                + unknown(p.extras()));
        lines.add("framework: " + one(p.framework().name()) + unknown(p.framework().extras()));
        lines.add("x axis: " + axis(p.framework().xAxis()));
        lines.add("y axis: " + axis(p.framework().yAxis()));
        for (Quadrant q : p.framework().quadrants()) {
            lines.add("quadrant " + q.letter() + ": " + one(q.name()) + " | x " + q.x().key() + ", y " + q.y().key()
                    + " | " + q.color() + unknown(q.extras()));
        }
        for (Driver d : p.drivers()) {
            lines.add("driver " + d.id() + ": " + one(d.name()) + " | " + d.shape().key() + " | " + d.color()
                    + unknown(d.extras()));
        }
        for (CustomField f : p.fields()) {
            lines.add("field " + f.id() + ": " + one(f.name()) + " | " + f.kind().name().toLowerCase(Locale.ROOT)
                    + parts("unit", f.unit()) + unknown(f.extras()));
        }
        String markers = parts("colour by", p.markerEncoding().colorBy(), "size by", p.markerEncoding().sizeBy());
        lines.add("markers: " + (markers.isEmpty() ? "default" : first(markers)));
        if (!p.deck().isDefault()) {
            lines.add("deck: " + String.join(", ", p.deck().inOrder().stream().map(DeckSection::key).toList())
                    + unknown(p.deck().extras()));
        }
        for (Source s : p.sources()) {
            lines.add("source " + s.id() + ": " + first(parts("author", s.author(), "title", s.title(), "in", s.container(),
                    "publisher", s.publisher(), "date", s.date(), "url", s.url(), "chapter", s.chapter(), "pages",
                    s.pages(), "file", s.file())) + unknown(s.extras()));
        }
        p.sectors().forEach(s -> sector(lines, p, s));
        for (Criterion c : p.criteria()) {
            lines.add("criterion " + c.id() + ": " + one(c.name()) + " | weight " + number(c.weight())
                    + parts("description", c.description()) + unknown(c.extras()));
        }
        for (PolicyOption o : p.options()) {
            lines.add("option " + o.id() + ": " + one(o.name()) + parts("description", o.description(), "source",
                    o.sourceId(), "targets", String.join(", ", targets(o)), "intended effect", o.intendedEffect())
                    + unknown(o.extras()));
            for (Score s : o.scores()) {
                lines.add("score " + o.id() + "/" + s.criterionId() + ": " + s.value() + parts("evidence",
                        String.join(", ", s.evidenceIds()), "rationale", s.rationale()) + unknown(s.extras()));
            }
        }
        teamwork(lines, p);
        return lines;
    }

    /** The sector's line, then its placement, field values, evidence and moves, one line each. */
    private static void sector(List<String> lines, Project p, Sector s) {
        StringBuilder line = new StringBuilder("sector " + s.id() + ": " + one(s.name()));
        if (s.isPlaced()) {
            line.append(" | ").append(PlotLocation.of(p.framework(), s.position()).letters())
                    .append(" | x ").append(Position.text(s.position().x()))
                    .append(" | y ").append(Position.text(s.position().y()));
        } else {
            line.append(" | - | not placed");
        }
        line.append(" | ").append(s.placement().basis().key()).append(" | ").append(s.evidence().size())
                .append(" evidence").append(parts("driver", s.driver(), "tags", String.join(", ", s.tags())))
                .append(unknown(s.extras())).append(unknown(s.positionExtras()));
        lines.add(line.toString());
        if (s.summary() != null && !s.summary().isBlank()) {
            lines.add("summary " + s.id() + ": " + one(s.summary()));
        }
        Placement pl = s.placement();
        String placement = parts("source", pl.sourceId(), "locator", pl.locator(), "quote", pl.quote(), "rationale",
                pl.rationale()) + unknown(pl.extras());
        if (!placement.isEmpty()) {
            lines.add("placement " + s.id() + ": " + first(placement));
        }
        for (Map.Entry<String, FieldValue> f : s.fields().entrySet()) {
            lines.add("value " + s.id() + "/" + f.getKey() + ": " + one(FieldValues.text(f.getValue())));
        }
        for (Evidence e : s.evidence()) {
            String bearing = e.bearing().axis().key() + (e.bearing().toward() == null ? ""
                    : " toward " + e.bearing().toward().key());
            lines.add("evidence " + s.id() + "/" + e.id() + ": " + bearing + " | " + e.reliability() + e.credibility()
                    + parts("source", e.sourceId(), "page", e.page(), "quote", e.quote(), "note", e.note(), "tags",
                    String.join(", ", e.tags()), "added", e.added()) + unknown(e.extras()));
        }
        for (PlacementChange c : s.history()) {
            lines.add("move " + s.id() + "/" + c.id() + ": " + c.at() + " | " + where(c.from(), c.fromQuadrant())
                    + " -> " + where(c.to(), c.toQuadrant()) + parts("reason", c.reason()) + unknown(c.extras()));
        }
    }

    private static void teamwork(List<String> lines, Project p) {
        var t = p.teamwork();
        lines.add("teamwork: " + t.editions().size() + " editions, " + t.analysts().size() + " analyst layers, "
                + t.comments().size() + " comments, " + t.conflicts().size() + " conflicts");
        for (Edition e : t.editions()) {
            lines.add("edition " + e.id() + ": " + one(e.name()) + " | " + e.takenAt() + " | " + e.sectors().size()
                    + " sectors | " + e.scores().size() + " scores" + unknown(e.extras()));
        }
        for (AnalystLayer a : t.analysts()) {
            lines.add("analyst " + a.id() + ": " + one(a.analyst()) + " | " + a.placements().size() + " placements"
                    + unknown(a.extras()));
            for (AnalystPlacement pl : a.placements()) {
                lines.add("analyst placement " + a.id() + "/" + pl.sectorId() + ": x " + Position.text(pl.position().x())
                        + " | y " + Position.text(pl.position().y()) + parts("rationale", pl.rationale()));
            }
        }
        for (Comment c : t.comments()) {
            lines.add("comment " + c.id() + ": on " + c.subject().key() + " " + c.subjectId() + parts("by",
                    c.author(), "at", c.at()) + (c.resolved() ? " | resolved" : "") + " | " + one(c.text()));
        }
        for (MergeConflict c : t.conflicts()) {
            lines.add("conflict " + c.id() + ": " + one(c.label()) + " | " + String.join("/", c.path()));
        }
    }

    private static String where(Position at, String quadrant) {
        return at == null ? "-" : (quadrant == null ? "" : quadrant + " ") + "(" + Position.text(at.x()) + ", "
                + Position.text(at.y()) + ")";
    }

    private static List<String> targets(PolicyOption o) {
        List<String> targets = new ArrayList<>(o.targets().sectorIds());
        targets.addAll(o.targets().quadrantLetters());
        return targets;
    }

    private static String axis(Axis a) {
        return one(a.title()) + " | low " + one(a.lowLabel()) + " | high " + one(a.highLabel()) + unknown(a.extras());
    }

    /** " | name value" for each pair whose value is not empty, in the order given. */
    private static String parts(String... namesAndValues) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            if (value != null && !value.isBlank()) {
                sb.append(" | ").append(namesAndValues[i]).append(' ').append(one(value));
            }
        }
        return sb.toString();
    }

    /** {@link #parts} opening a line, without the separator before the first part. */
    private static String first(String parts) {
        return parts.startsWith(" | ") ? parts.substring(3) : parts.strip();
    }

    /** The names of fields only another version knows: said to be there, their values are not shown. */
    private static String unknown(Extras extras) {
        return extras.isEmpty() ? "" : " | other fields: " + one(String.join(", ", extras.fields().keySet()));
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%.0f", v) : Double.toString(v);
    }

    private static String one(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n")
                .replace("\t", "\\t");
    }
}
