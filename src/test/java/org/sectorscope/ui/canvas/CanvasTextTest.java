package org.sectorscope.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CanvasTextTest {
    @Test
    void aTextThatCouldFitIsGivenAsItIs() {
        String name = "Semiconductors and integrated circuits";
        assertSame(name, CanvasText.fit(name, 400, 11));
    }

    @Test
    void aMillionCharactersAreCutToWhatTheRoomCouldHoldBeforeJavaFxSeesThem() {
        String fitted = CanvasText.fit("x".repeat(1_000_000), 400, 11);
        // 400 px at 11 px hold at most 146 glyphs of a quarter of the size: that, one more, and the ellipsis.
        assertTrue(fitted.length() <= 148 && fitted.endsWith("\u2026"), fitted.length() + " chars");
    }
}
