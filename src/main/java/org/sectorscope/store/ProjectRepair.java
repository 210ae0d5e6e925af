package org.sectorscope.store;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sectorscope.model.Project;
import org.sectorscope.store.migration.Migrations;

/**
 * Offers a repaired copy of a project file the strict reader refuses. The file itself is only ever
 * read. A copy is offered only when every fix is safe and explainable; the result passes exactly the
 * checks of {@link ProjectReader} (it is mapped strictly, checked by {@link ProjectIntegrity}, written in
 * canonical form and read back by {@link ProjectReader#parse}).
 *
 * <p>Reading uses the strict reader's limits: files over {@link ProjectFormat#MAX_FILE_BYTES} are never
 * read into memory, and the document is parsed with {@link ProjectJson#MAPPER}'s parser (nesting depth,
 * string and number length limits, no comments, no default typing) with only duplicate-key detection
 * turned off, so that duplicates can be reported and the last value kept.
 *
 * <p>What is repaired (each fix is listed as a sentence): content after the end of the document,
 * duplicate keys, positions out of range (clamped) or not finite (the sector is left unplaced), grades
 * outside their sets, duplicate ids, dangling references and criteria scored twice (see
 * {@link TreeRepairs}); a sector's driver or field values the project does not define and tags given
 * twice (see {@link SectorDataRepairs}); characters XML forbids (made U+FFFD) and texts over their limit (cut), see
 * {@link TextRepairs}. What is not: text that is not JSON or is cut short, binary or UTF-16 content,
 * another {@code format}, a newer or invalid {@code schemaVersion}, anything over a limit. For those,
 * and for any refused file that cannot be repaired, a backup {@code NAME.bak} beside the file is
 * offered instead when it loads cleanly.
 */
public final class ProjectRepair {
    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ProjectRepair() {
    }

    /**
     * A repaired copy of {@code file}, or of its backup {@code NAME.bak} when the file cannot be repaired;
     * empty when the file reads without repair or no safe repair exists. Throws only when the file itself
     * cannot be read (missing, a folder, permission denied, an I/O error).
     */
    public static Optional<RepairedProject> attempt(Path file) throws ProjectFileException {
        byte[] bytes = readBounded(file);
        String name = file.toString();
        if (bytes != null) {
            if (readsStrictly(bytes, name)) {
                return Optional.empty(); // nothing to repair
            }
            Optional<RepairedProject> repaired = repair(bytes, name);
            if (repaired.isPresent()) {
                return repaired;
            }
        }
        return backup(file);
    }

    /**
     * A repaired copy of a project file's bytes; {@code name} is only used to name the file in fixes.
     * Empty when the bytes read without repair, or no safe repair exists. Never throws.
     */
    public static Optional<RepairedProject> attempt(byte[] bytes, String name) {
        if (bytes == null || bytes.length > ProjectFormat.MAX_FILE_BYTES || readsStrictly(bytes, name)) {
            return Optional.empty();
        }
        return repair(bytes, name);
    }

    // ---- the file and its backup ---------------------------------------------------------------

    /** The file's bytes, or null when it is over the size limit (it is then not read at all). */
    private static byte[] readBounded(Path file) throws ProjectFileException {
        String name = file.toString();
        try {
            if (RegularFiles.requireRegular(file, "a project file").size() > ProjectFormat.MAX_FILE_BYTES) {
                return null;
            }
            try (InputStream in = Files.newInputStream(file)) {
                // Bounded even if the file grows after the size check.
                byte[] bytes = in.readNBytes((int) ProjectFormat.MAX_FILE_BYTES + 1);
                return bytes.length > ProjectFormat.MAX_FILE_BYTES ? null : bytes;
            }
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(name, "no such file");
        } catch (AccessDeniedException e) {
            throw new ProjectFileException(name, "permission denied");
        } catch (IOException e) {
            throw new ProjectFileException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The backup beside the file (beside the link's target too, where saves keep it), if it loads cleanly. */
    private static Optional<RepairedProject> backup(Path file) {
        Set<Path> candidates = new LinkedHashSet<>();
        try {
            if (Files.isSymbolicLink(file)) {
                candidates.add(AtomicFileWriter.backupOf(file.toRealPath()));
            }
        } catch (IOException | RuntimeException e) {
            // a dangling link: only the backup beside the link itself is a candidate
        }
        if (file.getFileName() != null) {
            candidates.add(AtomicFileWriter.backupOf(file));
        }
        for (Path bak : candidates) {
            try {
                if (!Files.isRegularFile(bak)) {
                    continue;
                }
                Project project = ProjectStore.load(bak);
                String saved = SAVED_AT.format(Files.getLastModifiedTime(bak).toInstant());
                return Optional.of(new RepairedProject(project, List.of("the file cannot be repaired; this is the"
                        + " backup copy (" + bak.getFileName() + ", saved " + saved + ")")));
            } catch (ProjectFileException | IOException | RuntimeException e) {
                // a backup that does not load cleanly is not offered
            }
        }
        return Optional.empty();
    }

    private static boolean readsStrictly(byte[] bytes, String name) {
        try {
            ProjectReader.parse(bytes, name);
            return true;
        } catch (ProjectFileException e) {
            return false;
        }
    }

    // ---- the repair ----------------------------------------------------------------------------

    private static Optional<RepairedProject> repair(byte[] bytes, String name) {
        try {
            return Optional.ofNullable(repairOrNull(bytes, name));
        } catch (RuntimeException | StackOverflowError e) {
            // Whatever the input does to a library, the answer is "no safe repair".
            return Optional.empty();
        }
    }

    private static RepairedProject repairOrNull(byte[] bytes, String name) {
        String text = decode(bytes);
        if (text == null || !ProjectLimits.withinTokens(text)) {
            return null; // a document over the token limit would cost the very memory that limit saves
        }
        List<String> fixes = new ArrayList<>();
        JsonNode root = readLeniently(text, fixes);
        if (!(root instanceof ObjectNode doc)) {
            return null;
        }
        Migrations chain = Migrations.standard();
        int version = version(doc);
        if (version < 1 || version > chain.currentVersion()) {
            return null;
        }
        if (chain.needsMigration(version)) {
            doc = chain.migrate(doc);
        }
        TreeRepairs.apply(doc, fixes);
        Project project = mapStrictly(doc, fixes);
        if (project == null || fixes.isEmpty()) {
            return null; // no safe repair, or the strict reader refused it for a reason no repair addresses
        }
        try {
            // The copy must be what saving it and opening it again gives.
            return new RepairedProject(ProjectReader.parse(ProjectWriter.toBytes(project), name), fixes);
        } catch (ProjectFileException e) {
            return null;
        }
    }

    /**
     * The strict mapping and integrity check of the reader, on the repaired tree with texts cut to their
     * limits; null if either fails.
     */
    private static Project mapStrictly(ObjectNode doc, List<String> fixes) {
        try {
            ProjectDto dto = ProjectJson.MAPPER.treeToValue(doc, ProjectDto.class);
            TextRepairs.fitLengths(dto, fixes);
            Project project = ProjectMapper.toModel(dto);
            return ProjectIntegrity.problems(project).isEmpty() ? project : null;
        } catch (JsonProcessingException | ProjectMapper.InvalidValue e) {
            return null;
        }
    }

    /** The schema version if the header is a Sectorscope project's, else -1. */
    private static int version(ObjectNode doc) {
        JsonNode format = doc.get("format");
        if (format == null || !format.isTextual() || !ProjectFormat.FORMAT_NAME.equals(format.asText())) {
            return -1;
        }
        JsonNode version = doc.get("schemaVersion");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt()) {
            return -1;
        }
        return version.intValue();
    }

    /** The text as the strict reader decodes it; null for empty, binary, UTF-16 or invalid UTF-8 content. */
    private static String decode(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return null;
        }
        int offset = 0;
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            offset = 3;
        }
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return null;
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return text.isBlank() ? null : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    // ---- lenient parsing -----------------------------------------------------------------------

    /**
     * The first JSON value of the text as a tree, with the strict parser's limits; a key given twice keeps
     * its last value, and content after the value is ignored, each with a fix. Null when the text is not
     * a complete JSON value or breaks a limit.
     */
    private static JsonNode readLeniently(String text, List<String> fixes) {
        try (JsonParser parser = ProjectJson.MAPPER.createParser(text)) {
            parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            JsonNode root = value(parser, first, "", fixes);
            long end = parser.currentLocation().getCharOffset();
            if (end >= 0) {
                trailing(text, (int) Math.min(end, text.length()), fixes);
            }
            return root;
        } catch (IOException e) {
            return null; // not JSON, cut short, or over a limit of the format
        }
    }

    private static JsonNode value(JsonParser p, JsonToken token, String path, List<String> fixes) throws IOException {
        if (token == null) {
            throw new JsonParseException(p, "the document ends too early");
        }
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                    if (t != JsonToken.FIELD_NAME) {
                        throw new JsonParseException(p, "expected a key");
                    }
                    String key = p.currentName();
                    JsonNode child = value(p, p.nextToken(), path.isEmpty() ? key : path + "." + key, fixes);
                    if (object.replace(key, child) != null) {
                        String fix = (path.isEmpty() ? "the top level" : path) + ": the key \"" + key
                                + "\" appears more than once; the last one was kept";
                        if (!fixes.contains(fix)) {
                            fixes.add(fix);
                        }
                    }
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    array.add(value(p, t, path + "[" + array.size() + "]", fixes));
                }
                return array;
            }
            case VALUE_STRING:
                return TextNode.valueOf(p.getText());
            case VALUE_NUMBER_INT:
                return switch (p.getNumberType()) {
                    case INT -> IntNode.valueOf(p.getIntValue());
                    case LONG -> LongNode.valueOf(p.getLongValue());
                    default -> BigIntegerNode.valueOf(p.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                // As the strict reader's tree: the digits as written (1.50 stays 1.50), 1e400 stays finite.
                return DecimalNode.valueOf(p.getDecimalValue());
            case VALUE_TRUE:
                return BooleanNode.TRUE;
            case VALUE_FALSE:
                return BooleanNode.FALSE;
            case VALUE_NULL:
                return NullNode.getInstance();
            default:
                throw new JsonParseException(p, "unexpected " + token);
        }
    }

    /** Notes content after the end of the document, naming the line and column where it starts. */
    private static void trailing(String text, int end, List<String> fixes) {
        int at = end;
        while (at < text.length() && isJsonWhitespace(text.charAt(at))) {
            at++;
        }
        if (at >= text.length()) {
            return;
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        fixes.add("content after the end of the JSON document (from line " + line + ", column "
                + (at - lineStart + 1) + ") was ignored");
    }

    private static boolean isJsonWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
