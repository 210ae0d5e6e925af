package org.sectorscope.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.sectorscope.model.Project;

/**
 * The limits that bound what reading a project costs in memory, beyond its size in bytes, and the check
 * that keeps every save inside all the reader's limits. A save that would break one is refused before
 * anything is written, saying which, so no save writes a file Sectorscope would refuse to open: the file
 * on disk and its backup stay as they were.
 */
final class ProjectLimits {
    /** The reader's message for a document over {@link ProjectFormat#MAX_JSON_TOKENS}. */
    static final String TOO_MANY_TOKENS = String.format(Locale.ROOT, "the JSON has more than %,d tokens (each key,"
            + " value, bracket and brace counts one), too many to open safely", ProjectFormat.MAX_JSON_TOKENS);

    /**
     * The project's own definitions are drawn as legends and listed as columns, so they are bounded like
     * texts are: a legend of a hundred drivers or a table of two hundred columns is already unreadable.
     */
    static final int MAX_DRIVERS = ProjectFormat.MAX_DRIVERS;
    static final int MAX_FIELDS = ProjectFormat.MAX_FIELDS;
    /** Tags are for filtering; a sector with more than this many is mislabelled, not described. */
    static final int MAX_TAGS_PER_SECTOR = 50;

    private ProjectLimits() {
    }

    /** The lists over their bound, each as {@code path: what is wrong}; empty when all are within. */
    static List<String> listProblems(Project p) {
        List<String> problems = new ArrayList<>();
        over(p.drivers().size(), MAX_DRIVERS, "drivers", "drivers", problems);
        over(p.fields().size(), MAX_FIELDS, "fields", "fields", problems);
        for (int i = 0; i < p.sectors().size(); i++) {
            over(p.sectors().get(i).tags().size(), MAX_TAGS_PER_SECTOR, "sectors[" + i + "].tags", "tags", problems);
        }
        return problems;
    }

    private static void over(int n, int max, String path, String what, List<String> problems) {
        if (n > max) {
            problems.add(String.format(Locale.ROOT, "%s: has %,d %s; a project may have at most %,d", path, n, what,
                    max));
        }
    }

    /**
     * Refuses a document of more than {@link ProjectFormat#MAX_JSON_TOKENS} tokens before anything is
     * built from it: a streaming pass that keeps nothing, so a 63 MB file of {@code {}} costs its text and
     * no tree. Any other problem is left for the parse proper, which says where it is.
     */
    static void checkTokens(String text, String name) throws ProjectFileException {
        try (JsonParser parser = ProjectJson.MAPPER.createParser(text)) {
            countTokens(parser, name, null);
        } catch (IOException e) {
            throw new IllegalStateException("reading text in memory cannot fail", e);
        }
    }

    /**
     * {@link #checkTokens(String, String)} for the bytes of a file, which are counted by the parser only
     * when a quick upper bound says they might be too many (see {@link ProjectBytes#mayHaveMoreTokensThan}).
     */
    static void checkTokens(ProjectBytes text, String name) throws ProjectFileException {
        if (!text.mayHaveMoreTokensThan(ProjectFormat.MAX_JSON_TOKENS)) {
            return;
        }
        try (JsonParser parser = ProjectJson.MAPPER.createParser(text.bytes(), text.offset(), text.length())) {
            countTokens(parser, name, text);
        } catch (IOException e) {
            throw new IllegalStateException("reading bytes in memory cannot fail", e);
        }
    }

    /** {@code bytes}: the document counted, to give the column in characters; null for text. */
    private static void countTokens(JsonParser parser, String name, ProjectBytes bytes) throws ProjectFileException {
        try {
            while (parser.nextToken() != null) {
                // counting is the parser's own (StreamReadConstraints.maxTokenCount)
            }
        } catch (StreamConstraintsException e) {
            if (e.getOriginalMessage() != null && e.getOriginalMessage().toLowerCase(Locale.ROOT).contains("token count")) {
                var at = e.getLocation();
                throw new ProjectFileException(name, TOO_MANY_TOKENS, at == null ? -1 : at.getLineNr(),
                        at == null ? -1 : bytes == null ? at.getColumnNr() : bytes.column(at), e);
            }
        } catch (IOException e) {
            // not JSON, or another limit: the parse that follows reports it with its place
        }
    }

    /** Whether {@code text} is within {@link ProjectFormat#MAX_JSON_TOKENS}, or is not JSON at all. */
    static boolean withinTokens(String text) {
        try {
            checkTokens(text, "");
            return true;
        } catch (ProjectFileException e) {
            return false;
        }
    }

    /**
     * Reading ran out of memory. Everything the read built is garbage once this is thrown, so the
     * application can carry on; the message says what to do instead of showing a stack trace.
     */
    static ProjectFileException outOfMemory(String name, OutOfMemoryError e) {
        return new ProjectFileException(name, "could not be read: not enough memory (Java may use at most "
                + maxHeapMb() + " MB here; start it with more, e.g. java -Xmx4g -jar sectorscope.jar)", -1, -1, e);
    }

    static long maxHeapMb() {
        return Runtime.getRuntime().maxMemory() / 1048576;
    }

    /**
     * Refuses {@code bytes}, the canonical form of {@code project}, when the reader would refuse them.
     * {@code name} is the file it would be saved as.
     */
    static void checkSavable(byte[] bytes, Project project, String name) throws ProjectFileException {
        String why = whyUnreadable(bytes, project);
        if (why != null) {
            throw unsavable(name, why);
        }
    }

    /**
     * Refuses an evidence import whose valid rows would make {@code project} too large to save, so the
     * analyst hears it before importing rather than at the next save. {@code csv} names the file.
     */
    static void checkImport(EvidenceImport preview, Project project, String csv) throws ProjectFileException {
        if (preview.validRows().isEmpty()) {
            return;
        }
        Project imported = preview.applyTo(project);
        String why = whyUnreadable(ProjectWriter.toBytes(imported), imported);
        if (why != null) {
            throw new ProjectFileException(csv, String.format(Locale.ROOT, "cannot be imported: with its %,d evidence"
                    + " items the project could no longer be saved (%s); nothing was imported",
                    preview.validRows().size(), why));
        }
    }

    /** As {@link #checkImport} for a sectors import, at its largest (updates made, drivers added). */
    static void checkSectorImport(SectorImport preview, Project project, String csv) throws ProjectFileException {
        if (!preview.canImport(true)) {
            return; // nothing can be imported until the rows are mended; the preview says why
        }
        Project imported = preview.largest(project);
        String why = whyUnreadable(ProjectWriter.toBytes(imported), imported);
        if (why != null) {
            throw new ProjectFileException(csv, String.format(Locale.ROOT, "cannot be imported: with its %,d sectors"
                    + " the project could no longer be saved (%s); nothing was imported", preview.rows().size(), why));
        }
    }

    /**
     * Why the reader would refuse {@code bytes}, the canonical form of {@code project}: over
     * {@link ProjectFormat#MAX_FILE_BYTES}, over a limit of the JSON parser (tokens, nesting, text
     * length), or with more unknown content than is kept; null when it would not.
     */
    private static String whyUnreadable(byte[] bytes, Project project) {
        String size = sizeProblem(bytes);
        if (size != null) {
            return size;
        }
        String parser = parserProblem(bytes);
        return parser != null ? parser : modelProblem(project);
    }

    /**
     * {@link #checkSavable} for a save that goes on meanwhile, in two halves. This starts the first: the
     * parser's limits, checked on another thread on the bytes as they are written to {@code written}; the
     * future gives what breaks them, or null. {@link #checkWritten} is the second, once all are written.
     */
    static CompletableFuture<String> parserProblemWhileWritten(WrittenBytes written) {
        InputStream bytes = written.reader();
        return SideWork.start(() -> {
            try (JsonParser parser = ProjectJson.MAPPER.createParser(bytes)) {
                return parserProblem(parser);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // only if the save stopped the reading
            }
        });
    }

    /** The size of the written bytes and the model's bounds; throws, naming the file, when over one. */
    static void checkWritten(byte[] bytes, Project project, String name) throws ProjectFileException {
        String why = sizeProblem(bytes);
        if (why == null) {
            why = modelProblem(project);
        }
        if (why != null) {
            throw unsavable(name, why);
        }
    }

    /** Throws, naming the file, when the parser's limits were found broken ({@code parserProblem} not null). */
    static void refuseIfBroken(String parserProblem, String name) throws ProjectFileException {
        if (parserProblem != null) {
            throw unsavable(name, parserProblem);
        }
    }

    private static ProjectFileException unsavable(String name, String why) {
        return new ProjectFileException(name, "cannot be saved: " + why + ", and Sectorscope would refuse to open"
                + " it; nothing was written");
    }

    private static String sizeProblem(byte[] bytes) {
        if (bytes.length > ProjectFormat.MAX_FILE_BYTES) {
            return String.format(Locale.ROOT, "the saved file would be %.1f MB (%,d bytes), more than the %d MB a"
                    + " project file may have", bytes.length / 1048576.0, bytes.length,
                    ProjectFormat.MAX_FILE_BYTES / 1048576);
        }
        return null;
    }

    /** Over a limit of the JSON parser (tokens, nesting, text length): one streaming pass, nothing kept. */
    private static String parserProblem(byte[] bytes) {
        try (JsonParser parser = ProjectJson.MAPPER.createParser(bytes)) {
            return parserProblem(parser);
        } catch (IOException e) {
            throw new IllegalStateException("reading bytes in memory cannot fail", e);
        }
    }

    private static String parserProblem(JsonParser parser) throws IOException {
        try {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
                    parser.getTextLength(); // the parser checks a text's length only once it reads it whole
                }
            }
        } catch (StreamConstraintsException e) {
            return "the saved file would break a limit of the format ("
                    + ParseProblems.limitProblem(e.getOriginalMessage()) + ")";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the canonical writer wrote what its own parser cannot read", e);
        }
        return null;
    }

    /** Over a bound on the project's lists, or with more unknown content than is kept. */
    private static String modelProblem(Project project) {
        List<String> lists = listProblems(project);
        if (!lists.isEmpty()) {
            return "the project breaks a limit (" + lists.get(0) + ")";
        }
        String unknown = UnknownContent.of(project).problem();
        return unknown == null ? null : "the project " + unknown;
    }
}
