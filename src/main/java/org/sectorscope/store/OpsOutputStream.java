package org.sectorscope.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A stream onto the temp file that sends every write through {@link FileOps#write}, so a test can fail a
 * streamed export as it fails a saved byte array. Closing it does nothing: the writer still has to force
 * the file to disk, and closes the channel itself.
 */
final class OpsOutputStream extends OutputStream {
    private final FileOps ops;
    private final FileChannel channel;

    OpsOutputStream(FileOps ops, FileChannel channel) {
        this.ops = ops;
        this.channel = channel;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        ops.write(channel, ByteBuffer.wrap(b, off, len));
    }

    @Override
    public void close() {
        // The channel is the writer's to close, after forcing it.
    }
}
