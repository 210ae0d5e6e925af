package org.sectorscope.store.child;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Hostile inputs shared by the tests that prove the reader's bounds (issue 12, point 7). */
public final class AttackFiles {
    private AttackFiles() {
    }

    /**
     * A valid project header and 21 million empty objects in a field: 63 MB, within the byte limit, and
     * 6 GB as a tree when nothing else bounds it.
     */
    public static void writeEmptyObjectBomb(OutputStream out) throws IOException {
        out.write("{\"format\": \"sectorscope-project\", \"schemaVersion\": 1, \"junk\": [{}".getBytes(StandardCharsets.UTF_8));
        byte[] block = new byte[3 * 100_000];
        for (int i = 0; i < block.length; i += 3) {
            block[i] = ',';
            block[i + 1] = '{';
            block[i + 2] = '}';
        }
        for (int i = 0; i < 210; i++) {
            out.write(block);
        }
        out.write("]}\n".getBytes(StandardCharsets.UTF_8));
    }
}
