package org.sectorscope.logic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;

/**
 * The source line under an exported figure, composed from what the figure shows: the report's citation
 * for the placements credited to it, the project's author for the rest. A figure never credits a source
 * with a placement it did not make. The analyst's own wording ({@code ProjectInfo.sourceLine}) wins when set.
 */
public final class FigureCredits {
    /** Whose reading the analyst's placements are when the project names no author. */
    public static final String NO_AUTHOR = "the analyst's own reading";

    private FigureCredits() {
    }

    /** The line for a figure of {@code shown} (placed sectors); null when there is nothing to credit. */
    public static String sourceLine(Project project, List<Sector> shown) {
        if (project.info().sourceLine() != null) {
            return project.info().sourceLine();
        }
        return composed(project, shown);
    }

    /** The composed line, ignoring the analyst's own wording: "Sources: placements of a and b: Kennedy, ...; other placements: Jane Doe." */
    public static String composed(Project project, List<Sector> shown) {
        return line(project, shown, false);
    }

    /**
     * {@link #composed}, with how many sectors for their names ("Sources: placements of 412 sectors: Kennedy, ...;
     * other placements (588 sectors): Jane Doe."): for a figure whose line of names would not fit under it. Every
     * source is still named, and none is credited with a placement it did not make.
     */
    public static String counted(Project project, List<Sector> shown) {
        return line(project, shown, true);
    }

    /** {@code counted}: how many sectors each source placed instead of their names. */
    private static String line(Project project, List<Sector> shown, boolean counted) {
        Map<String, List<String>> byCitation = new LinkedHashMap<>();
        List<String> analyst = new ArrayList<>();
        for (Sector s : shown) {
            if (!s.isPlaced()) {
                continue;
            }
            PlacementCredit credit = PlacementCredit.of(project, s);
            if (credit.byReport() && credit.citation() != null) {
                byCitation.computeIfAbsent(credit.citation(), k -> new ArrayList<>()).add(s.name());
            } else {
                analyst.add(s.name());
            }
        }
        if (byCitation.isEmpty() && analyst.isEmpty()) {
            return null;
        }
        String author = author(project);
        if (byCitation.isEmpty()) {
            return "Source: " + author + ".";
        }
        if (analyst.isEmpty() && byCitation.size() == 1) {
            return "Source: " + byCitation.keySet().iterator().next() + ".";
        }
        List<String> parts = new ArrayList<>();
        byCitation.forEach((citation, placed) -> parts.add("placements of " + (counted ? count(placed) : list(placed))
                + ": " + citation));
        if (!analyst.isEmpty()) {
            parts.add("other placements" + (counted ? " (" + count(analyst) + ")" : "") + ": " + author);
        }
        return "Sources: " + String.join("; ", parts) + ".";
    }

    /** "1 sector", "412 sectors". */
    static String count(List<String> names) {
        return names.size() + (names.size() == 1 ? " sector" : " sectors");
    }

    /** The project's author, or {@link #NO_AUTHOR}. */
    public static String author(Project project) {
        return project.info().author() == null ? NO_AUTHOR : project.info().author();
    }

    /** "a", "a and b", "a, b and c", names in running text (a capital kept only where it is not just the first letter). */
    static String list(List<String> names) {
        List<String> words = names.stream().map(FigureCredits::inSentence).toList();
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    /** "Internet services" becomes "internet services"; "5G networks", "AI chips" and "EU rules" stay. */
    public static String inSentence(String name) {
        String n = name.strip();
        if (n.length() < 2 || !Character.isUpperCase(n.charAt(0)) || !Character.isLowerCase(n.charAt(1))) {
            return n;
        }
        return Character.toLowerCase(n.charAt(0)) + n.substring(1);
    }
}
