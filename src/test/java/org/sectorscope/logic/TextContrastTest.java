package org.sectorscope.logic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** WCAG 2's own figures: the extremes, the classic grey that just fails AA, and the size rule. */
class TextContrastTest {
    @Test
    void blackOnWhiteIs21To1AndAColourOnItselfIs1To1() {
        assertEquals(21.0, TextContrast.ratio("#000000", "#ffffff"), 1e-9);
        assertEquals(21.0, TextContrast.ratio("#fff", "#000"), 1e-9, "the order does not matter");
        assertEquals(1.0, TextContrast.ratio("#1c5d99", "#1c5d99"), 1e-9);
    }

    @Test
    void greyHex777OnWhiteIs4point48AndFailsAaWhile767676Passes() {
        assertEquals(4.48, TextContrast.ratio("#777777", "#ffffff"), 0.005);
        assertTrue(TextContrast.ratio("#777777", "#ffffff") < TextContrast.AA);
        assertEquals(4.54, TextContrast.ratio("#767676", "#ffffff"), 0.005);
    }

    @Test
    void luminanceOfThePrimaries() {
        assertEquals(0.2126, TextContrast.luminance("#ff0000"), 1e-4);
        assertEquals(0.7152, TextContrast.luminance("#00ff00"), 1e-4);
        assertEquals(0.0722, TextContrast.luminance("#0000ff"), 1e-4);
        assertEquals(1.0, TextContrast.luminance(1, 1, 1), 1e-9);
    }

    @Test
    void aTranslucentColourIsLaidOverWhatIsBehind() {
        assertArrayEquals(new double[] {0.5, 0.5, 0.5}, TextContrast.over(new double[] {0, 0, 0}, 0.5,
                new double[] {1, 1, 1}), 1e-9);
    }

    @Test
    void largeTextIs24PxOr18point66PxBold() {
        assertTrue(TextContrast.isLarge(24, false));
        assertFalse(TextContrast.isLarge(23.9, false));
        assertTrue(TextContrast.isLarge(18.66, true));
        assertFalse(TextContrast.isLarge(18.66, false));
        assertEquals(TextContrast.AA, TextContrast.requiredAa(13, false));
        assertEquals(TextContrast.AA_LARGE, TextContrast.requiredAa(24, false));
        assertEquals(TextContrast.AAA, TextContrast.requiredAaa(13, true));
        assertEquals(TextContrast.AA, TextContrast.requiredAaa(19, true));
    }

    @Test
    void somethingElseIsNotAColour() {
        assertThrows(IllegalArgumentException.class, () -> TextContrast.rgb("#12345"));
    }
}
