package org.sectorscope.logic;

/**
 * Where a search's text was found in an item: the field ("quote", "tag"...), that field's text, and the
 * matched span in it ({@code start} inclusive, {@code end} exclusive; both -1 when the span could not be
 * placed, as for letters whose lower case has another length), so a result can say why it matched.
 */
public record TextMatch(String field, String text, int start, int end) {
    /** Characters kept either side of the match in {@link #excerpt}. */
    public static final int CONTEXT = 40;

    public boolean placed() {
        return start >= 0 && end >= start;
    }

    /**
     * The match with at most {@code context} characters either side, cut at spaces where it can, an ellipsis
     * marking each cut; the span moves with the text.
     */
    public TextMatch excerpt(int context) {
        if (!placed() || text.length() <= end - start + 2 * context) {
            return this;
        }
        int from = Math.max(0, start - context);
        int to = Math.min(text.length(), end + context);
        int space = text.indexOf(' ', from);
        if (from > 0 && space >= 0 && space < start) {
            from = space + 1;
        }
        int lastSpace = text.lastIndexOf(' ', to);
        if (to < text.length() && lastSpace >= end) {
            to = lastSpace;
        }
        String head = from > 0 ? "\u2026" : "";
        String tail = to < text.length() ? "\u2026" : "";
        String cut = head + text.substring(from, to) + tail;
        return new TextMatch(field, cut, start - from + head.length(), end - from + head.length());
    }
}
