package org.sectorscope.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.sectorscope.model.Project;

/** Writes the canonical form of a project: same model, same bytes. */
public final class ProjectWriter {
    private ProjectWriter() {
    }

    public static byte[] toBytes(Project project) {
        return toText(project).getBytes(StandardCharsets.UTF_8);
    }

    public static String toText(Project project) {
        try {
            return ProjectJson.WRITER.writeValueAsString(ProjectMapper.toDto(project)) + "\n";
        } catch (JsonProcessingException e) {
            // Serialising our own DTOs cannot fail on content; this would be a programming error.
            throw new UncheckedIOException(e);
        }
    }
}
