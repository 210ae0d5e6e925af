package org.sectorscope.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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
        Path fileName = file.getFileName();
        return load(readBytes(file), file.toString(), fileName == null ? file.toString() : fileName.toString(),
                Migrations.standard(), true);
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
        return RegularFiles.read(file, "a project file", ProjectFormat.MAX_FILE_BYTES, size -> String.format(
                Locale.ROOT, "is too large (%,d bytes; project files are at most %,d bytes, %d MB)",
                size, ProjectFormat.MAX_FILE_BYTES, ProjectFormat.MAX_FILE_BYTES / 1048576));
    }

    private static LoadedProject load(byte[] bytes, String name, String displayName, Migrations chain,
                                      boolean newerReadOnly) throws ProjectFileException {
        try {
            return loadUnchecked(bytes, name, displayName, chain, newerReadOnly);
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
                                               boolean newerReadOnly) throws ProjectFileException {
        String text = decode(bytes, name);
        ProjectLimits.checkTokens(text, name);
        JsonNode root;
        try {
            root = TREE_READER.readTree(text);
        } catch (JsonProcessingException e) {
            if (!startsAsAnObject(text) && !(e instanceof StreamConstraintsException)
                    && !(e instanceof UnknownContent.Exceeded)) {
                // A text file, a CSV, an image renamed: say what it is not; the parser's words are the details.
                JsonLocation loc = e.getLocation();
                throw new ProjectFileException(name, NOT_AN_OBJECT, loc == null ? -1 : loc.getLineNr(),
                        loc == null ? -1 : loc.getColumnNr(), e, syntaxProblem(e));
            }
            throw located(name, syntaxProblem(e), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ProjectFileException(name, "the file is empty");
        }
        int version = checkHeader(root, name);
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
            ObjectNode migrated = migrate(chain, (ObjectNode) root, version, name);
            return new LoadedProject(readMigrated(migrated, name, version), version, false, displayName
                    + " was converted from schema version " + version + " to " + current + "; saving it writes version "
                    + current + ", which older versions of Sectorscope cannot edit.");
        }
        root = null; // only its header was needed: let the tree go before the text is mapped again
        return new LoadedProject(readCurrent(text, name), version, false, "");
    }

    /** Maps the text itself, so that errors name the line and column the user can find. */
    private static Project readCurrent(String text, String name) throws ProjectFileException {
        ProjectDto dto;
        try {
            dto = ProjectJson.MAPPER.readValue(text, ProjectDto.class);
        } catch (MismatchedInputException e) {
            throw located(name, path(e) + ": expected " + expected(e.getTargetType()), e);
        } catch (JsonProcessingException e) {
            throw located(name, syntaxProblem(e), e);
        }
        return toProject(dto, name);
    }

    /** What this version understands of a newer file; a problem is told as one of that newer version. */
    private static Project readNewer(String text, String name, String newer) throws ProjectFileException {
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
            throw new ProjectFileException(name, path(e) + ": expected " + expected(e.getTargetType()) + converted,
                    -1, -1, e);
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(name, syntaxProblem(e) + converted, -1, -1, e);
        }
        try {
            return toProject(dto, name);
        } catch (ProjectFileException e) {
            throw new ProjectFileException(name, e.problem() + converted, -1, -1, e);
        }
    }

    private static Project toProject(ProjectDto dto, String name) throws ProjectFileException {
        Project project;
        try {
            project = ProjectMapper.toModel(dto);
        } catch (ProjectMapper.InvalidValue e) {
            throw new ProjectFileException(name, e.getMessage());
        }
        List<String> problems = ProjectIntegrity.problems(project);
        if (!problems.isEmpty()) {
            int others = problems.size() - 1;
            String more = others == 0 ? "" : " (and " + others + " more problem" + (others == 1 ? ")" : "s)");
            throw new ProjectFileException(name, problems.get(0) + more);
        }
        return project;
    }

    private static String decode(byte[] bytes, String name) throws ProjectFileException {
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
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ProjectFileException(name, "is not a text file (it contains a NUL byte at offset " + i
                        + "; binary or UTF-16 data?)");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        // Checked in small pieces and then made straight from the bytes: decoding whole would hold the
        // text twice more (a 63 MB file took 250 MB before any parsing).
        CharBuffer piece = CharBuffer.allocate(8192);
        for (CoderResult r = decoder.decode(in, piece, true); !r.isUnderflow(); r = decoder.decode(in, piece, true)) {
            if (r.isError()) {
                throw new ProjectFileException(name, "is not valid UTF-8 text (bad byte near offset " + in.position() + ")");
            }
            piece.clear();
        }
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw new ProjectFileException(name, "the file is empty");
        }
        return text;
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

    private static ProjectFileException located(String name, String problem, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        int line = loc == null ? -1 : loc.getLineNr();
        int column = loc == null ? -1 : loc.getColumnNr();
        return new ProjectFileException(name, problem, line, column, e);
    }

    static final String NOT_AN_OBJECT = "is not a Sectorscope project: it does not start with a JSON object";

    /** Whether the first character after white space opens a JSON object, as every project file does. */
    private static boolean startsAsAnObject(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c == '{';
            }
        }
        return true; // empty: told as such below
    }

    /** Jackson's first message line, without the source excerpts it appends. */
    private static String syntaxProblem(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return limitProblem(e.getOriginalMessage());
        }
        if (e instanceof UnknownContent.Exceeded x) {
            return x.problem();
        }
        String msg = e.getOriginalMessage();
        if (msg == null) {
            return "is not valid JSON";
        }
        int nl = msg.indexOf('\n');
        String first = nl < 0 ? msg : msg.substring(0, nl);
        int marker = first.indexOf(" (start marker at");
        if (marker > 0) {
            first = first.substring(0, marker);
        }
        if (first.startsWith("Unexpected end-of-input")) {
            return "the file ends too early (truncated?): the JSON document is not complete";
        }
        return "invalid JSON: " + first;
    }

    static String limitProblem(String msg) {
        String m = msg == null ? "" : msg.toLowerCase(Locale.ROOT);
        if (m.contains("nesting depth")) {
            return "the JSON is nested more than " + ProjectFormat.MAX_NESTING_DEPTH + " levels deep";
        }
        if (m.contains("string value length")) {
            return String.format(Locale.ROOT, "a text value is longer than %,d characters",
                    ProjectFormat.MAX_STRING_LENGTH);
        }
        if (m.contains("number value length")) {
            return "a number has too many digits";
        }
        if (m.contains("token count")) {
            return ProjectLimits.TOO_MANY_TOKENS;
        }
        return "the file exceeds a size limit of the format";
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(ref.getFieldName());
            }
        }
        return sb.length() == 0 ? "the document" : sb.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a different kind of value";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }
}
