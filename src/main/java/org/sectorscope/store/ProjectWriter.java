package org.sectorscope.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.sectorscope.model.Project;

/** Writes the canonical form of a project: same model, same bytes. */
public final class ProjectWriter {
    private ProjectWriter() {
    }

    /**
     * The bytes to save {@code project} as in the file {@code name}, refused with a message saying why
     * when the reader would refuse them (too large, over a limit of the format), so no save, recovery
     * copy or migration writes a file Sectorscope cannot open again.
     */
    public static byte[] toFileBytes(Project project, String name) throws ProjectFileException {
        byte[] bytes = toBytes(project);
        ProjectLimits.checkSavable(bytes, project, name);
        return bytes;
    }

    /**
     * Written as bytes by the JSON generator itself, which keeps a lone surrogate in unknown content as
     * an escape; encoding a string would silently turn it into "?".
     */
    public static byte[] toBytes(Project project) {
        return withNewline(ProjectJson.WRITER, ProjectMapper.toDto(project));
    }

    /**
     * {@link #toBytes}, written into {@code out}, which is closed at the end (or on failure): another
     * thread may be reading the bytes as they come.
     */
    static byte[] toBytes(Project project, WrittenBytes out) {
        try (out) {
            STREAM_WRITER.writeValue(out, ProjectMapper.toDto(project));
            out.write('\n');
        } catch (IOException e) {
            // Writing our own DTOs to memory cannot fail on content; this would be a programming error.
            throw new UncheckedIOException(e);
        }
        return out.bytes();
    }

    /** Leaves the stream open after the document, for the newline that ends the file. */
    private static final ObjectWriter STREAM_WRITER = ProjectJson.WRITER.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /**
     * The canonical form without the fields this version does not know (at every level), for a copy
     * that must carry only what can be vouched for: a project embedded in an image with parts left out.
     */
    public static byte[] toBytesWithoutUnknownFields(Project project) {
        return withNewline(ProjectJson.KNOWN_FIELDS_WRITER, ProjectMapper.toDto(project));
    }

    private static byte[] withNewline(ObjectWriter writer, ProjectDto dto) {
        try {
            byte[] json = writer.writeValueAsBytes(dto);
            byte[] out = Arrays.copyOf(json, json.length + 1);
            out[json.length] = '\n';
            return out;
        } catch (JsonProcessingException e) {
            // Serialising our own DTOs cannot fail on content; this would be a programming error.
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #toBytes} as text: one way of writing, so the text and the file never differ. */
    public static String toText(Project project) {
        return new String(toBytes(project), StandardCharsets.UTF_8);
    }
}
