package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The bytes of a save, read on another thread as they are written: every byte, in order, then the end. */
class WrittenBytesTest {
    @Test
    void aReaderOnAnotherThreadReadsEveryByteAsWritten() throws Exception {
        WrittenBytes out = new WrittenBytes(1_000, done -> { }); // far too small: the buffer grows as it goes
        InputStream in = out.reader();
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            byte[] piece = new byte[777];
            try {
                for (int n = in.read(piece); n >= 0; n = in.read(piece)) {
                    copy.write(piece, 0, n);
                }
                return copy.toByteArray();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Random random = new Random(3);
        byte[] all = new byte[2_000_000];
        random.nextBytes(all);
        for (int at = 0; at < all.length; ) {
            int n = Math.min(all.length - at, 1 + random.nextInt(9_000));
            out.write(all, at, n);
            at += n;
        }
        out.close();

        assertArrayEquals(all, read.get(30, TimeUnit.SECONDS));
        assertArrayEquals(all, out.bytes());
    }

    @Test
    void theShareWrittenIsToldOncePerPercentAndNeverPastOne() {
        List<Double> told = new ArrayList<>();
        WrittenBytes out = new WrittenBytes(1_000, told::add);
        for (int i = 0; i < 200; i++) {
            out.write(new byte[7], 0, 7); // 1,400 bytes: more than the file had
        }
        assertEquals(1.0, told.get(told.size() - 1));
        assertEquals(101, told.size(), "0%, 1% ... 100%, each once: " + told);
        for (int i = 1; i < told.size(); i++) {
            assertTrue(told.get(i) > told.get(i - 1), told.toString());
        }
    }

    @Test
    void aReaderWaitingForMoreGetsTheEndWhenTheWritingStops() throws Exception {
        WrittenBytes out = new WrittenBytes(0, done -> { });
        out.write(new byte[] {1, 2, 3}, 0, 3);
        InputStream in = out.reader();
        CompletableFuture<Integer> count = CompletableFuture.supplyAsync(() -> {
            try {
                return in.readAllBytes().length;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(50); // the reader has the three bytes and waits for more
        out.close();
        assertEquals(3, count.get(30, TimeUnit.SECONDS));
    }
}
