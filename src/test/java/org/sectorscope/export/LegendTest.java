package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

class LegendTest {
    private static String painted(Legend legend) {
        SVGGraphics2D g = new SVGGraphics2D(800, 100);
        legend.paint(g, 0, 0);
        String svg = g.getSVGElement();
        return svg.substring(svg.indexOf("<text"), svg.lastIndexOf("</text>"));
    }

    @Test
    void aLabelThatFitsIsDrawnAsItIs() {
        Legend legend = new Legend(List.of(new Legend.Entry(Legend.arrow(), "intended move: Subsidies")), 800);
        assertTrue(painted(legend).endsWith(">intended move: Subsidies"), painted(legend));
    }

    @Test
    void aLabelWiderThanTheLegendEndsInAnEllipsisAndIsNeverMeasuredWhole() {
        String name = "x".repeat(1_000_000);
        Legend legend = new Legend(List.of(new Legend.Entry(Legend.arrow(), "intended move: " + name),
                new Legend.Entry(Legend.dashedBox(), "targeted by " + name)), 800);
        assertEquals(Math.ceil(2 * Typesetter.lineHeight(Legend.LABEL) + 4), legend.height(), 1e-9, "one row each");
        String text = painted(legend);
        assertTrue(text.length() < 2_000 && text.endsWith("\u2026"), text.length() + " chars");
    }
}
