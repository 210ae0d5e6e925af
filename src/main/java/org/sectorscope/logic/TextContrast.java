package org.sectorscope.logic;

import java.util.Locale;

/**
 * WCAG 2 contrast between two colours: the relative luminance of each (sRGB, linearised) and their
 * ratio, from 1:1 to 21:1, with the thresholds text must meet. Colours are {@code #RRGGBB} or red,
 * green and blue from 0 to 1; a translucent colour is first laid over what is behind it.
 */
public final class TextContrast {
    /** AA for normal text. */
    public static final double AA = 4.5;
    /** AA for large text (24 px, or 18.66 px bold, and up). */
    public static final double AA_LARGE = 3.0;
    /** AAA for normal text (large text: {@link #AA}). */
    public static final double AAA = 7.0;
    private static final double LARGE_PX = 24;
    private static final double LARGE_BOLD_PX = 18.66;

    private TextContrast() {
    }

    /** The relative luminance of an sRGB colour, each channel 0 to 1. */
    public static double luminance(double red, double green, double blue) {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    /** The relative luminance of {@code #RRGGBB} (or {@code #RGB}). */
    public static double luminance(String hex) {
        double[] c = rgb(hex);
        return luminance(c[0], c[1], c[2]);
    }

    /** The contrast ratio of two luminances, lighter over darker: 1 to 21. */
    public static double ratioOfLuminances(double a, double b) {
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** The contrast ratio of two colours given as red, green, blue from 0 to 1. */
    public static double ratio(double[] a, double[] b) {
        return ratioOfLuminances(luminance(a[0], a[1], a[2]), luminance(b[0], b[1], b[2]));
    }

    /** The contrast ratio of two {@code #RRGGBB} colours. */
    public static double ratio(String hexA, String hexB) {
        return ratio(rgb(hexA), rgb(hexB));
    }

    /** {@code top}, {@code alpha} opaque, laid over the opaque {@code below}: what the eye sees. */
    public static double[] over(double[] top, double alpha, double[] below) {
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = top[i] * alpha + below[i] * (1 - alpha);
        }
        return out;
    }

    /** Whether text of this size and weight is "large" in WCAG's sense. */
    public static boolean isLarge(double sizePx, boolean bold) {
        return sizePx >= LARGE_PX || bold && sizePx >= LARGE_BOLD_PX;
    }

    /** The ratio AA asks of text of this size and weight. */
    public static double requiredAa(double sizePx, boolean bold) {
        return isLarge(sizePx, bold) ? AA_LARGE : AA;
    }

    /** The ratio AAA asks of text of this size and weight. */
    public static double requiredAaa(double sizePx, boolean bold) {
        return isLarge(sizePx, bold) ? AA : AAA;
    }

    /** {@code #RRGGBB} or {@code #RGB} as red, green and blue from 0 to 1. */
    public static double[] rgb(String hex) {
        String h = hex.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("#")) {
            h = h.substring(1);
        }
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        if (h.length() != 6) {
            throw new IllegalArgumentException("not a #RRGGBB colour: " + hex);
        }
        int v = Integer.parseInt(h, 16);
        return new double[] {((v >> 16) & 0xff) / 255.0, ((v >> 8) & 0xff) / 255.0, (v & 0xff) / 255.0};
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
