package org.sectorscope.logic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sectorscope.model.Comment;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;

/**
 * Reading a project's comments: what each is about in words, which ones concern a sector (its own and
 * its evidence items'), and how many are still open, for the badges. A comment on something the project
 * no longer has is kept and said to be so.
 */
public final class Comments {
    /** What the subject of a comment is when the project has it no more. */
    public static final String GONE = " (no longer in the project)";

    private Comments() {
    }

    /** "Semiconductors", "Evidence in Semiconductors: \"SMIC ...\"", "Option Alliances", or the id flagged gone. */
    public static String subject(Project project, Comment c) {
        return switch (c.subject()) {
            case SECTOR -> project.sector(c.subjectId()).map(Sector::name)
                    .orElse("Sector " + c.subjectId() + GONE);
            case OPTION -> project.option(c.subjectId()).map(o -> "Option " + o.name())
                    .orElse("Option " + c.subjectId() + GONE);
            case EVIDENCE -> {
                Sector owner = ownerOfEvidence(project, c.subjectId());
                if (owner == null) {
                    yield "Evidence " + c.subjectId() + GONE;
                }
                Evidence e = owner.evidence().stream().filter(x -> x.id().equals(c.subjectId())).findFirst()
                        .orElseThrow();
                yield evidenceSubject(owner, e);
            }
        };
    }

    /**
     * "Evidence in Semiconductors: \"SMIC ...\"": what {@link #subject} says of a comment on {@code e}, for a
     * caller that knows the sector holding it (finding the owner reads every sector's evidence).
     */
    public static String evidenceSubject(Sector owner, Evidence e) {
        return "Evidence in " + owner.name() + ": " + excerpt(e);
    }

    /** Whether the project still has what {@code c} is about. */
    public static boolean subjectExists(Project project, Comment c) {
        return switch (c.subject()) {
            case SECTOR -> project.sector(c.subjectId()).isPresent();
            case OPTION -> project.option(c.subjectId()).isPresent();
            case EVIDENCE -> ownerOfEvidence(project, c.subjectId()) != null;
        };
    }

    /** The sector a comment concerns: its subject, or the sector holding its evidence item; null for options. */
    public static String sectorIdOf(Project project, Comment c) {
        return switch (c.subject()) {
            case SECTOR -> c.subjectId();
            case OPTION -> null;
            case EVIDENCE -> {
                Sector owner = ownerOfEvidence(project, c.subjectId());
                yield owner == null ? null : owner.id();
            }
        };
    }

    /** The comments on sector {@code sectorId} and on its evidence items, in the project's order. */
    public static List<Comment> onSector(Project project, String sectorId) {
        return project.teamwork().comments().stream().filter(c -> sectorId.equals(sectorIdOf(project, c))).toList();
    }

    /**
     * Open comments by the id of the sector they concern (its own and its evidence items'), in one pass
     * over the comments and evidence; what the sector badges show.
     */
    public static Map<String, Integer> openBySector(Project project) {
        Map<String, String> evidenceOwner = new HashMap<>();
        if (project.teamwork().comments().stream().anyMatch(c -> c.subject() == Comment.Subject.EVIDENCE)) {
            for (Sector s : project.sectors()) {
                s.evidence().forEach(e -> evidenceOwner.put(e.id(), s.id()));
            }
        }
        Map<String, Integer> open = new HashMap<>();
        for (Comment c : project.teamwork().comments()) {
            String sectorId = switch (c.subject()) {
                case SECTOR -> c.subjectId();
                case EVIDENCE -> evidenceOwner.get(c.subjectId());
                case OPTION -> null;
            };
            if (!c.resolved() && sectorId != null) {
                open.merge(sectorId, 1, Integer::sum);
            }
        }
        return open;
    }

    /** Open comments on option {@code optionId}. */
    public static long openOnOption(Project project, String optionId) {
        return open(project, Comment.Subject.OPTION, optionId);
    }

    /** Open comments on the evidence item {@code evidenceId}. */
    public static long openOnEvidence(Project project, String evidenceId) {
        return open(project, Comment.Subject.EVIDENCE, evidenceId);
    }

    private static long open(Project project, Comment.Subject subject, String id) {
        return project.teamwork().comments().stream()
                .filter(c -> !c.resolved() && c.subject() == subject && c.subjectId().equals(id)).count();
    }

    private static Sector ownerOfEvidence(Project project, String evidenceId) {
        for (Sector s : project.sectors()) {
            for (Evidence e : s.evidence()) {
                if (e.id().equals(evidenceId)) {
                    return s;
                }
            }
        }
        return null;
    }

    private static String excerpt(Evidence e) {
        String text = e.quote() != null ? e.quote() : e.note() != null ? e.note() : e.id();
        return text.length() <= 60 ? "\"" + text + "\"" : "\"" + text.substring(0, 57).strip() + "...\"";
    }
}
