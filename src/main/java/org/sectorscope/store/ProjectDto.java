package org.sectorscope.store;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of a project file, version {@value ProjectFormat#SCHEMA_VERSION}. Kept apart from the
 * live model: the model is validated records, these are plain holders whose field order is the
 * file's key order. Unknown keys are captured at every level and written back. Optional keys are left
 * out when empty; required ones are always written, even when empty, so every save can be reopened.
 */
@JsonPropertyOrder({"format", "schemaVersion", "project", "framework", "drivers", "fields", "markers", "sources",
    "sectors", "criteria", "options", "deck", "editions", "analysts", "comments", "conflicts"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
final class ProjectDto extends Extensible {
    public String format;
    public Integer schemaVersion;
    public Info project;
    public FrameworkDto framework;
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public List<DriverDto> drivers;
    public List<FieldDto> fields;
    /** Absent for the default: colour by driver, one size. */
    public MarkersDto markers;
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public List<SourceDto> sources = new ArrayList<>();
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public List<SectorDto> sectors = new ArrayList<>();
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public List<CriterionDto> criteria = new ArrayList<>();
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public List<OptionDto> options = new ArrayList<>();
    /** Absent for the default: every section of the briefing deck. */
    public DeckDto deck;
    public List<TeamworkDto.EditionDto> editions;
    public List<TeamworkDto.AnalystDto> analysts;
    public List<TeamworkDto.CommentDto> comments;
    public List<TeamworkDto.ConflictDto> conflicts;

    @JsonPropertyOrder({"id", "title", "subtitle", "author", "sourceLine", "notes"})
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    static final class Info extends Extensible {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public String id;
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public String title;
        public String subtitle;
        public String author;
        public String sourceLine;
        public String notes;
    }

    @JsonPropertyOrder({"name", "xAxis", "yAxis", "quadrants"})
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    static final class FrameworkDto extends Extensible {
        public String name;
        public AxisDto xAxis;
        public AxisDto yAxis;
        public List<QuadrantDto> quadrants;
    }

    @JsonPropertyOrder({"title", "lowLabel", "highLabel"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    static final class AxisDto extends Extensible {
        public String title;
        public String lowLabel;
        public String highLabel;
    }

    @JsonPropertyOrder({"x", "y", "letter", "name", "color"})
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    static final class QuadrantDto extends Extensible {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public String x;
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public String y;
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public String letter;
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public String name;
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public String color;
    }

    @JsonPropertyOrder({"id", "name", "shape", "color"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    static final class DriverDto extends Extensible {
        public String id;
        public String name;
        public String shape;
        public String color;
    }

    @JsonPropertyOrder({"id", "name", "kind", "unit"})
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    static final class FieldDto extends Extensible {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public String id;
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public String name;
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public String kind;
        public String unit;
    }

    @JsonPropertyOrder({"colorBy", "sizeBy"})
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    static final class MarkersDto extends Extensible {
        public String colorBy;
        public String sizeBy;
    }

    @JsonPropertyOrder({"sections"})
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    static final class DeckDto extends Extensible {
        public List<String> sections;
    }

    @JsonPropertyOrder({"id", "author", "title", "container", "publisher", "date", "url", "chapter", "pages", "file"})
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    static final class SourceDto extends Extensible {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public String id;
        public String author;
        public String title;
        public String container;
        public String publisher;
        public String date;
        public String url;
        public String chapter;
        public String pages;
        public String file;
    }

    @JsonPropertyOrder({"id", "name", "driver", "tags", "summary", "fields", "position", "placement", "evidence",
        "history"})
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    static final class SectorDto extends Extensible {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public String id;
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public String name;
        public String driver;
        public List<String> tags;
        public String summary;
        /** Values by field id: a JSON number or string each, checked by the mapper. */
        public Map<String, JsonNode> fields;
        public PositionDto position;
        public PlacementDto placement;
        public List<EvidenceDto> evidence;
        public List<ChangeDto> history;
    }

    @JsonPropertyOrder({"id", "at", "from", "to", "fromQuadrant", "toQuadrant", "reason"})
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    static final class ChangeDto extends Extensible {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public String id;
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public String at;
        public PositionDto from;
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public PositionDto to;
        public String fromQuadrant;
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public String toQuadrant;
        public String reason;
    }

    /** Written as plain decimals ("0.0001", never "1.0E-4"): the model holds them rounded to 4 places. */
    @JsonPropertyOrder({"x", "y"})
    static final class PositionDto extends Extensible {
        public BigDecimal x;
        public BigDecimal y;
    }

    @JsonPropertyOrder({"basis", "sourceId", "locator", "quote", "rationale"})
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    static final class PlacementDto extends Extensible {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public String basis;
        public String sourceId;
        public String locator;
        public String quote;
        public String rationale;
    }

    @JsonPropertyOrder({"id", "quote", "note", "sourceId", "page", "reliability", "credibility", "axis", "toward",
        "tags", "added"})
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    static final class EvidenceDto extends Extensible {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public String id;
        public String quote;
        public String note;
        public String sourceId;
        public String page;
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public String reliability;
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public Integer credibility;
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public String axis;
        public String toward;
        public List<String> tags;
        public String added;
    }

    @JsonPropertyOrder({"id", "name", "description", "weight"})
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    static final class CriterionDto extends Extensible {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public String id;
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public String name;
        public String description;
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public Double weight;
    }

    @JsonPropertyOrder({"id", "name", "description", "sourceId", "targets", "intendedEffect", "scores"})
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    static final class OptionDto extends Extensible {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public String id;
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public String name;
        public String description;
        public String sourceId;
        public TargetsDto targets;
        public String intendedEffect;
        public List<ScoreDto> scores;
    }

    @JsonPropertyOrder({"sectors", "quadrants"})
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    static final class TargetsDto extends Extensible {
        public List<String> sectors;
        public List<String> quadrants;
    }

    @JsonPropertyOrder({"criterionId", "value", "rationale", "evidence"})
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    static final class ScoreDto extends Extensible {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public String criterionId;
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public Integer value;
        public String rationale;
        public List<String> evidence;
    }
}

/** Captures keys this version does not know, in file order, and writes them back after the known ones. */
abstract class Extensible {
    /** Made for the first unknown key only: a file may hold millions of objects, nearly all with none. */
    private Map<String, Object> unknown;

    @JsonAnySetter
    @JsonDeserialize(contentUsing = UnknownContent.Deserializer.class) // counted against the read's limits
    void putUnknown(String key, Object value) {
        if (unknown == null) {
            unknown = new LinkedHashMap<>();
        }
        unknown.put(key, value);
    }

    void putAllUnknown(Map<String, Object> fields) {
        fields.forEach(this::putUnknown);
    }

    @JsonAnyGetter
    @JsonInclude(JsonInclude.Include.ALWAYS)
    Map<String, Object> unknown() {
        return unknown == null ? Map.of() : unknown;
    }
}
