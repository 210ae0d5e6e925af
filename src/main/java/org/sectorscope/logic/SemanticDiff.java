package org.sectorscope.logic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Score;
import org.sectorscope.model.Sector;

/**
 * What changed between two versions of a project, record by record and matched on ids, as a team
 * reviewing a brief reads it: sectors added, removed, renamed, moved (saying when a move crosses into
 * another quadrant) or otherwise edited; evidence items added, removed or changed; options, criteria,
 * weights and scores; sources, drivers, fields, the framework and the project's own details. In the
 * project's order, so the same two files always give the same list.
 */
public final class SemanticDiff {
    /**
     * One change. {@code kind} is a stable key ("sector-moved"); {@code id} and {@code name} say what
     * changed; {@code from} and {@code to} the values before and after, where a value says it (else null);
     * {@code detail} what else changed ("driver, tags").
     */
    public record Change(String kind, String id, String name, String from, String to, String detail) {
        /** The change in words: "Semiconductors: D (0.6, -0.4) -> B (-0.3, -0.5) (driver, tags)". */
        public String sentence() {
            StringBuilder text = new StringBuilder(name == null ? "" : name);
            if (from != null || to != null) {
                text.append(text.length() > 0 ? ": " : "").append(from == null ? "-" : from).append(" -> ")
                        .append(to == null ? "-" : to);
            }
            if (detail != null) {
                text.append(text.length() > 0 ? " (" + detail + ")" : detail);
            }
            return text.toString();
        }
    }

    private final Project a;
    private final Project b;
    private final List<Change> changes = new ArrayList<>();

    private SemanticDiff(Project a, Project b) {
        this.a = a;
        this.b = b;
    }

    /** Every change from {@code a} to {@code b}; empty exactly when the two projects are equal. */
    public static List<Change> between(Project a, Project b) {
        SemanticDiff d = new SemanticDiff(a, b);
        d.sectors();
        d.options();
        d.records("criterion", a.criteria(), b.criteria(), Criterion::id, Criterion::name);
        d.records("source", a.sources(), b.sources(), s -> s.id(), s -> s.title() == null ? s.id() : s.title());
        d.records("driver", a.drivers(), b.drivers(), x -> x.id(), x -> x.name());
        d.records("field", a.fields(), b.fields(), x -> x.id(), x -> x.name());
        d.whole("framework", a.framework(), b.framework(), "axes, poles or quadrants");
        d.whole("project-details", a.info(), b.info(), "title, subtitle, author, source line or notes");
        d.whole("marker-encoding", a.markerEncoding(), b.markerEncoding(), "what the markers' colour and size show");
        d.whole("deck-sections", a.deck(), b.deck(), "the sections of the briefing deck");
        if (d.changes.isEmpty() && !a.equals(b)) {
            d.add("other", null, null, null, null, "details Sectorscope keeps but does not show (unknown fields,"
                    + " order)");
        }
        return List.copyOf(d.changes);
    }

    private void add(String kind, String id, String name, String from, String to, String detail) {
        changes.add(new Change(kind, id, name, from, to, detail));
    }

    private void sectors() {
        Map<String, Sector> before = byId(a.sectors(), Sector::id);
        for (Sector s : b.sectors()) {
            Sector old = before.remove(s.id());
            if (old == null) {
                add("sector-added", s.id(), s.name(), null, where(b, s), null);
                continue;
            }
            if (!old.name().equals(s.name())) {
                add("sector-renamed", s.id(), s.name(), old.name(), s.name(), null);
            }
            if (!Objects.equals(old.position(), s.position())) {
                String fromQ = quadrant(a, old);
                String toQ = quadrant(b, s);
                add(fromQ.equals(toQ) ? "sector-moved" : "sector-changed-quadrant", s.id(), s.name(), where(a, old),
                        where(b, s), null);
            }
            List<String> edited = new ArrayList<>();
            differs(edited, "driver", old.driver(), s.driver());
            differs(edited, "summary", old.summary(), s.summary());
            differs(edited, "placement", old.placement(), s.placement());
            differs(edited, "tags", old.tags(), s.tags());
            differs(edited, "fields", old.fields(), s.fields());
            differs(edited, "history", old.history(), s.history());
            if (!edited.isEmpty()) {
                add("sector-edited", s.id(), s.name(), null, null, String.join(", ", edited));
            }
            evidence(s, old.evidence(), s.evidence());
        }
        for (Sector gone : before.values()) {
            add("sector-removed", gone.id(), gone.name(), where(a, gone), null, null);
        }
    }

    private void evidence(Sector sector, List<Evidence> was, List<Evidence> now) {
        Map<String, Evidence> before = byId(was, Evidence::id);
        for (Evidence e : now) {
            Evidence old = before.remove(e.id());
            if (old == null) {
                add("evidence-added", e.id(), sector.name(), null, snippet(e), null);
            } else if (!old.equals(e)) {
                List<String> edited = new ArrayList<>();
                differs(edited, "quote", old.quote(), e.quote());
                differs(edited, "note", old.note(), e.note());
                differs(edited, "source", old.sourceId(), e.sourceId());
                differs(edited, "page", old.page(), e.page());
                differs(edited, "grade", old.grade(), e.grade());
                differs(edited, "bearing", old.bearing(), e.bearing());
                differs(edited, "tags", old.tags(), e.tags());
                differs(edited, "added", old.added(), e.added());
                add("evidence-changed", e.id(), sector.name(), snippet(old), snippet(e),
                        edited.isEmpty() ? "unknown fields" : String.join(", ", edited));
            }
        }
        for (Evidence gone : before.values()) {
            add("evidence-removed", gone.id(), sector.name(), snippet(gone), null, null);
        }
    }

    private void options() {
        Map<String, PolicyOption> before = byId(a.options(), PolicyOption::id);
        for (PolicyOption o : b.options()) {
            PolicyOption old = before.remove(o.id());
            if (old == null) {
                add("option-added", o.id(), o.name(), null, null, null);
                continue;
            }
            int before0 = changes.size();
            Map<String, Score> scores = byId(old.scores(), Score::criterionId);
            for (Score s : o.scores()) {
                Score was = scores.remove(s.criterionId());
                if (was == null || was.value() != s.value()) {
                    add("score-changed", o.id() + "/" + s.criterionId(), o.name() + " / " + criterion(s.criterionId()),
                            was == null ? null : String.valueOf(was.value()), String.valueOf(s.value()), null);
                }
            }
            scores.values().forEach(s -> add("score-changed", o.id() + "/" + s.criterionId(),
                    o.name() + " / " + criterion(s.criterionId()), String.valueOf(s.value()), null, null));
            List<String> edited = new ArrayList<>();
            differs(edited, "name", old.name(), o.name());
            differs(edited, "description", old.description(), o.description());
            differs(edited, "source", old.sourceId(), o.sourceId());
            differs(edited, "targets", old.targets(), o.targets());
            differs(edited, "intended effect", old.intendedEffect(), o.intendedEffect());
            if (changes.size() == before0 && !old.scores().equals(o.scores())) {
                edited.add("score rationales"); // the same values, argued differently
            }
            if (!edited.isEmpty()) {
                add("option-edited", o.id(), o.name(), null, null, String.join(", ", edited));
            }
        }
        before.values().forEach(o -> add("option-removed", o.id(), o.name(), null, null, null));
    }

    private String criterion(String id) {
        return b.criteria().stream().filter(c -> c.id().equals(id)).map(Criterion::name).findFirst()
                .orElse(a.criteria().stream().filter(c -> c.id().equals(id)).map(Criterion::name).findFirst().orElse(id));
    }

    /** Records of one kind matched on ids: added, removed, or changed (criteria say their weights). */
    private <T> void records(String kind, List<T> was, List<T> now, Function<T, String> id, Function<T, String> name) {
        Map<String, T> before = byId(was, id);
        for (T t : now) {
            T old = before.remove(id.apply(t));
            if (old == null) {
                add(kind + "-added", id.apply(t), name.apply(t), null, null, null);
            } else if (!old.equals(t)) {
                boolean weight = old instanceof Criterion c && t instanceof Criterion d && c.weight() != d.weight();
                add(kind + "-changed", id.apply(t), name.apply(t),
                        weight ? Position.text(((Criterion) old).weight()) : null,
                        weight ? Position.text(((Criterion) t).weight()) : null, weight ? "weight" : null);
            }
        }
        before.values().forEach(t -> add(kind + "-removed", id.apply(t), name.apply(t), null, null, null));
    }

    private void whole(String kind, Object was, Object now, String what) {
        if (!was.equals(now)) {
            add(kind + "-changed", null, null, null, null, what);
        }
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(t -> map.putIfAbsent(id.apply(t), t));
        return map;
    }

    private static void differs(List<String> into, String what, Object was, Object now) {
        if (!Objects.equals(was, now)) {
            into.add(what);
        }
    }

    private static String quadrant(Project p, Sector s) {
        return s.isPlaced() ? PlotLocation.of(p.framework(), s.position()).letters() : "unplaced";
    }

    /** "D (0.6, -0.4)", "A/B (-0.02, 0.5)" on a line, or "unplaced". */
    private static String where(Project p, Sector s) {
        if (!s.isPlaced()) {
            return "unplaced";
        }
        Position pos = s.position();
        return quadrant(p, s) + " (" + Position.text(pos.x()) + ", " + Position.text(pos.y()) + ")";
    }

    private static String snippet(Evidence e) {
        String text = e.text().replaceAll("\\s+", " ").strip();
        return text.length() <= 80 ? text : text.substring(0, 79) + "\u2026";
    }
}
