package org.sectorscope.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Project;
import org.sectorscope.model.ProjectInfo;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Source;
import org.sectorscope.store.ProjectWriter;

/**
 * What an exported PNG carries besides the picture. The whole project (the default) makes it an
 * editable image: File > Open reads the project back out of it. Anyone the image is sent to can do
 * the same, so the project can be carried without its notes (the project's notes and each evidence
 * item's note) or without local file paths (each source's {@code file} and any {@code file:} URL), or
 * not at all ({@link #FIGURE_ONLY}). A project carried with anything left out also leaves out the
 * fields this version does not know, since nothing says what they hold. An SVG carries it the same way
 * ({@link SvgProjectMetadata}), and a PPTX or XLSX in a custom XML part ({@link OfficeProjectPart}); PDF
 * and Markdown carry no project.
 *
 * @param project    whether the PNG carries the project at all
 * @param notes      whether it carries the notes (false when {@code project} is)
 * @param localPaths whether it carries the sources' local file paths (false when {@code project} is)
 */
public record ProjectEmbedding(boolean project, boolean notes, boolean localPaths) {
    /** The whole project, unknown fields included; what exports carried before there was a choice. */
    public static final ProjectEmbedding FULL = new ProjectEmbedding(true, true, true);
    /** The picture alone. */
    public static final ProjectEmbedding FIGURE_ONLY = new ProjectEmbedding(false, false, false);
    /** Stands in for a note left out where the item has no quote, so it keeps its grade and bearing. */
    public static final String NOTE_LEFT_OUT = "(note left out)";

    public ProjectEmbedding {
        notes = project && notes;
        localPaths = project && localPaths;
    }

    public ProjectEmbedding withNotes(boolean on) {
        return new ProjectEmbedding(project, on, localPaths);
    }

    public ProjectEmbedding withLocalPaths(boolean on) {
        return new ProjectEmbedding(project, notes, on);
    }

    public boolean isFull() {
        return equals(FULL);
    }

    /** The JSON the PNG's chunk carries; empty for the figure only. */
    public Optional<byte[]> json(Project p) {
        if (!project) {
            return Optional.empty();
        }
        return Optional.of(isFull() ? ProjectWriter.toBytes(p) : ProjectWriter.toBytesWithoutUnknownFields(reduced(p)));
    }

    /** The project with the notes and local paths this choice leaves out removed. */
    public Project reduced(Project p) {
        Project out = p;
        if (!notes) {
            ProjectInfo i = out.info();
            out = out.withInfo(new ProjectInfo(i.id(), i.title(), i.subtitle(), i.author(), i.sourceLine(), null,
                    i.extras()));
            List<Sector> sectors = new ArrayList<>(out.sectors().size());
            for (Sector s : out.sectors()) {
                sectors.add(s.withEvidence(s.evidence().stream().map(ProjectEmbedding::withoutNote).toList()));
            }
            out = out.withSectors(sectors);
        }
        if (!localPaths) {
            out = out.withSources(out.sources().stream().map(ProjectEmbedding::withoutLocalPath).toList());
        }
        return out;
    }

    private static Evidence withoutNote(Evidence e) {
        if (e.note() == null) {
            return e;
        }
        return new Evidence(e.id(), e.quote(), e.quote() == null ? NOTE_LEFT_OUT : null, e.sourceId(), e.page(),
                e.reliability(), e.credibility(), e.bearing(), e.tags(), e.added(), e.extras());
    }

    private static Source withoutLocalPath(Source s) {
        String url = isLocal(s.url()) ? null : s.url();
        if (s.file() == null && url == s.url()) {
            return s;
        }
        return new Source(s.id(), s.author(), s.title(), s.container(), s.publisher(), s.date(), url, s.chapter(),
                s.pages(), null, s.extras());
    }

    /** How many notes {@code p} has that leaving out notes removes: the project's and each evidence item's. */
    public static int noteCount(Project p) {
        int n = p.info().notes() == null ? 0 : 1;
        for (Sector s : p.sectors()) {
            n += (int) s.evidence().stream().filter(e -> e.note() != null).count();
        }
        return n;
    }

    /** How many sources of {@code p} name a local file (a file field or a {@code file:} URL). */
    public static int localPathCount(Project p) {
        return (int) p.sources().stream().filter(s -> s.file() != null || isLocal(s.url())).count();
    }

    /** A {@code file:} URL names a local path as much as a file field does. */
    static boolean isLocal(String url) {
        return url != null && url.strip().toLowerCase(Locale.ROOT).startsWith("file:");
    }

    /**
     * The command line's words: {@code full}, {@code figure-only}, or {@code no-notes}, {@code no-paths} or
     * both separated by a comma (any case); empty for anything else.
     */
    public static Optional<ProjectEmbedding> parse(String words) {
        String w = words.strip().toLowerCase(Locale.ROOT);
        if (w.equals("full")) {
            return Optional.of(FULL);
        }
        if (w.equals("figure-only")) {
            return Optional.of(FIGURE_ONLY);
        }
        ProjectEmbedding e = FULL;
        for (String part : w.split(",", -1)) {
            switch (part.strip()) {
                case "no-notes" -> e = e.withNotes(false);
                case "no-paths" -> e = e.withLocalPaths(false);
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(e);
    }

    /** What the PNG carries, in words: "the whole project", "the project without notes", "nothing but the figure". */
    public String describe() {
        if (!project) {
            return "nothing but the figure";
        }
        if (notes && localPaths) {
            return "the whole project";
        }
        return "the project without " + (notes ? "local file paths" : localPaths ? "notes" : "notes or local file paths");
    }
}
