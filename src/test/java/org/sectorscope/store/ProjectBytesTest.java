package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.TestProjects;

/**
 * The one pass that checks a file's bytes before parsing: its hand-written UTF-8 check must judge as the
 * JDK's strict decoder does, its word-at-a-time scan must find what a loop over bytes finds, and its
 * bound on the tokens must never be below the parser's own count.
 */
class ProjectBytesTest {
    /** Bytes at the edges of UTF-8's rules: lead bytes, continuation limits, overlong and surrogate starts. */
    private static final int[] EDGES = {0x20, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2,
        0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFF};

    @Test
    void theUtf8CheckJudgesAsTheStrictDecoderDoes() {
        Random random = new Random(18);
        int invalid = 0;
        for (int n = 0; n < 200_000; n++) {
            byte[] b = new byte[1 + random.nextInt(9)];
            for (int i = 0; i < b.length; i++) {
                // Mostly ASCII, so that runs of valid sequences are common too.
                b[i] = (byte) (random.nextInt(3) == 0 ? 0x41 : EDGES[random.nextInt(EDGES.length)]);
            }
            boolean decodes = decodesStrictly(b);
            invalid += decodes ? 0 : 1;
            assertEquals(decodes, ProjectBytes.wellFormedUtf8(b, 0), () -> java.util.HexFormat.of().formatHex(b));
        }
        assertTrue(invalid > 10_000 && invalid < 190_000, "both kinds were tried: " + invalid + " invalid");
    }

    @Test
    void aFileThatIsNotUtf8IsToldWhereAsBefore() {
        byte[] b = "{\"format\": \"caf\u00e9\"}".getBytes(StandardCharsets.UTF_8);
        b[b.length - 3] = (byte) 0xC0; // the second byte of é made an overlong lead
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectBytes.check(b, "f.json"));
        assertEquals("is not valid UTF-8 text (bad byte near offset " + (b.length - 4) + ")", e.problem());
    }

    @Test
    void aNulIsFoundWhereverItIsInTheWord() {
        for (int at : new int[] {0, 1, 7, 8, 13, 1000, 1003}) {
            byte[] b = new byte[1010];
            java.util.Arrays.fill(b, (byte) ' ');
            b[1009] = '{';
            b[at] = 0;
            ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectBytes.check(b, "f"));
            assertEquals("is not a text file (it contains a NUL byte at offset " + at + "; binary or UTF-16 data?)",
                    e.problem());
        }
    }

    @Test
    void theWordScanCountsWhatALoopOverBytesCounts() throws Exception {
        Random random = new Random(7);
        byte[] alphabet = "{}[],:\"ab \n\u00e9".getBytes(StandardCharsets.UTF_8);
        for (int n = 0; n < 2_000; n++) {
            byte[] b = randomObject(random, alphabet, 1 + random.nextInt(100));
            long structural = oneAndTheStructuralBytes(b);
            ProjectBytes text;
            try {
                text = ProjectBytes.check(b, "f", 0); // counted at every size
            } catch (ProjectFileException notUtf8) {
                continue; // é cut in two by the random pick
            }
            assertFalse(text.mayHaveMoreTokensThan(structural), new String(b, StandardCharsets.UTF_8));
            assertTrue(text.mayHaveMoreTokensThan(structural - 1), new String(b, StandardCharsets.UTF_8));
        }
    }

    /** {@code length} bytes picked from {@code alphabet}, the first an opening brace. */
    private static byte[] randomObject(Random random, byte[] alphabet, int length) {
        byte[] b = new byte[length];
        for (int i = 0; i < b.length; i++) {
            b[i] = alphabet[random.nextInt(alphabet.length)];
        }
        b[0] = '{';
        return b;
    }

    /** The bound on the tokens, counted by a loop over bytes. */
    private static long oneAndTheStructuralBytes(byte[] b) {
        long structural = 1;
        for (byte x : b) {
            structural += "{}[],:".indexOf(x) >= 0 ? 1 : 0;
        }
        return structural;
    }

    @Test
    void aLargeFileScannedInHalvesFindsWhatOnePassFinds() throws Exception {
        Random random = new Random(11);
        byte[] alphabet = "{}[],:\"ab \n".getBytes(StandardCharsets.US_ASCII);
        byte[] b = randomObject(random, alphabet, ProjectBytes.SCANNED_IN_HALVES_FROM + 4093);
        long structural = oneAndTheStructuralBytes(b);
        ProjectBytes text = ProjectBytes.check(b, "f", 0);
        assertFalse(text.mayHaveMoreTokensThan(structural));
        assertTrue(text.mayHaveMoreTokensThan(structural - 1));

        int middle = b.length / 2;
        for (int at : new int[] {5, middle - 1, middle, middle + 9, b.length - 1}) {
            byte[] withNul = b.clone();
            withNul[at] = 0;
            withNul[b.length - 2] = 0; // a later NUL, in the upper half, is not the one told
            ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectBytes.check(withNul, "f", 0));
            assertEquals("is not a text file (it contains a NUL byte at offset " + Math.min(at, b.length - 2)
                    + "; binary or UTF-16 data?)", e.problem());
        }
        byte[] badUpper = b.clone();
        badUpper[b.length - 100] = (byte) 0xC0; // the only byte that is not ASCII, in the upper half
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectBytes.check(badUpper, "f", 0));
        assertEquals("is not valid UTF-8 text (bad byte near offset " + (b.length - 100) + ")", e.problem());
    }

    @Test
    void theBoundIsNeverBelowTheParsersCount() throws Exception {
        for (long seed = 1; seed <= 5; seed++) {
            byte[] b = ProjectWriter.toBytes(TestProjects.random(seed, 40));
            long tokens = 0;
            try (JsonParser parser = ProjectJson.MAPPER.createParser(b)) {
                while (parser.nextToken() != null) {
                    tokens++;
                }
            }
            assertTrue(ProjectBytes.check(b, "f", 0).mayHaveMoreTokensThan(tokens - 1), "seed " + seed + ": counted");
            assertTrue(ProjectBytes.check(b, "f").mayHaveMoreTokensThan(tokens - 1), "seed " + seed + ": by length");
        }
    }

    @Test
    void aFileWithinTheTokenLimitsBytesIsBoundByItsLengthWithoutCounting() throws Exception {
        byte[] b = "{\"a\": [1, 2, 3], \"b\": {\"c\": \"d\"}}".getBytes(StandardCharsets.US_ASCII);
        ProjectBytes text = ProjectBytes.check(b, "f");
        assertTrue(text.mayHaveMoreTokensThan(b.length - 1));
        assertFalse(text.mayHaveMoreTokensThan(b.length));
        // Counted, the bound is closer: one plus the twelve structural bytes.
        assertFalse(ProjectBytes.check(b, "f", 0).mayHaveMoreTokensThan(13));
        assertTrue(ProjectBytes.check(b, "f", b.length).mayHaveMoreTokensThan(12));
    }

    /** The pass that does not count reads four words a turn: a NUL or a byte past ASCII in any lane is found. */
    @Test
    void theUncountedScanFindsANulOrANonAsciiByteInEveryLane() throws Exception {
        for (int length : new int[] {40, 64, 71, 100}) {
            for (int at = 1; at < length; at++) {
                byte[] b = new byte[length];
                java.util.Arrays.fill(b, (byte) ' ');
                b[0] = '{';
                b[at] = 0;
                int nul = at;
                ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectBytes.check(b, "f"));
                assertEquals("is not a text file (it contains a NUL byte at offset " + nul + "; binary or UTF-16 data?)",
                        e.problem());
                b[at] = (byte) 0xC0; // not UTF-8 anywhere: only found if the pass saw a byte past ASCII
                ProjectFileException bad = assertThrows(ProjectFileException.class, () -> ProjectBytes.check(b, "f"));
                assertEquals("is not valid UTF-8 text (bad byte near offset " + nul + ")", bad.problem());
            }
        }
    }

    @Test
    void columnsAreCountedInCharactersNotBytes() {
        String doc = "{\n  \"t\": \"\u00e9\u00e9\u00e9\", x\n}";
        byte[] b = doc.getBytes(StandardCharsets.UTF_8);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectReader.parse(b, "f"));
        assertEquals(2, e.line());
        assertEquals(doc.split("\n")[1].indexOf('x') + 1, e.column(), e.getMessage());
    }

    @Test
    void columnsAfterAByteOrderMarkAreCountedFromTheLinesStart() {
        String doc = "\uFEFF{\"t\": \"\u00e9\", x}";
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> ProjectReader.parse(doc.getBytes(StandardCharsets.UTF_8), "f"));
        assertEquals(1, e.line());
        assertEquals(doc.indexOf('x'), e.column(), e.getMessage()); // the mark is not a column
    }

    private static boolean decodesStrictly(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
