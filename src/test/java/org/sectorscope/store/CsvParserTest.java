package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.store.CsvParser.Flaw;
import org.sectorscope.store.CsvParser.Record;

class CsvParserTest {
    private static List<Record> parse(String text) throws Exception {
        return parse(new StringReader(text), 100, 10);
    }

    private static List<Record> parse(Reader in, int maxCell, int maxCells) throws Exception {
        CsvParser parser = new CsvParser(in, maxCell, maxCells, 64L * 1024 * 1024);
        List<Record> records = new ArrayList<>();
        for (Record r = parser.next(); r != null; r = parser.next()) {
            records.add(r);
        }
        return records;
    }

    @Test
    void plainCellsAndLineEnds() throws Exception {
        List<Record> records = parse("a,b,c\r\nd,e,f\ng,h,i\rj,k,l");
        assertEquals(4, records.size());
        assertEquals(List.of("a", "b", "c"), records.get(0).cells());
        assertEquals(List.of("d", "e", "f"), records.get(1).cells());
        assertEquals(List.of("g", "h", "i"), records.get(2).cells());
        assertEquals(List.of("j", "k", "l"), records.get(3).cells());
        assertEquals(List.of(1, 2, 3, 4), records.stream().map(Record::line).toList());
        assertEquals(Flaw.NONE, records.get(3).flaw());
    }

    @Test
    void emptyCellsTrailingCommaAndFinalLineEnd() throws Exception {
        List<Record> records = parse(",a,,\r\n\r\nb\r\n");
        assertEquals(3, records.size(), "a final CRLF does not start another record");
        assertEquals(List.of("", "a", "", ""), records.get(0).cells());
        assertEquals(4, records.get(0).cellCount());
        assertEquals(List.of(""), records.get(1).cells());
        assertEquals(true, records.get(1).isBlank());
        assertEquals(List.of("b"), records.get(2).cells());
        assertEquals(3, records.get(2).line());
    }

    @Test
    void quotedCellsKeepCommasDoubledQuotesAndLineBreaksExactly() throws Exception {
        String text = "id,text\r\n"
                + "1,\"one, two\"\r\n"
                + "2,\"she said \"\"no\"\"\"\r\n"
                + "3,\"crlf\r\nline\"\r\n"
                + "4,\"lf\nline\nthird\"\n"
                + "5,\"\"\r\n"
                + "6,\"cr\rline\"\r\n"
                + "7,last\r\n";
        List<Record> records = parse(text);
        assertEquals(List.of("1", "one, two"), records.get(1).cells());
        assertEquals(List.of("2", "she said \"no\""), records.get(2).cells());
        assertEquals(List.of("3", "crlf\r\nline"), records.get(3).cells());
        assertEquals(List.of("4", "lf\nline\nthird"), records.get(4).cells());
        assertEquals(List.of("5", ""), records.get(5).cells());
        assertEquals(List.of("6", "cr\rline"), records.get(6).cells());
        assertEquals(List.of("7", "last"), records.get(7).cells());
        assertEquals(List.of(1, 2, 3, 4, 6, 9, 10, 12), records.stream().map(Record::line).toList());
    }

    @Test
    void aQuoteInsideAnUnquotedCellIsAnOrdinaryCharacter() throws Exception {
        List<Record> records = parse("5\" screen, \"spaced\"");
        assertEquals(List.of("5\" screen", " \"spaced\""), records.get(0).cells());
        assertEquals(Flaw.NONE, records.get(0).flaw());
    }

    @Test
    void aByteOrderMarkIsSkipped() throws Exception {
        List<Record> records = parse("\uFEFFsector,quote\r\n");
        assertEquals(List.of("sector", "quote"), records.get(0).cells());
    }

    @Test
    void anEmptyInputHasNoRecords() throws Exception {
        assertEquals(List.of(), parse(""));
        assertEquals(List.of(), parse("\uFEFF"));
    }

    @Test
    void textAfterAClosingQuoteFlagsTheRecordAndTheNextOneParses() throws Exception {
        List<Record> records = parse("a,\"say \"hi\" there\",c\r\nd,e,f\r\n");
        assertEquals(Flaw.TEXT_AFTER_QUOTE, records.get(0).flaw());
        assertEquals(1, records.get(0).flawCell());
        assertEquals(3, records.get(0).cellCount());
        assertEquals(List.of("d", "e", "f"), records.get(1).cells());
        assertEquals(Flaw.NONE, records.get(1).flaw());
    }

    @Test
    void anUnclosedQuoteIsFlaggedWhereItStarts() throws Exception {
        List<Record> records = parse("a,b\r\nc,d\r\ne,\"open\r\nstill open\r\nto the end");
        assertEquals(3, records.size());
        assertEquals(List.of("c", "d"), records.get(1).cells());
        Record open = records.get(2);
        assertEquals(3, open.line());
        assertEquals(Flaw.UNCLOSED_QUOTE, open.flaw());
        assertEquals(1, open.flawCell());
        assertEquals(3, open.flawLine());
    }

    @Test
    void cellsBeyondTheLimitAreCountedButNotStored() throws Exception {
        List<Record> records = parse(new StringReader("1,2,3,4,5,6\r\nx\r\n"), 100, 4);
        assertEquals(List.of("1", "2", "3", "4"), records.get(0).cells());
        assertEquals(6, records.get(0).cellCount());
        assertEquals(false, records.get(0).isBlank());
        assertEquals(List.of("x"), records.get(1).cells());
    }

    @Test
    void aTenMegabyteCellIsScannedButNotKept() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            Reader in = new RepeatingReader("a,\"", 'x', 10_000_000, "\",c\r\nd,e,f\r\n");
            List<Record> records = parse(in, 100_000, 10);
            assertEquals(2, records.size());
            Record big = records.get(0);
            assertEquals(Flaw.CELL_TOO_LONG, big.flaw());
            assertEquals(1, big.flawCell());
            assertEquals(List.of("a", "", "c"), big.cells());
            assertEquals(List.of("d", "e", "f"), records.get(1).cells());
            assertEquals(2, records.get(1).line());
        });
    }

    @Test
    void tooManyCharactersStopTheParse() {
        CsvParser parser = new CsvParser(new RepeatingReader("", 'x', 20_000, ""), 100, 10, 10_000);
        CsvImportException e = assertThrows(CsvImportException.class, parser::next);
        assertEquals("the file is longer than 10,000 characters", e.getMessage());
    }

    @Test
    void afterTheLastRecordNextStaysNull() throws Exception {
        CsvParser parser = new CsvParser(new StringReader("a\n"), 10, 10, 100);
        assertEquals(List.of("a"), parser.next().cells());
        assertNull(parser.next());
        assertNull(parser.next());
    }

    /** A prefix, then one character many times, then a suffix, made up as it is read: no big string. */
    static final class RepeatingReader extends Reader {
        private final String prefix;
        private final char repeated;
        private final String suffix;
        private final long total;
        private long position;

        RepeatingReader(String prefix, char repeated, long times, String suffix) {
            this.prefix = prefix;
            this.repeated = repeated;
            this.suffix = suffix;
            this.total = prefix.length() + times + suffix.length();
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (position == total) {
                return -1;
            }
            int n = 0;
            while (n < length && position < total) {
                long suffixStart = total - suffix.length();
                char c = position < prefix.length() ? prefix.charAt((int) position)
                        : position < suffixStart ? repeated : suffix.charAt((int) (position - suffixStart));
                buffer[offset + n++] = c;
                position++;
            }
            return n;
        }

        @Override
        public void close() {
        }
    }
}
