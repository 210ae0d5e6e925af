package org.sectorscope.store;

import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.function.DoubleConsumer;

/**
 * Collects the bytes a save writes, and lets another thread read them as they come: the reader's limits
 * are checked on them meanwhile, so that check ends soon after the writing does instead of starting then.
 * Its buffer starts at the size the file had, so a save of a file that changed little grows it once at
 * most and copies the bytes once; the share of that size written is told, never past 1 and at most once
 * per percent.
 */
final class WrittenBytes extends OutputStream {
    private static final int FIRST_SIZE = 1 << 16;

    private final long expected;
    private final DoubleConsumer progress;
    private byte[] buf;
    private int count;
    private int told = -1;
    private boolean closed;
    private boolean readerWaits;

    /** {@code expected}: the size the file had, or 0 if it had none; {@code progress} is told the share written. */
    WrittenBytes(long expected, DoubleConsumer progress) {
        this.expected = Math.max(1, expected);
        this.progress = progress;
        this.buf = new byte[(int) Math.min(Integer.MAX_VALUE - 8, Math.max(FIRST_SIZE, expected + expected / 16 + 1))];
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        if (buf.length - count < len) {
            buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(count + (long) len, 2L * buf.length)));
        }
        System.arraycopy(b, off, buf, count, len);
        count += len;
        if (readerWaits) {
            notifyAll();
        }
        int percent = (int) Math.min(100, 100L * count / expected);
        if (percent > told) {
            told = percent;
            progress.accept(percent / 100.0);
        }
    }

    /** The end of the bytes: a reader waiting for more gets the end of its stream. */
    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    /** The bytes written, without a copy when they fill the buffer exactly. */
    synchronized byte[] bytes() {
        return count == buf.length ? buf : Arrays.copyOf(buf, count);
    }

    /** The bytes from the first, as they are written; a read waits for more until {@link #close}. */
    InputStream reader() {
        return new InputStream() {
            private int position;

            @Override
            public int read() throws InterruptedIOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] into, int off, int len) throws InterruptedIOException {
                if (len == 0) {
                    return 0;
                }
                synchronized (WrittenBytes.this) {
                    while (position == count && !closed) {
                        readerWaits = true;
                        try {
                            WrittenBytes.this.wait();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new InterruptedIOException("stopped while waiting for the saved bytes");
                        } finally {
                            readerWaits = false;
                        }
                    }
                    if (position == count) {
                        return -1;
                    }
                    int n = Math.min(len, count - position);
                    System.arraycopy(buf, position, into, off, n);
                    position += n;
                    return n;
                }
            }
        };
    }
}
