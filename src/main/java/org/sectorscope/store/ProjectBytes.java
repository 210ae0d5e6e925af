package org.sectorscope.store;

import com.fasterxml.jackson.core.JsonLocation;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * The bytes of a project file, checked to be UTF-8 text before any parsing, and parsed as they are: no
 * copy of the text is made, so a file is held once (its bytes) and read once (into its DTOs).
 * {@code offset} skips a UTF-8 byte order mark.
 */
final class ProjectBytes {
    private static final int PIECE = 8192;

    private final byte[] bytes;
    private final int offset;
    /** Found by {@link #scan}: whether every byte is ASCII, and the bound on the tokens. */
    private boolean ascii = true;
    private long tokenBound = 1;

    private ProjectBytes(byte[] bytes, int offset) {
        this.bytes = bytes;
        this.offset = offset;
    }

    byte[] bytes() {
        return bytes;
    }

    int offset() {
        return offset;
    }

    /**
     * One pass over the bytes: the first NUL (returned, or -1), whether all are ASCII (so the UTF-8
     * check can be skipped), and an upper bound on the tokens. A token takes at least a byte, so the
     * length is one; past {@code countTokensFrom} bytes the pass counts a closer one: every token but a
     * closing bracket follows one of {@code { [ , :} or starts the document, so one plus the count of
     * those six bytes (strings included, which only over-counts) is never less than the tokens the parser
     * would count. Counting them is most of the pass, and a file within the token limit's number of bytes
     * cannot break it. A large file is counted in two halves, the upper one on another core.
     */
    private int scan(long countTokensFrom) {
        boolean count = length() >= countTokensFrom;
        Scan whole;
        if (!count) {
            whole = scanForNul(bytes, offset, bytes.length);
        } else if (length() < SCANNED_IN_HALVES_FROM) {
            whole = scanCounting(bytes, offset, bytes.length);
        } else {
            int middle = offset + (length() / 2 & ~(Long.BYTES - 1));
            CompletableFuture<Scan> upper = SideWork.start(() -> scanCounting(bytes, middle, bytes.length));
            Scan lower = scanCounting(bytes, offset, middle);
            whole = lower.nul() >= 0 ? lower : lower.and(upper.join());
        }
        ascii = (whole.high() & 0x8080808080808080L) == 0;
        tokenBound = count ? 1 + whole.structural() : length();
        return whole.nul();
    }

    /** From this many bytes, two halves of the counting pass on two cores take less time than one pass on one. */
    static final int SCANNED_IN_HALVES_FROM = 1 << 20;

    /**
     * What a range of the bytes holds: the first NUL (or -1, and then the rest is of the whole range), the
     * bits set in any byte, and the count of the six structural bytes.
     */
    private record Scan(int nul, long high, long structural) {
        Scan and(Scan next) {
            return new Scan(next.nul, high | next.high, structural + next.structural);
        }
    }

    private static Scan scanCounting(byte[] bytes, int from, int to) {
        long structural = 0;
        long high = 0;
        int i = from;
        // Eight bytes at a time ("SIMD within a register"): a quarter of the time of a loop over bytes.
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long v = (long) LONGS.get(bytes, i);
            if (zeroBytes(v) != 0) {
                break; // a NUL in this word: the loop below finds where
            }
            high |= v;
            long folded = v | 0x2020202020202020L; // '[' and ']' become '{' and '}'; nothing else does
            structural += Long.bitCount(zeroBytes(folded ^ 0x7B7B7B7B7B7B7B7BL)
                    | zeroBytes(folded ^ 0x7D7D7D7D7D7D7D7DL)
                    | zeroBytes(v ^ 0x2C2C2C2C2C2C2C2CL) | zeroBytes(v ^ 0x3A3A3A3A3A3A3A3AL));
        }
        for (; i < to; i++) {
            int b = bytes[i];
            if (b == 0) {
                return new Scan(i, high, structural);
            }
            high |= b & 0xFF;
            structural += STRUCTURAL[b & 0xFF];
        }
        return new Scan(-1, high, structural);
    }

    /** {@link #scanCounting} without the count: the first NUL and the bits set, in a quarter of its time. */
    private static Scan scanForNul(byte[] bytes, int from, int to) {
        long high = 0;
        int i = from;
        // Four words a turn, and the classic test for a zero byte (exact for "any", not for "which"): the
        // loop below finds where.
        for (; i + 4 * Long.BYTES <= to; i += 4 * Long.BYTES) {
            long a = (long) LONGS.get(bytes, i);
            long b = (long) LONGS.get(bytes, i + 8);
            long c = (long) LONGS.get(bytes, i + 16);
            long d = (long) LONGS.get(bytes, i + 24);
            if ((anyZeroByte(a) | anyZeroByte(b) | anyZeroByte(c) | anyZeroByte(d)) != 0) {
                break;
            }
            high |= a | b | c | d;
        }
        for (; i < to; i++) {
            int b = bytes[i];
            if (b == 0) {
                return new Scan(i, high, 0);
            }
            high |= b & 0xFF;
        }
        return new Scan(-1, high, 0);
    }

    /** Not zero when any byte of {@code v} is zero (the bits set may be wrong above the first such byte). */
    private static long anyZeroByte(long v) {
        return (v - 0x0101010101010101L) & ~v & 0x8080808080808080L;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** The high bit of every byte of {@code v} that is zero, and no other bit: exact, no carries between bytes. */
    static long zeroBytes(long v) {
        long t = ((v & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL) | v;
        return ~t & 0x8080808080808080L;
    }

    /** The bytes as UTF-8 text, or the reason they are not, naming the file. */
    static ProjectBytes check(byte[] bytes, String name) throws ProjectFileException {
        return check(bytes, name, ProjectFormat.MAX_JSON_TOKENS + 1);
    }

    /** {@link #check(byte[], String)}, counting the structural bytes of a file of {@code countTokensFrom} bytes or more. */
    static ProjectBytes check(byte[] bytes, String name, long countTokensFrom) throws ProjectFileException {
        if (bytes.length == 0) {
            throw new ProjectFileException(name, "the file is empty");
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new ProjectFileException(name, "is UTF-16 text; project files must be UTF-8");
        }
        int offset = 0;
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            offset = 3; // a UTF-8 byte order mark is harmless
        }
        ProjectBytes text = new ProjectBytes(bytes, offset);
        int nul = text.scan(countTokensFrom);
        if (nul >= 0) {
            throw new ProjectFileException(name, "is not a text file (it contains a NUL byte at offset " + nul
                    + "; binary or UTF-16 data?)");
        }
        if (!text.ascii && !wellFormedUtf8(bytes, offset)) {
            int bad = text.firstNonUtf8();
            if (bad >= 0) {
                throw new ProjectFileException(name, "is not valid UTF-8 text (bad byte near offset " + bad + ")");
            }
        }
        if (text.firstMeaningfulChar() < 0) {
            throw new ProjectFileException(name, "the file is empty");
        }
        return text;
    }

    /** Whether the document may hold more than {@code max} JSON tokens; see {@link #scan}. */
    boolean mayHaveMoreTokensThan(long max) {
        return tokenBound > max;
    }

    private static final byte[] STRUCTURAL = new byte[256];

    static {
        for (char c : "{}[],:".toCharArray()) {
            STRUCTURAL[c] = 1;
        }
    }

    int length() {
        return bytes.length - offset;
    }

    /** Whether the first character after white space opens a JSON object, as every project file does. */
    boolean startsAsAnObject() {
        int c = firstMeaningfulChar();
        return c < 0 || c == '{'; // empty: told as such elsewhere
    }

    /**
     * The parser counts columns in bytes; the user's editor counts characters. Where the line holds
     * letters of more than one byte, they are counted as characters.
     */
    int column(JsonLocation location) {
        long at = location.getByteOffset(); // from the start of the text, after any byte order mark
        int column = location.getColumnNr();
        if (at < 0 || offset + at > bytes.length || column < 1) {
            return column;
        }
        int end = (int) (offset + at);
        int lineStart = end;
        while (lineStart > offset && bytes[lineStart - 1] != '\n' && bytes[lineStart - 1] != '\r') {
            lineStart--;
        }
        int chars = 0;
        for (int i = lineStart; i < end; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                chars++; // a character starts at every byte that does not continue one
            }
        }
        return chars + 1;
    }

    /**
     * Whether the bytes from {@code from} are well-formed UTF-8 (Unicode, table 3-7: no overlong forms,
     * no surrogates, nothing past U+10FFFF), as the strict decoder judges them, without decoding.
     */
    static boolean wellFormedUtf8(byte[] b, int from) {
        int i = from;
        int n = b.length;
        while (i < n) {
            int c = b[i];
            if (c >= 0) {
                i++;
                while (i + Long.BYTES <= n && (((long) LONGS.get(b, i)) & 0x8080808080808080L) == 0) {
                    i += Long.BYTES; // a run of ASCII, eight bytes at a time
                }
                continue;
            }
            c &= 0xFF;
            if (c >= 0xC2 && c < 0xE0) {
                if (i + 1 >= n || !continuation(b[i + 1])) {
                    return false;
                }
                i += 2;
            } else if (c >= 0xE0 && c < 0xF0) {
                if (i + 2 >= n) {
                    return false;
                }
                int c1 = b[i + 1] & 0xFF;
                if (!continuation(b[i + 1]) || (c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F)
                        || !continuation(b[i + 2])) {
                    return false;
                }
                i += 3;
            } else if (c >= 0xF0 && c < 0xF5) {
                if (i + 3 >= n) {
                    return false;
                }
                int c1 = b[i + 1] & 0xFF;
                if (!continuation(b[i + 1]) || (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F)
                        || !continuation(b[i + 2]) || !continuation(b[i + 3])) {
                    return false;
                }
                i += 4;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /** The offset of the first byte that breaks UTF-8, or -1. Decoded in small pieces: nothing whole is kept. */
    private int firstNonUtf8() {
        CharsetDecoder decoder = strictDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length());
        CharBuffer piece = CharBuffer.allocate(PIECE);
        for (CoderResult r = decoder.decode(in, piece, true); !r.isUnderflow(); r = decoder.decode(in, piece, true)) {
            if (r.isError()) {
                return in.position();
            }
            piece.clear();
        }
        return -1;
    }

    /** The first character that is neither white space nor a byte order mark, or -1 if there is none. */
    private int firstMeaningfulChar() {
        int i = offset;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) {
            i++;
        }
        if (i == bytes.length) {
            return -1;
        }
        if (bytes[i] >= 0 && !Character.isWhitespace(bytes[i])) {
            return bytes[i];
        }
        // Rare: other white space, ASCII or not; decode from here a piece at a time.
        CharsetDecoder decoder = strictDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes, i, bytes.length - i);
        CharBuffer piece = CharBuffer.allocate(PIECE);
        boolean more = true;
        while (more) {
            more = decoder.decode(in, piece, true).isOverflow();
            piece.flip();
            while (piece.hasRemaining()) {
                char c = piece.get();
                if (!Character.isWhitespace(c) && c != '\uFEFF') {
                    return c;
                }
            }
            piece.clear();
        }
        return -1;
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
