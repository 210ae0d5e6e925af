package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.ProjectOutline;
import org.sectorscope.logic.SemanticDiff;
import org.sectorscope.model.DeckSection;
import org.sectorscope.model.DeckSections;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;

/** The briefing deck's sections in the file: where they go, that they round-trip, and what is refused. */
class DeckSectionsStoreTest {
    private static final String NAME = "p.sectorscope.json";
    private static final Project CHOSEN = TestProjects.small().withDeck(DeckSections.of(
            List.of(DeckSection.SOURCES, DeckSection.TITLE, DeckSection.QUADRANTS)));

    private static ObjectNode tree(Project p) {
        return MigrationFixturesTest.tree(ProjectWriter.toBytes(p));
    }

    private static byte[] bytes(Project p, Consumer<ObjectNode> edit) {
        ObjectNode root = tree(p);
        edit.accept(root);
        return root.toPrettyString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> keys(ObjectNode root) {
        List<String> out = new ArrayList<>();
        root.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void theChoiceRoundTripsInTheDecksOrderAfterTheOptions() throws Exception {
        ObjectNode root = tree(CHOSEN);
        assertEquals("{\"sections\":[\"title\",\"quadrants\",\"sources\"]}", root.get("deck").toString());
        List<String> keys = keys(root);
        assertEquals(keys.indexOf("options") + 1, keys.indexOf("deck"));
        assertEquals(CHOSEN, ProjectReader.parse(ProjectWriter.toBytes(CHOSEN), NAME));
    }

    @Test
    void everySectionIsTheDefaultLeftOutAndAFileWithoutItHoldsEverySection() throws Exception {
        assertFalse(tree(TestProjects.small()).has("deck"));
        assertEquals(DeckSections.ALL, ProjectReader.parse(ProjectWriter.toBytes(TestProjects.small()), NAME).deck());
        Project all = TestProjects.small().withDeck(DeckSections.of(EnumSet.allOf(DeckSection.class)));
        assertFalse(tree(all).has("deck"));
    }

    @Test
    void unknownKeysInTheDeckAreKept() throws Exception {
        Project p = TestProjects.small().withDeck(new DeckSections(Set.of(DeckSection.FIGURE),
                Extras.of(Map.of("theme", "dark"))));
        Project back = ProjectReader.parse(ProjectWriter.toBytes(p), NAME);
        assertEquals(p, back);
        assertEquals("{\"sections\":[\"figure\"],\"theme\":\"dark\"}", tree(back).get("deck").toString());
        Project allWithExtras = TestProjects.small().withDeck(new DeckSections(EnumSet.allOf(DeckSection.class),
                Extras.of(Map.of("theme", "dark"))));
        assertEquals(allWithExtras, ProjectReader.parse(ProjectWriter.toBytes(allWithExtras), NAME),
                "every section with an unknown key is still written, so the key survives");
    }

    @Test
    void anUnknownRepeatedMissingOrEmptyListOfSectionsIsRefusedNamingWhere() {
        assertEquals("deck.sections[3]: unknown deck section \"appendix\"; expected one of title, figure, quadrants,"
                + " options, sensitivity, sources", refusal(r -> sections(r).add("appendix")));
        assertEquals("deck.sections[3]: \"title\" is listed twice", refusal(r -> sections(r).add("title")));
        assertEquals("deck: a briefing deck needs at least one section", refusal(r -> sections(r).removeAll()));
        assertEquals("deck.sections: is missing", refusal(r -> ((ObjectNode) r.get("deck")).remove("sections")));
    }

    private static ArrayNode sections(ObjectNode root) {
        return (ArrayNode) root.get("deck").get("sections");
    }

    private static String refusal(Consumer<ObjectNode> edit) {
        byte[] file = bytes(CHOSEN, edit);
        return assertThrows(ProjectFileException.class, () -> ProjectReader.parse(file, NAME)).problem();
    }

    @Test
    void theSchemaDescribesTheDeck() throws Exception {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(SchemaTest.SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        ObjectNode root = tree(CHOSEN);
        assertEquals(Set.of(), schema.validate(root));
        sections(root).add("appendix");
        assertFalse(schema.validate(root).isEmpty(), "an unknown section");
        ObjectNode twice = tree(CHOSEN);
        sections(twice).add("title");
        assertFalse(schema.validate(twice).isEmpty(), "a section twice");
        ObjectNode none = tree(CHOSEN);
        sections(none).removeAll();
        assertFalse(schema.validate(none).isEmpty(), "no section");
    }

    @Test
    void theDiffAndTheOutlineSayWhatChanged() {
        assertEquals(List.of("deck-sections-changed"), SemanticDiff.between(TestProjects.small(), CHOSEN).stream()
                .map(SemanticDiff.Change::kind).toList());
        assertFalse(ProjectOutline.lines(TestProjects.small()).stream().anyMatch(l -> l.startsWith("deck:")));
        assertEquals(List.of("deck: title, quadrants, sources"), ProjectOutline.lines(CHOSEN).stream()
                .filter(l -> l.startsWith("deck:")).toList());
    }
}
