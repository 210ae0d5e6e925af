package org.sectorscope.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A reviewer's comment on a sector, an evidence item or an option: who wrote it, when, what, and
 * whether it has been dealt with. A comment whose subject has since gone is kept and flagged.
 */
public record Comment(String id, Subject subject, String subjectId, String author, String at, String text,
                      boolean resolved, Extras extras) {
    /** What a comment is about. */
    public enum Subject {
        SECTOR, EVIDENCE, OPTION;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Subject fromKey(String key) {
            for (Subject s : values()) {
                if (s.key().equals(key)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("a comment is on a \"sector\", \"evidence\" or \"option\", found \""
                    + key + "\"");
        }
    }

    public Comment {
        Ids.require(id, "comment");
        Objects.requireNonNull(subject, "subject");
        Ids.require(subjectId, "comment's subject");
        author = TextLimit.NAME.require(author == null ? "" : author, "the author of comment " + id);
        TextLimit.LINE.require(Objects.requireNonNull(at, "at"), "the time of comment " + id);
        TextLimit.PROSE.require(Objects.requireNonNull(text, "text"), "the text of comment " + id);
        extras = extras == null ? Extras.NONE : extras;
    }

    public Comment withResolved(boolean next) {
        return new Comment(id, subject, subjectId, author, at, text, next, extras);
    }

    public Comment withText(String next) {
        return new Comment(id, subject, subjectId, author, at, next, resolved, extras);
    }
}
