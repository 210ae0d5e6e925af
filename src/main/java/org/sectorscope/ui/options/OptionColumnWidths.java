package org.sectorscope.ui.options;

/**
 * How the options matrix shares its width between the option names and the score columns. A score
 * is one digit, so the score columns narrow first (from 100 to 64 px, their headers shortening) to let
 * the longest option name show whole; below that the name column narrows to 240 px, and only then does
 * the table scroll sideways. Wider than everything needs, the name column takes the rest.
 *
 * @param name      the option column's width
 * @param criterion each score column's width
 */
record OptionColumnWidths(double name, double criterion) {
    static final double NAME_MIN = 240;
    /** Longer names than this are cut (the row's tooltip has them whole) rather than squeezing the scores. */
    static final double NAME_WANTED_MAX = 420;
    static final double CRITERION_MIN = 64;
    static final double CRITERION_MAX = 100;

    /**
     * @param available  the width for the option and score columns (the table's less rank, total and scroll bar)
     * @param criteria   how many score columns
     * @param longestName the width the longest option name needs, padding included
     */
    static OptionColumnWidths fit(double available, int criteria, double longestName) {
        double wanted = Math.max(NAME_MIN, Math.min(NAME_WANTED_MAX, longestName));
        if (criteria == 0) {
            return new OptionColumnWidths(Math.max(wanted, available), CRITERION_MAX);
        }
        double criterion = Math.max(CRITERION_MIN, Math.min(CRITERION_MAX, (available - wanted) / criteria));
        criterion = Math.floor(criterion);
        double name = Math.max(NAME_MIN, available - criteria * criterion);
        return new OptionColumnWidths(Math.floor(name), criterion);
    }
}
