package org.sectorscope.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The JSON shape of a project's editions, analyst layers, comments and merge conflicts (see {@link ProjectDto}). */
final class TeamworkDto {
    private TeamworkDto() {
    }

    @JsonPropertyOrder({"id", "name", "takenAt", "sectors", "scores"})
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    static final class EditionDto extends Extensible {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public String id;
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public String name;
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public String takenAt;
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public List<EditionSectorDto> sectors;
        public List<EditionScoreDto> scores;
    }

    @JsonPropertyOrder({"id", "name", "position", "basis", "evidence"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class EditionSectorDto extends Extensible {
        public String id;
        public String name;
        public ProjectDto.PositionDto position;
        public String basis;
        public Integer evidence;
    }

    @JsonPropertyOrder({"optionId", "criterionId", "value"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class EditionScoreDto extends Extensible {
        public String optionId;
        public String criterionId;
        public Integer value;
    }

    @JsonPropertyOrder({"id", "analyst", "placements"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class AnalystDto extends Extensible {
        public String id;
        public String analyst;
        public List<AnalystPlacementDto> placements;
    }

    @JsonPropertyOrder({"sectorId", "position", "rationale"})
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    static final class AnalystPlacementDto extends Extensible {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public String sectorId;
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public ProjectDto.PositionDto position;
        public String rationale;
    }

    @JsonPropertyOrder({"id", "on", "subjectId", "author", "at", "text", "resolved"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class CommentDto extends Extensible {
        public String id;
        /** "sector", "evidence" or "option". */
        public String on;
        public String subjectId;
        public String author;
        public String at;
        public String text;
        public Boolean resolved;
    }

    /** {@code base}, {@code ours} and {@code theirs} are any JSON value; a key left out (or null) means that side had none. */
    @JsonPropertyOrder({"id", "path", "label", "base", "ours", "theirs"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class ConflictDto extends Extensible {
        public String id;
        public List<String> path;
        public String label;
        public JsonNode base;
        public JsonNode ours;
        public JsonNode theirs;
    }
}
