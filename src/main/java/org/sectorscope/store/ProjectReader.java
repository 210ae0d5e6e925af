package org.sectorscope.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleConsumer;
import org.sectorscope.model.Project;
import org.sectorscope.store.migration.Migrations;

/**
 * Reads project files defensively. Whatever the input, it returns a valid {@link Project} or throws a
 * {@link ProjectFileException} naming the file, the problem and, where known, the line and column.
 *
 * <p>A file of an older schema version is converted to the current one by {@link Migrations} after
 * parsing and before mapping. A file of a newer version is refused by {@link #read} and {@link #parse}
 * (whose callers may save it back) and opened read-only by {@link #open}.
 */
public final class ProjectReader {
    /** Fractional numbers in the tree keep the digits they were written with (1.50 stays 1.50). */
    private static final ObjectReader TREE_READER = ProjectJson.MAPPER.reader()
            .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

    private ProjectReader() {
    }

    /** Reads a project to work on; a file written by a newer Sectorscope is refused. */
    public static Project read(Path file) throws ProjectFileException {
        return parse(readBytes(file), file.toString());
    }

    /** Parses the bytes of a project file; {@code name} is used in messages. A newer file is refused. */
    public static Project parse(byte[] bytes, String name) throws ProjectFileException {
        return load(bytes, name, name, Migrations.standard(), false).project();
    }

    /**
     * Opens a project for the user. Like {@link #read}, except that a file written by a newer Sectorscope
     * is not refused: what this version understands is loaded (unknown fields are kept), marked
     * read-only, with a notice saying why.
     */
    public static LoadedProject open(Path file) throws ProjectFileException {
        return load(readBytes(file), file.toString(), displayName(file), Migrations.standard(), true);
    }

    /** The file's own name, for a notice; the whole path where there is none. */
    private static String displayName(Path file) {
        Path fileName = file.getFileName();
        return fileName == null ? file.toString() : fileName.toString();
    }

    /**
     * {@link #open(Path)}, with the fingerprint of the very bytes read: no second read of the file to
     * hash it, and the time is taken before the read, so a write in between is noticed at the next save.
     */
    public static OpenedProjectFile openWithFingerprint(Path file) throws ProjectFileException {
        return openWithFingerprint(file, done -> { });
    }

    /**
     * {@link #openWithFingerprint(Path)}, telling how far it has got (0 to 1) for a file of at least
     * {@link ProjectFormat#MEASURED_FROM_BYTES}, from the thread that reads it.
     */
    public static OpenedProjectFile openWithFingerprint(Path file, DoubleConsumer progress)
            throws ProjectFileException {
        RegularFiles.FileBytes read = RegularFiles.readWithAttributes(file, "a project file",
                ProjectFormat.MAX_FILE_BYTES, ProjectReader::tooLarge);
        // Hashed on another core while this one parses (on a large file the hash is a tenth of the open),
        // from when the bytes are checked: the check itself takes both cores.
        AtomicReference<CompletableFuture<FileFingerprint>> fingerprint = new AtomicReference<>();
        Runnable hash = () -> fingerprint.set(SideWork.start(
                () -> FileFingerprint.of(read.bytes(), read.attributes().lastModifiedTime())));
        boolean measured = read.bytes().length >= ProjectFormat.MEASURED_FROM_BYTES;
        LoadedProject loaded = load(read.bytes(), file.toString(), displayName(file), Migrations.standard(), true,
                measured ? progress : null, hash);
        OpenedProjectFile opened = new OpenedProjectFile(loaded, fingerprint.get().join());
        if (measured) {
            progress.accept(1);
        }
        return opened;
    }

    /** {@link #open(Path)} for bytes already read; {@code name} is used in messages and the notice. */
    public static LoadedProject open(byte[] bytes, String name) throws ProjectFileException {
        return load(bytes, name, name, Migrations.standard(), true);
    }

    /** {@link #open(byte[], String)} with another migration chain, so tests can prove the reader uses it. */
    static LoadedProject open(byte[] bytes, String name, Migrations chain) throws ProjectFileException {
        return load(bytes, name, name, chain, true);
    }

    /** Only a regular file is opened, and never read past the size limit (see {@link RegularFiles}). */
    private static byte[] readBytes(Path file) throws ProjectFileException {
        return RegularFiles.read(file, "a project file", ProjectFormat.MAX_FILE_BYTES, ProjectReader::tooLarge);
    }

    private static String tooLarge(long size) {
        return String.format(Locale.ROOT, "is too large (%,d bytes; project files are at most %,d bytes, %d MB)",
                size, ProjectFormat.MAX_FILE_BYTES, ProjectFormat.MAX_FILE_BYTES / 1048576);
    }

    private static LoadedProject load(byte[] bytes, String name, String displayName, Migrations chain,
                                      boolean newerReadOnly) throws ProjectFileException {
        return load(bytes, name, displayName, chain, newerReadOnly, null, () -> { });
    }

    /** {@code progress}: told how far the parse has got, or null; {@code checked}: run once the bytes pass. */
    private static LoadedProject load(byte[] bytes, String name, String displayName, Migrations chain,
                                      boolean newerReadOnly, DoubleConsumer progress, Runnable checked)
            throws ProjectFileException {
        try {
            return loadUnchecked(bytes, name, displayName, chain, newerReadOnly, progress, checked);
        } catch (ProjectFileException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // Only the store's own error type may escape, whatever the input does to a library.
            throw new ProjectFileException(name, "could not be read (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")", -1, -1, e);
        } catch (OutOfMemoryError e) {
            throw ProjectLimits.outOfMemory(name, e);
        }
    }

    private static LoadedProject loadUnchecked(byte[] bytes, String name, String displayName, Migrations chain,
                                               boolean newerReadOnly, DoubleConsumer progress, Runnable checked)
            throws ProjectFileException {
        ProjectBytes text = ProjectBytes.check(bytes, name);
        ProjectLimits.checkTokens(text, name);
        checked.run();
        JsonNode header = readHeader(text, name);
        int version = checkHeader(header, name);
        int current = chain.currentVersion();
        if (version > current) {
            String newer = "was written by a newer Sectorscope (schema version " + version
                    + "; this version reads up to " + current + ")";
            if (!newerReadOnly) {
                throw new ProjectFileException(name, newer);
            }
            return new LoadedProject(readNewer(text, name, newer), version, true, displayName + " " + newer
                    + ". It is open read-only so it is never overwritten; use Save As to keep a copy in this version.");
        }
        if (chain.needsMigration(version)) {
            ObjectNode migrated = migrate(chain, (ObjectNode) readTree(text, name), version, name);
            return new LoadedProject(readMigrated(migrated, name, version), version, false, displayName
                    + " was converted from schema version " + version + " to " + current + "; saving it writes version "
                    + current + ", which older versions of Sectorscope cannot edit.");
        }
        return new LoadedProject(readCurrent(text, name, progress), version, false, "");
    }

    /**
     * The top level's {@code format} and {@code schemaVersion}, read by streaming until both are found
     * (a saved file starts with them), so a current file is parsed once, straight into its DTOs. Anything
     * but an object at the top is read whole, as before, to say what the file is instead.
     */
    private static JsonNode readHeader(ProjectBytes text, String name) throws ProjectFileException {
        try (JsonParser parser = ProjectJson.MAPPER.createParser(text.bytes(), text.offset(), text.length())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return readTree(text, name);
            }
            ObjectNode header = ProjectJson.MAPPER.createObjectNode();
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String field = parser.currentName();
                parser.nextToken();
                if (HEADER_FIELDS.contains(field)) {
                    header.set(field, HEADER_VALUE_READER.readTree(parser));
                    if (header.size() == HEADER_FIELDS.size()) {
                        break;
                    }
                } else {
                    parser.skipChildren();
                }
            }
            return header;
        } catch (JsonProcessingException e) {
            throw unparsable(text, name, e);
        } catch (IOException e) {
            throw new IllegalStateException("reading bytes in memory cannot fail", e);
        }
    }

    /** Of the time an open takes, the parse's share, told as it goes; the mapping and checks after it take the rest. */
    private static final double PARSED_SHARE = 0.6;

    private static final Set<String> HEADER_FIELDS = Set.of("format", "schemaVersion");
    /** Reads one value in the middle of the document: what follows it is not trailing content. */
    private static final ObjectReader HEADER_VALUE_READER = TREE_READER
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The whole document as a tree: for migrations, and to tell what a file that is no object is. */
    private static JsonNode readTree(ProjectBytes text, String name) throws ProjectFileException {
        JsonNode root;
        try {
            root = TREE_READER.readTree(text.bytes(), text.offset(), text.length());
        } catch (JsonProcessingException e) {
            throw unparsable(text, name, e);
        } catch (IOException e) {
            throw new IllegalStateException("reading bytes in memory cannot fail", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ProjectFileException(name, "the file is empty");
        }
        return root;
    }

    private static ProjectFileException unparsable(ProjectBytes text, String name, JsonProcessingException e) {
        JsonProcessingException cause = limitBroken(e);
        if (!text.startsAsAnObject() && !(cause instanceof StreamConstraintsException)
                && !(cause instanceof UnknownContent.Exceeded)) {
            // A text file, a CSV, an image renamed: say what it is not; the parser's words are the details.
            JsonLocation loc = e.getLocation();
            return new ProjectFileException(name, NOT_AN_OBJECT, loc == null ? -1 : loc.getLineNr(),
                    loc == null ? -1 : text.column(loc), e, ParseProblems.syntaxProblem(cause));
        }
        return located(text, name, ParseProblems.syntaxProblem(cause), e);
    }

    /** Maps the bytes themselves, so that errors name the line and column the user can find. */
    private static Project readCurrent(ProjectBytes text, String name) throws ProjectFileException {
        return readCurrent(text, name, null);
    }

    /** {@code progress}, when given, is told the share parsed, up to {@link #PARSED_SHARE}. */
    private static Project readCurrent(ProjectBytes text, String name, DoubleConsumer progress)
            throws ProjectFileException {
        ProjectDto dto;
        SectorPipeline.Mapped mapped;
        try (SectorPipeline pipeline = new SectorPipeline()) {
            JsonParser parser = progress == null
                    ? ProjectJson.MAPPER.createParser(text.bytes(), text.offset(), text.length())
                    : ProjectJson.MAPPER.createParser(new ProgressInputStream(text.bytes(), text.offset(),
                            text.length(), parsed -> progress.accept(PARSED_SHARE * parsed)));
            try (JsonParser checked = new DuplicateKeyCheck(parser)) {
                dto = DTO_READER.withAttribute(SectorPipeline.class, pipeline).readValue(checked);
            }
            mapped = pipeline.mapped(dto == null ? null : dto.sectors);
        } catch (MismatchedInputException e) {
            if (trailing(e)) {
                throw located(text, name, ParseProblems.syntaxProblem(e), e);
            }
            throw located(text, name, ParseProblems.path(e) + ": expected "
                    + ParseProblems.expected(e.getTargetType()), e);
        } catch (JsonProcessingException e) {
            throw located(text, name, ParseProblems.syntaxProblem(limitBroken(e)), e);
        } catch (IOException e) {
            throw new IllegalStateException("reading bytes in memory cannot fail", e);
        }
        return toProject(dto, name, mapped);
    }

    /** Maps the file's DTOs; its sectors go to a {@link SectorPipeline} as they are parsed. */
    private static final ObjectReader DTO_READER = ProjectJson.MAPPER.readerFor(ProjectDto.class);

    /** Content after the document's end is a fault of the JSON, not of a value in it. */
    private static boolean trailing(MismatchedInputException e) {
        String msg = e.getOriginalMessage();
        return msg != null && msg.startsWith("Trailing token");
    }

    /**
     * A limit of the parser broken while mapping reaches us wrapped in a mapping error; the limit is what
     * the user must hear of.
     */
    private static JsonProcessingException limitBroken(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException || t instanceof UnknownContent.Exceeded) {
                return (JsonProcessingException) t;
            }
        }
        return e;
    }

    /** What this version understands of a newer file; a problem is told as one of that newer version. */
    private static Project readNewer(ProjectBytes text, String name, String newer) throws ProjectFileException {
        try {
            return readCurrent(text, name);
        } catch (ProjectFileException e) {
            throw new ProjectFileException(name, newer + " and this version cannot read it: " + e.problem(),
                    e.line(), e.column(), e);
        }
    }

    private static ObjectNode migrate(Migrations chain, ObjectNode root, int version, String name)
            throws ProjectFileException {
        try {
            return chain.migrate(root);
        } catch (RuntimeException e) {
            throw new ProjectFileException(name, "could not be converted from schema version " + version + " to "
                    + chain.currentVersion() + " (" + e.getMessage() + ")", -1, -1, e);
        }
    }

    /**
     * Maps a converted tree. Line and column would point into the converted document, not the file, so
     * problems name the path in the document and the version the file was converted from instead.
     */
    private static Project readMigrated(ObjectNode tree, String name, int fromVersion) throws ProjectFileException {
        String converted = " (after converting from schema version " + fromVersion + ")";
        ProjectDto dto;
        try {
            dto = ProjectJson.MAPPER.treeToValue(tree, ProjectDto.class);
        } catch (MismatchedInputException e) {
            throw new ProjectFileException(name, ParseProblems.path(e) + ": expected "
                    + ParseProblems.expected(e.getTargetType()) + converted,
                    -1, -1, e);
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(name, ParseProblems.syntaxProblem(e) + converted, -1, -1, e);
        }
        try {
            return toProject(dto, name);
        } catch (ProjectFileException e) {
            throw new ProjectFileException(name, e.problem() + converted, -1, -1, e);
        }
    }

    private static Project toProject(ProjectDto dto, String name) throws ProjectFileException {
        return toProject(dto, name, null);
    }

    /** {@code mapped}: the DTO's sectors, already mapped, or null. */
    private static Project toProject(ProjectDto dto, String name, SectorPipeline.Mapped mapped)
            throws ProjectFileException {
        Project project;
        try {
            project = ProjectMapper.toModel(dto, mapped == null ? null : mapped.sectors());
        } catch (ProjectMapper.InvalidValue e) {
            throw new ProjectFileException(name, e.getMessage());
        }
        List<String> problems = mapped == null ? ProjectIntegrity.problems(project)
                : ProjectIntegrity.problems(project, mapped.facts());
        if (!problems.isEmpty()) {
            int others = problems.size() - 1;
            String more = others == 0 ? "" : " (and " + others + " more problem" + (others == 1 ? ")" : "s)");
            throw new ProjectFileException(name, problems.get(0) + more);
        }
        return project;
    }

    /** Checks the format name and returns the schema version, which may be newer than this version's. */
    private static int checkHeader(JsonNode root, String name) throws ProjectFileException {
        if (!root.isObject()) {
            throw new ProjectFileException(name, "is not a Sectorscope project (the top level is not a JSON object)");
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !ProjectFormat.FORMAT_NAME.equals(format.asText())) {
            throw new ProjectFileException(name, "is not a Sectorscope project (\"format\" must be \""
                    + ProjectFormat.FORMAT_NAME + "\")");
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.isIntegralNumber()) {
            throw new ProjectFileException(name, "\"schemaVersion\" is missing or not a whole number");
        }
        if (!version.canConvertToInt() || version.intValue() < 1) {
            throw new ProjectFileException(name, "has an invalid schemaVersion " + version.asText());
        }
        return version.intValue();
    }

    private static ProjectFileException located(ProjectBytes text, String name, String problem,
                                                JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        int line = loc == null ? -1 : loc.getLineNr();
        int column = loc == null ? -1 : text.column(loc);
        return new ProjectFileException(name, problem, line, column, e);
    }

    static final String NOT_AN_OBJECT = "is not a Sectorscope project: it does not start with a JSON object";
}
