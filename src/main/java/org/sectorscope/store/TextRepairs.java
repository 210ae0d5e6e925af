package org.sectorscope.store;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sectorscope.model.Text;
import org.sectorscope.model.TextLimit;

/**
 * The repairs of texts the model refuses (see {@link TextLimit}): characters XML forbids become U+FFFD;
 * a text over its limit is cut to it, ending in an ellipsis. Each change is listed as a sentence with
 * the path of the text, as the other repairs are. Unknown content is kept as it is: it never reaches an
 * export, and the writer keeps even a lone surrogate (as an escape).
 */
final class TextRepairs {
    private TextRepairs() {
    }

    /** Makes every text of {@code dto} fit the model (see {@link TextLimit#fit}), naming each one changed. */
    static void fitLengths(ProjectDto dto, List<String> fixes) {
        Fitter f = new Fitter(fixes);
        if (dto.project != null) {
            ProjectDto.Info i = dto.project;
            i.id = f.line(i.id, "project.id");
            i.title = f.line(i.title, "project.title");
            i.subtitle = f.line(i.subtitle, "project.subtitle");
            i.author = f.line(i.author, "project.author");
            i.sourceLine = f.line(i.sourceLine, "project.sourceLine");
            i.notes = f.prose(i.notes, "project.notes");
        }
        if (dto.framework != null) {
            fitFramework(dto.framework, f);
        }
        each(dto.drivers, "drivers", (d, p) -> {
            d.id = f.line(d.id, p + ".id");
            d.name = f.name(d.name, p + ".name");
        });
        each(dto.fields, "fields", (d, p) -> {
            d.id = f.line(d.id, p + ".id");
            d.name = f.name(d.name, p + ".name");
            d.unit = f.name(d.unit, p + ".unit");
        });
        each(dto.sources, "sources", (s, p) -> {
            s.id = f.line(s.id, p + ".id");
            s.author = f.line(s.author, p + ".author");
            s.title = f.line(s.title, p + ".title");
            s.container = f.line(s.container, p + ".container");
            s.publisher = f.line(s.publisher, p + ".publisher");
            s.date = f.line(s.date, p + ".date");
            s.url = f.line(s.url, p + ".url");
            s.chapter = f.line(s.chapter, p + ".chapter");
            s.pages = f.line(s.pages, p + ".pages");
            s.file = f.line(s.file, p + ".file");
        });
        each(dto.sectors, "sectors", (s, p) -> fitSector(s, p, f));
        each(dto.criteria, "criteria", (c, p) -> {
            c.id = f.line(c.id, p + ".id");
            c.name = f.name(c.name, p + ".name");
            c.description = f.prose(c.description, p + ".description");
        });
        each(dto.options, "options", (o, p) -> fitOption(o, p, f));
    }

    private static void fitFramework(ProjectDto.FrameworkDto fw, Fitter f) {
        fw.name = f.name(fw.name, "framework.name");
        for (var axis : new ProjectDto.AxisDto[] {fw.xAxis, fw.yAxis}) {
            if (axis != null) {
                String p = axis == fw.xAxis ? "framework.xAxis" : "framework.yAxis";
                axis.title = f.name(axis.title, p + ".title");
                axis.lowLabel = f.name(axis.lowLabel, p + ".lowLabel");
                axis.highLabel = f.name(axis.highLabel, p + ".highLabel");
            }
        }
        each(fw.quadrants, "framework.quadrants", (q, p) -> {
            q.letter = f.name(q.letter, p + ".letter");
            q.name = f.name(q.name, p + ".name");
        });
    }

    private static void fitSector(ProjectDto.SectorDto s, String p, Fitter f) {
        s.id = f.line(s.id, p + ".id");
        s.name = f.name(s.name, p + ".name");
        s.driver = f.line(s.driver, p + ".driver");
        s.tags = f.all(s.tags, TextLimit.NAME, p + ".tags");
        s.summary = f.prose(s.summary, p + ".summary");
        if (s.fields != null) {
            s.fields.replaceAll((id, v) -> v != null && v.isTextual()
                    ? TextNode.valueOf(f.line(v.textValue(), p + ".fields." + id)) : v);
        }
        if (s.placement != null) {
            s.placement.sourceId = f.line(s.placement.sourceId, p + ".placement.sourceId");
            s.placement.locator = f.line(s.placement.locator, p + ".placement.locator");
            s.placement.quote = f.prose(s.placement.quote, p + ".placement.quote");
            s.placement.rationale = f.prose(s.placement.rationale, p + ".placement.rationale");
        }
        each(s.evidence, p + ".evidence", (e, ep) -> {
            e.id = f.line(e.id, ep + ".id");
            e.quote = f.prose(e.quote, ep + ".quote");
            e.note = f.prose(e.note, ep + ".note");
            e.sourceId = f.line(e.sourceId, ep + ".sourceId");
            e.page = f.line(e.page, ep + ".page");
            e.added = f.line(e.added, ep + ".added");
            e.tags = f.all(e.tags, TextLimit.NAME, ep + ".tags");
        });
        each(s.history, p + ".history", (c, cp) -> {
            c.id = f.line(c.id, cp + ".id");
            c.at = f.line(c.at, cp + ".at");
            c.fromQuadrant = f.name(c.fromQuadrant, cp + ".fromQuadrant");
            c.toQuadrant = f.name(c.toQuadrant, cp + ".toQuadrant");
            c.reason = f.prose(c.reason, cp + ".reason");
        });
    }

    private static void fitOption(ProjectDto.OptionDto o, String p, Fitter f) {
        o.id = f.line(o.id, p + ".id");
        o.name = f.name(o.name, p + ".name");
        o.description = f.prose(o.description, p + ".description");
        o.sourceId = f.line(o.sourceId, p + ".sourceId");
        o.intendedEffect = f.prose(o.intendedEffect, p + ".intendedEffect");
        if (o.targets != null) {
            o.targets.sectors = f.all(o.targets.sectors, TextLimit.LINE, p + ".targets.sectors");
            o.targets.quadrants = f.all(o.targets.quadrants, TextLimit.NAME, p + ".targets.quadrants");
        }
        each(o.scores, p + ".scores", (s, sp) -> {
            s.criterionId = f.line(s.criterionId, sp + ".criterionId");
            s.rationale = f.prose(s.rationale, sp + ".rationale");
            s.evidence = f.all(s.evidence, TextLimit.LINE, sp + ".evidence");
        });
    }

    private interface Part<D> {
        void fit(D dto, String path);
    }

    private static <D> void each(List<D> dtos, String path, Part<D> part) {
        if (dtos != null) {
            for (int i = 0; i < dtos.size(); i++) {
                if (dtos.get(i) != null) {
                    part.fit(dtos.get(i), path + "[" + i + "]");
                }
            }
        }
    }

    /** Cuts texts to their limit and lists what it cut. */
    private record Fitter(List<String> fixes) {
        String name(String s, String path) {
            return fit(s, TextLimit.NAME, path);
        }

        String line(String s, String path) {
            return fit(s, TextLimit.LINE, path);
        }

        String prose(String s, String path) {
            return fit(s, TextLimit.PROSE, path);
        }

        List<String> all(List<String> list, TextLimit limit, String path) {
            if (list == null) {
                return null;
            }
            List<String> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                out.add(fit(list.get(i), limit, path + "[" + i + "]"));
            }
            return out;
        }

        String fit(String s, TextLimit limit, String path) {
            if (s == null || limit.problem(s) == null) {
                return s;
            }
            int bad = Text.countForbidden(s);
            if (bad > 0) {
                fixes.add(String.format(Locale.ROOT, "%s: replaced %s XML forbids (%s%s) with U+FFFD", path,
                        bad == 1 ? "a character" : bad + " characters",
                        Text.describeForbidden(s, Text.firstForbidden(s)), bad == 1 ? "" : ", …"));
            }
            if (s.length() > limit.max()) {
                fixes.add(String.format(Locale.ROOT, "%s: cut from %,d to %,d characters, the most it may have",
                        path, s.length(), limit.max()));
            }
            return limit.fit(s);
        }
    }
}
