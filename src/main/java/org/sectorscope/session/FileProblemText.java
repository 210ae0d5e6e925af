package org.sectorscope.session;

import org.sectorscope.store.ProjectFileException;

/**
 * A refused file told in plain words for a dialog: one sentence about the file by its name, and the
 * technical detail (a parser's message, where it stopped, the full path) kept apart for a Details
 * expander. The command line prints the exception's own message, which keeps both on one line.
 */
public record FileProblemText(String sentence, String details) {
    private static final String INVALID_JSON = "invalid JSON: ";

    public static FileProblemText of(ProjectFileException e) {
        String problem = e.problem() == null ? "" : e.problem();
        String where = e.line() > 0 ? "line " + e.line() + (e.column() > 0 ? ", column " + e.column() : "") : "";
        String file = e.file() == null ? "The file" : fileName(e.file());
        String path = e.file() == null || e.file().equals(file) ? null : "File: " + e.file();
        if (problem.startsWith(INVALID_JSON)) {
            return new FileProblemText(file + " is damaged: its text is not valid JSON"
                    + (where.isEmpty() ? "" : " at " + where) + ", so it cannot be read as a project.",
                    lines(problem + (where.isEmpty() ? "" : " (" + where + ")"), path));
        }
        String technical = e.details() == null ? null : e.details() + (where.isEmpty() ? "" : " (" + where + ")");
        String sentence = file + (problem.startsWith("is ") || problem.startsWith("was ") || problem.startsWith("has ")
                ? " " : ": ") + problem;
        if (technical == null && !where.isEmpty()) {
            sentence += " (" + where + ")";
        }
        return new FileProblemText(sentence.endsWith(".") ? sentence : sentence + ".", lines(technical, path));
    }

    private static String lines(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + "\n" + second;
    }

    /** The last part of a path as the store named it; the name itself when it is no path. */
    private static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return slash < 0 || slash == file.length() - 1 ? file : file.substring(slash + 1);
    }
}
