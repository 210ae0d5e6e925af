package org.sectorscope.store;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.Map;

/**
 * The one configured Jackson mapper for project files: strict on input (no default typing, no
 * duplicate keys, no trailing content, bounded nesting, strings and tokens, no silent coercions) and
 * canonical on output.
 */
final class ProjectJson {
    static final ObjectMapper MAPPER = createMapper();
    static final ObjectWriter WRITER = MAPPER.writer(canonicalPrinter());
    /** As {@link #WRITER}, leaving out the unknown keys every level captured (see {@link Extensible}). */
    static final ObjectWriter KNOWN_FIELDS_WRITER = MAPPER.copy().addMixIn(Extensible.class, KnownFieldsOnly.class)
            .writer(canonicalPrinter());

    /** Turns off {@link Extensible}'s any-getter, so its unknown keys are not written. */
    private abstract static class KnownFieldsOnly {
        @JsonAnyGetter(enabled = false)
        abstract Map<String, Object> unknown();
    }

    private ProjectJson() {
    }

    private static ObjectMapper createMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(ProjectFormat.MAX_NESTING_DEPTH)
                        .maxStringLength(ProjectFormat.MAX_STRING_LENGTH)
                        .maxNumberLength(100)
                        .maxTokenCount(ProjectFormat.MAX_JSON_TOKENS)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        // Each sector, once parsed, goes to the reader's SectorPipeline if it was given one.
        SimpleModule pipelined = new SimpleModule().setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean,
                                                          JsonDeserializer<?> deserializer) {
                return bean.getBeanClass() == ProjectDto.SectorDto.class
                        ? new SectorPipeline.Handing(deserializer) : deserializer;
            }
        });
        JsonMapper mapper = JsonMapper.builder(factory)
                .addModule(pipelined)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // Unknown fields keep their numbers as written (1.50 stays 1.50, 1e400 stays finite).
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonParser.Feature.ALLOW_COMMENTS)
                .build();
        // A string is never silently read as a number or the reverse.
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    private static DefaultPrettyPrinter canonicalPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
