package org.sectorscope.store;

import java.io.ByteArrayInputStream;
import java.util.function.DoubleConsumer;

/**
 * Bytes in memory handed to the parser in its own pieces, telling the share handed over so far: the
 * parser reads as it goes, so this is how far the parse has got. Told at most once per percent.
 */
final class ProgressInputStream extends ByteArrayInputStream {
    private final int start;
    private final DoubleConsumer progress;
    private int told = -1;

    ProgressInputStream(byte[] bytes, int offset, int length, DoubleConsumer progress) {
        super(bytes, offset, length);
        this.start = offset;
        this.progress = progress;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
        int n = super.read(b, off, len);
        int percent = (int) (100L * (pos - start) / Math.max(1, count - start));
        if (percent > told) {
            told = percent;
            progress.accept(percent / 100.0);
        }
        return n;
    }
}
