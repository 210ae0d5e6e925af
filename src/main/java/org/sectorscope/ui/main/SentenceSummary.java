package org.sectorscope.ui.main;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A long list of sentences (the fixes of a repair, the differences of a recovery copy) told in a few
 * lines: how many there are, and how many of each kind, most frequent first. Two sentences are of one
 * kind when they differ only in where (a leading {@code sectors[3].evidence[1]: }) and in quoted names
 * and ids, e.g. every {@code ...: source "chN" does not exist; the citation was removed}.
 */
final class SentenceSummary {
    /** Up to this many sentences are simply listed; a longer list gets a summary line above it. */
    static final int LISTED_WHOLE = 20;
    static final int KINDS_SHOWN = 5;

    /** A location such as {@code options[2].scores[0]} or {@code the top level}, ending in ": ". */
    private static final Pattern LEADING_PLACE = Pattern.compile("^(?:the top level|[A-Za-z]+(?:\\[\\d+])?"
            + "(?:\\.[A-Za-z]+(?:\\[\\d+])?)*): ");
    private static final Pattern PLACE = Pattern.compile("\\b[A-Za-z]+\\[\\d+](?:\\.[A-Za-z]+(?:\\[\\d+])?)*");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");

    private SentenceSummary() {
    }

    /**
     * "4,812 fixes, of 3 kinds: 3,900 × source "…" does not exist; the citation was removed; ...", or
     * empty when the list is short enough to read whole.
     */
    static String of(List<String> sentences, String noun) {
        if (sentences.size() <= LISTED_WHOLE) {
            return "";
        }
        Map<String, Integer> kinds = new LinkedHashMap<>();
        for (String s : sentences) {
            kinds.merge(kindOf(s), 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(kinds.entrySet());
        ranked.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%,d %s, of %,d kind%s:", sentences.size(),
                noun, ranked.size(), ranked.size() == 1 ? "" : "s"));
        for (int i = 0; i < Math.min(KINDS_SHOWN, ranked.size()); i++) {
            sb.append(String.format(Locale.ROOT, "\n%,d \u00d7 %s", ranked.get(i).getValue(), ranked.get(i).getKey()));
        }
        int rest = ranked.size() - KINDS_SHOWN;
        if (rest > 0) {
            sb.append(String.format(Locale.ROOT, "\nand %,d other kind%s", rest, rest == 1 ? "" : "s"));
        }
        return sb.toString();
    }

    /** The sentence without where it applies and without the names it quotes. */
    static String kindOf(String sentence) {
        String kind = LEADING_PLACE.matcher(sentence).replaceFirst("");
        kind = QUOTED.matcher(kind).replaceAll("\"\u2026\"");
        return PLACE.matcher(kind).replaceAll("\u2026");
    }
}
