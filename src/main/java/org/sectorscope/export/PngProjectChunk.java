package org.sectorscope.export;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.sectorscope.model.Project;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectFormat;
import org.sectorscope.store.ProjectReader;
import org.sectorscope.store.ProjectWriter;
import org.sectorscope.store.RegularFiles;

/**
 * The project carried inside an exported PNG, so the picture can be opened again as a project.
 *
 * <p>It is an {@code iTXt} chunk with the keyword {@value #KEYWORD}, compression flag 1 (zlib deflate),
 * empty language tag and translated keyword, holding the project's canonical JSON
 * ({@link ProjectWriter#toBytes}) in UTF-8. iTXt rather than zTXt because zTXt text is Latin-1 by the PNG
 * specification and project JSON is UTF-8. The chunk is written by hand (length, type, data, CRC-32)
 * just before {@code IEND}, after the image data, so viewers that show images progressively are not
 * held up; ImageIO's metadata tree would do too, but writing the bytes keeps the layout exact and
 * testable. Reading also accepts a {@code zTXt} or {@code tEXt} chunk with the keyword.
 *
 * <p>Chat apps, social media and many content systems re-encode images and drop text chunks; a PNG that
 * went through one gives {@link Optional#empty()}.
 */
public final class PngProjectChunk {
    public static final String KEYWORD = "sectorscope-project";
    /** Neither the compressed chunk nor the JSON inside may be larger than a project file may be. */
    static final long MAX_BYTES = ProjectFormat.MAX_FILE_BYTES;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PngProjectChunk() {
    }

    /** The PNG with the project's chunk added before IEND. */
    public static byte[] embed(byte[] png, Project project) {
        return embed(png, ProjectWriter.toBytes(project));
    }

    static byte[] embed(byte[] png, byte[] json) {
        int iend = iendOffset(png);
        byte[] chunk = chunk(json);
        byte[] out = new byte[png.length + chunk.length];
        System.arraycopy(png, 0, out, 0, iend);
        System.arraycopy(chunk, 0, out, iend, chunk.length);
        System.arraycopy(png, iend, out, iend + chunk.length, png.length - iend);
        return out;
    }

    /** A whole iTXt chunk: length, type, data, CRC over type and data. */
    static byte[] chunk(byte[] json) {
        ByteArrayOutputStream data = new ByteArrayOutputStream(json.length / 4 + 64);
        data.writeBytes(KEYWORD.getBytes(StandardCharsets.ISO_8859_1));
        data.write(0);
        data.write(1); // compressed
        data.write(0); // zlib deflate
        data.write(0); // no language tag
        data.write(0); // no translated keyword
        try (DeflaterOutputStream z = new DeflaterOutputStream(data, new Deflater(Deflater.BEST_COMPRESSION))) {
            z.write(json);
        } catch (IOException e) {
            throw new IllegalStateException("unreachable: writing to memory", e);
        }
        byte[] body = data.toByteArray();
        byte[] type = "iTXt".getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(body);
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 12);
        writeInt(out, body.length);
        out.writeBytes(type);
        out.writeBytes(body);
        writeInt(out, (int) crc.getValue());
        return out.toByteArray();
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }

    private static int iendOffset(byte[] png) {
        if (png.length < SIGNATURE.length || !Arrays.equals(png, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw new IllegalArgumentException("not a PNG image");
        }
        int at = SIGNATURE.length;
        while (at + 12 <= png.length) {
            int length = ((png[at] & 0xFF) << 24) | ((png[at + 1] & 0xFF) << 16) | ((png[at + 2] & 0xFF) << 8)
                    | (png[at + 3] & 0xFF);
            String type = new String(png, at + 4, 4, StandardCharsets.US_ASCII);
            if (type.equals("IEND")) {
                return at;
            }
            if (length < 0 || at + 12L + length > png.length) {
                break;
            }
            at += 12 + length;
        }
        throw new IllegalArgumentException("the PNG has no IEND chunk");
    }

    /**
     * The project embedded in the PNG file, or empty when it carries none.
     *
     * @throws ProjectFileException naming the file, when it cannot be read, is not a PNG, is damaged, or
     *         carries a project that is too large or not valid
     */
    public static Optional<Project> read(Path png) throws ProjectFileException {
        String name = png.toString();
        // Only a regular file is opened: a named pipe would block and a device never end.
        try (InputStream in = new BufferedInputStream(RegularFiles.open(png, "a PNG image"))) {
            return read(in, name);
        } catch (IOException e) {
            throw new ProjectFileException(png, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** As {@link #read(Path)}, for PNG bytes; {@code name} is used in messages. */
    public static Optional<Project> read(byte[] png, String name) throws ProjectFileException {
        try {
            return read(new ByteArrayInputStream(png), name);
        } catch (IOException e) {
            throw new ProjectFileException(name, "cannot be read (" + e.getMessage() + ")", -1, -1, e);
        }
    }

    private static Optional<Project> read(InputStream raw, String name) throws IOException, ProjectFileException {
        Optional<byte[]> json = json(raw, name);
        if (json.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ProjectReader.parse(json.get(), name + " (embedded project)"));
    }

    /** Walks the chunks, skipping image data without holding it, until the keyword's chunk or IEND. */
    static Optional<byte[]> json(InputStream raw, String name) throws IOException, ProjectFileException {
        DataInputStream in = new DataInputStream(raw);
        byte[] signature = in.readNBytes(SIGNATURE.length);
        if (!Arrays.equals(signature, SIGNATURE)) {
            throw new ProjectFileException(name, "is not a PNG image");
        }
        try {
            while (true) {
                long length = in.readInt() & 0xFFFFFFFFL;
                byte[] type = in.readNBytes(4);
                String kind = new String(type, StandardCharsets.US_ASCII);
                if (kind.equals("IEND")) {
                    return Optional.empty();
                }
                if (length > Integer.MAX_VALUE) {
                    throw new ProjectFileException(name, "is a damaged PNG (a chunk claims " + length + " bytes)");
                }
                boolean text = kind.equals("iTXt") || kind.equals("zTXt") || kind.equals("tEXt");
                if (text && startsWithKeyword(in, length)) {
                    if (length > MAX_BYTES) {
                        throw new ProjectFileException(name, "carries an embedded project larger than "
                                + MAX_BYTES / 1048576 + " MB");
                    }
                    byte[] data = in.readNBytes((int) length);
                    int crc = in.readInt();
                    if (data.length < length || !crcMatches(type, data, crc)) {
                        throw new ProjectFileException(name, "carries a damaged embedded project (its PNG chunk "
                                + "fails the CRC check)");
                    }
                    return Optional.of(decode(kind, data, name));
                }
                in.skipNBytes(length + 4);
            }
        } catch (EOFException e) {
            throw new ProjectFileException(name, "is a damaged PNG (the data ends before the IEND chunk)");
        }
    }

    /** Peeks (mark/reset) whether a text chunk's keyword is ours, without consuming the chunk. */
    private static boolean startsWithKeyword(DataInputStream in, long length) throws IOException {
        byte[] key = (KEYWORD + "\0").getBytes(StandardCharsets.ISO_8859_1);
        if (length < key.length || !in.markSupported()) {
            return false;
        }
        in.mark(key.length);
        byte[] head = in.readNBytes(key.length);
        in.reset();
        return Arrays.equals(head, key);
    }

    private static boolean crcMatches(byte[] type, byte[] data, int expected) {
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(data);
        return (int) crc.getValue() == expected;
    }

    private static byte[] decode(String kind, byte[] data, String name) throws ProjectFileException {
        int at = KEYWORD.length() + 1;
        boolean compressed;
        switch (kind) {
            case "tEXt" -> compressed = false;
            case "zTXt" -> {
                compressed = true;
                at += 1; // compression method
            }
            default -> {
                if (data.length < at + 2) {
                    throw new ProjectFileException(name, "carries a damaged embedded project (the chunk is cut short)");
                }
                compressed = data[at] == 1;
                at += 2;
                at = skipZeroTerminated(data, at, name); // language tag
                at = skipZeroTerminated(data, at, name); // translated keyword
            }
        }
        if (at > data.length) {
            throw new ProjectFileException(name, "carries a damaged embedded project (the chunk is cut short)");
        }
        byte[] text = Arrays.copyOfRange(data, at, data.length);
        return compressed ? inflate(text, name) : text;
    }

    private static int skipZeroTerminated(byte[] data, int from, String name) throws ProjectFileException {
        for (int i = from; i < data.length; i++) {
            if (data[i] == 0) {
                return i + 1;
            }
        }
        throw new ProjectFileException(name, "carries a damaged embedded project (the chunk header is incomplete)");
    }

    /**
     * Inflates at most {@link #MAX_BYTES}, so a small chunk cannot expand into gigabytes. The size is
     * found first by inflating into nothing, so the text is held once, in an array of its exact size
     * (reading into a growing buffer held it twice).
     */
    static byte[] inflate(byte[] compressed, String name) throws ProjectFileException {
        try (InflaterInputStream sizing = new InflaterInputStream(new ByteArrayInputStream(compressed));
             InflaterInputStream z = new InflaterInputStream(new ByteArrayInputStream(compressed))) {
            long size = 0;
            byte[] scratch = new byte[8192];
            for (int n = sizing.read(scratch); n >= 0 && size <= MAX_BYTES; n = sizing.read(scratch)) {
                size += n;
            }
            if (size > MAX_BYTES) {
                throw new ProjectFileException(name, "carries an embedded project larger than "
                        + MAX_BYTES / 1048576 + " MB");
            }
            byte[] out = new byte[(int) size];
            z.readNBytes(out, 0, out.length);
            return out;
        } catch (ZipException e) {
            throw new ProjectFileException(name, "carries a damaged embedded project (it cannot be decompressed)");
        } catch (IOException e) {
            throw new ProjectFileException(name, "carries a damaged embedded project (" + e.getMessage() + ")");
        }
    }
}
