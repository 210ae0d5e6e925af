package org.sectorscope.store;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.function.DoubleConsumer;

/**
 * Collects the bytes a writer makes, telling the share of {@code expected} (the size the file had)
 * written so far, never past 1 and at most once per percent. Its buffer starts at that size, so a save of
 * a file that changed little grows it once at most and copies the bytes once.
 */
final class ProgressOutputStream extends ByteArrayOutputStream {
    private final long expected;
    private final DoubleConsumer progress;
    private int told = -1;

    ProgressOutputStream(long expected, DoubleConsumer progress) {
        super((int) Math.min(Integer.MAX_VALUE - 8, expected + expected / 16 + 1));
        this.expected = Math.max(1, expected);
        this.progress = progress;
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        super.write(b, off, len);
        int percent = (int) Math.min(100, 100L * count / expected);
        if (percent > told) {
            told = percent;
            progress.accept(percent / 100.0);
        }
    }

    /** The bytes written, without a copy when they fill the buffer exactly. */
    synchronized byte[] bytes() {
        return count == buf.length ? buf : Arrays.copyOf(buf, count);
    }
}
