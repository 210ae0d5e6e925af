package org.sectorscope.export;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.zip.CRC32;

/**
 * The PNG {@code pHYs} chunk: pixels per metre on both axes, unit metre, so a 300-dpi A4 prints as A4.
 * Written byte by byte just after IHDR (the specification wants it before the image data), like
 * {@link PngProjectChunk}, rather than through ImageIO's metadata tree.
 */
public final class PngDensity {
    private static final int SIGNATURE_LENGTH = 8;
    private static final int IHDR_END = SIGNATURE_LENGTH + 4 + 4 + 13 + 4;
    private static final double METRES_PER_INCH = 0.0254;

    private PngDensity() {
    }

    /** round(dpi / 0.0254): 300 dpi is 11811 pixels per metre. */
    public static int pixelsPerMetre(int dpi) {
        return (int) Math.round(dpi / METRES_PER_INCH);
    }

    /** The PNG (as ImageIO writes it: IHDR first, no pHYs) with a pHYs chunk for {@code dpi} after IHDR. */
    static byte[] insert(byte[] png, int dpi) {
        if (png.length < IHDR_END || !"IHDR".equals(type(png, SIGNATURE_LENGTH + 4))) {
            throw new IllegalArgumentException("not a PNG image");
        }
        int ppm = pixelsPerMetre(dpi);
        ByteBuffer data = ByteBuffer.allocate(9).putInt(ppm).putInt(ppm).put((byte) 1); // 1: the unit is the metre
        byte[] kind = "pHYs".getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(kind);
        crc.update(data.array());
        ByteBuffer chunk = ByteBuffer.allocate(4 + 4 + 9 + 4).putInt(9).put(kind).put(data.array())
                .putInt((int) crc.getValue());
        byte[] out = new byte[png.length + chunk.capacity()];
        System.arraycopy(png, 0, out, 0, IHDR_END);
        System.arraycopy(chunk.array(), 0, out, IHDR_END, chunk.capacity());
        System.arraycopy(png, IHDR_END, out, IHDR_END + chunk.capacity(), png.length - IHDR_END);
        return out;
    }

    /** The horizontal pixels per metre of the first pHYs chunk whose unit is the metre; empty for none. */
    public static OptionalInt read(byte[] png) {
        int at = SIGNATURE_LENGTH;
        while (at + 8 <= png.length) {
            int length = ByteBuffer.wrap(png, at, 4).getInt();
            String kind = type(png, at + 4);
            if (length < 0 || at + 12L + length > png.length || "IDAT".equals(kind)) {
                return OptionalInt.empty(); // pHYs must come before the image data
            }
            if ("pHYs".equals(kind) && length == 9 && png[at + 16] == 1) {
                return OptionalInt.of(ByteBuffer.wrap(png, at + 8, 4).getInt());
            }
            at += 12 + length;
        }
        return OptionalInt.empty();
    }

    private static String type(byte[] png, int at) {
        return new String(png, at, 4, StandardCharsets.US_ASCII);
    }
}
