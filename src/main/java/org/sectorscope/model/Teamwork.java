package org.sectorscope.model;

import java.util.List;

/**
 * What a project holds about the people and times behind it rather than the assessment itself: its
 * editions (dated snapshots), other analysts' placements, reviewers' comments and the conflicts a merge
 * left to resolve. Kept as one part of {@link Project} so the assessment's own records stay apart.
 */
public record Teamwork(List<Edition> editions, List<AnalystLayer> analysts, List<Comment> comments,
                       List<MergeConflict> conflicts) {
    public static final Teamwork NONE = new Teamwork(List.of(), List.of(), List.of(), List.of());

    public Teamwork {
        editions = editions == null ? List.of() : List.copyOf(editions);
        analysts = analysts == null ? List.of() : List.copyOf(analysts);
        comments = comments == null ? List.of() : List.copyOf(comments);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }

    public boolean isEmpty() {
        return editions.isEmpty() && analysts.isEmpty() && comments.isEmpty() && conflicts.isEmpty();
    }

    public Teamwork withEditions(List<Edition> next) {
        return new Teamwork(next, analysts, comments, conflicts);
    }

    public Teamwork withAnalysts(List<AnalystLayer> next) {
        return new Teamwork(editions, next, comments, conflicts);
    }

    public Teamwork withComments(List<Comment> next) {
        return new Teamwork(editions, analysts, next, conflicts);
    }

    public Teamwork withConflicts(List<MergeConflict> next) {
        return new Teamwork(editions, analysts, comments, next);
    }
}
