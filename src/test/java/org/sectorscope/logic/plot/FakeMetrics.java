package org.sectorscope.logic.plot;

/** Text measured as 0.6 of the size per character, so tests of the layout need no font. */
final class FakeMetrics implements TextMetrics {
    static final FakeMetrics INSTANCE = new FakeMetrics();

    @Override
    public double width(String text, TextStyle style) {
        return text.codePointCount(0, text.length()) * 0.6 * style.size();
    }

    @Override
    public double ascent(TextStyle style) {
        return 0.8 * style.size();
    }

    @Override
    public double lineHeight(TextStyle style) {
        return 1.2 * style.size();
    }
}
