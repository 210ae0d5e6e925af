package org.sectorscope.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import org.sectorscope.model.Project;

/**
 * Reads an evidence CSV (docs/evidence-csv.md) against a project into an import preview. Nothing
 * is changed: the preview lists each data row as an evidence item or an error, and the caller
 * applies the valid rows once the user agrees. The file is read as a stream, one record at a time,
 * within the limits in {@link EvidenceCsv}. The stream is not closed.
 */
public final class EvidenceCsvReader {
    private EvidenceCsvReader() {
    }

    /**
     * Reads UTF-8 bytes (a byte order mark is skipped; invalid UTF-8 refuses the file).
     *
     * @param today the ISO date given to rows whose {@code added} is blank; null leaves it blank
     * @throws CsvImportException when the file as a whole cannot be imported; its message does not
     *                            name the file, so the caller puts the name in front
     */
    public static EvidenceImport read(InputStream in, Project project, String today) throws CsvImportException {
        return read(new StrictUtf8Reader(new ByteLimit(in, EvidenceCsv.MAX_BYTES)), project, today);
    }

    /** Reads text that is already decoded; as {@link #read(InputStream, Project, String)} otherwise. */
    public static EvidenceImport read(Reader in, Project project, String today) throws CsvImportException {
        if (today != null && !EvidenceCsvRowReader.isIsoDate(today)) {
            throw new IllegalArgumentException("today must be an ISO date, found \"" + today + "\"");
        }
        return parse(in, ',', parser -> read(parser, project, today));
    }

    /** What a reader does with the records, once the parser is set up. */
    interface Records<T> {
        T read(CsvParser parser) throws IOException, CsvImportException;
    }

    /**
     * Runs {@code records} over a parser of {@code in} within the CSV limits of {@link EvidenceCsv}, which
     * the sectors import shares, turning a read failure into the message the user sees.
     */
    static <T> T parse(Reader in, char separator, Records<T> records) throws CsvImportException {
        CsvParser parser = new CsvParser(in, separator, EvidenceCsv.MAX_CELL_LENGTH, EvidenceCsv.MAX_COLUMNS,
                EvidenceCsv.MAX_CHARACTERS);
        try {
            return records.read(parser);
        } catch (ByteLimit.Exceeded e) {
            throw new CsvImportException("the file is larger than " + EvidenceCsv.count(EvidenceCsv.MAX_BYTES)
                    + " bytes (" + EvidenceCsv.MAX_BYTES / 1048576 + " MB)", -1, e);
        } catch (CharacterCodingException e) {
            // StrictUtf8Reader hands out every good character first, so the parser stands on the bad line.
            throw new CsvImportException("the file is not valid UTF-8", parser.line(), e); // the caller adds the line
        } catch (IOException e) {
            throw new CsvImportException("the file could not be read (" + e.getMessage() + ")", parser.line(), e);
        }
    }

    private static EvidenceImport read(CsvParser parser, Project project, String today)
            throws IOException, CsvImportException {
        CsvParser.Record first = nextNonBlank(parser);
        if (first == null) {
            throw new CsvImportException("the file is empty; it needs a header row");
        }
        EvidenceCsvHeader header = EvidenceCsvHeader.of(first);
        EvidenceCsvRowReader rowReader = new EvidenceCsvRowReader(project, header, today);
        List<EvidenceImportRow> rows = new ArrayList<>();
        for (CsvParser.Record record = nextNonBlank(parser); record != null; record = nextNonBlank(parser)) {
            if (rows.size() == EvidenceCsv.MAX_ROWS) {
                throw new CsvImportException("the file has more than " + EvidenceCsv.count(EvidenceCsv.MAX_ROWS)
                        + " rows", record.line());
            }
            rows.add(rowReader.read(record));
        }
        return new EvidenceImport(rows, header.warnings());
    }

    /** Passes bytes through until more than {@code max} have come, then fails the read. */
    static final class ByteLimit extends FilterInputStream {
        /** The file passed the byte limit. */
        static final class Exceeded extends IOException {
            private static final long serialVersionUID = 1L;
        }

        private final long max;
        private long count;

        ByteLimit(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws Exceeded {
            count += n;
            if (count > max) {
                throw new Exceeded();
            }
        }
    }

    static CsvParser.Record nextNonBlank(CsvParser parser) throws IOException, CsvImportException {
        CsvParser.Record record;
        do {
            record = parser.next();
        } while (record != null && record.isBlank());
        return record;
    }
}
