package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FigureDatesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    @Test
    void writesTheFiguresForm() {
        assertEquals("2 December 2026", FigureDates.format(DAY));
        assertEquals("", FigureDates.format(null));
        assertEquals("2 December 2026", FooterBlock.formatDate(DAY), "the figure's footer uses the same form");
    }

    @Test
    void readsWhatAPersonTypesBack() {
        assertEquals(Optional.of(DAY), FigureDates.parse("2 December 2026"));
        assertEquals(Optional.of(DAY), FigureDates.parse("  2  december   2026 "));
        assertEquals(Optional.of(DAY), FigureDates.parse("2 Dec 2026"));
        assertEquals(Optional.of(DAY), FigureDates.parse("2026-12-02"));
        assertEquals(Optional.empty(), FigureDates.parse("12/2/2026"), "the short system form is ambiguous");
        assertEquals(Optional.empty(), FigureDates.parse("31 February 2026"));
        assertEquals(Optional.empty(), FigureDates.parse(""));
        assertEquals(Optional.empty(), FigureDates.parse(null));
    }
}
