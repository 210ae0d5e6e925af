package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.sectorscope.command.MoveSectorsCommand;
import org.sectorscope.command.SetMoveReasonCommand;
import org.sectorscope.model.Placement;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;

/** Placement history and unplaced sectors survive a save, read back equal, and match the schema. */
class PlacementHistoryStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:15:30Z"), ZoneOffset.UTC);

    private static Project withHistoryAndAnUnplacedSector() {
        Project p = TestProjects.small();
        p = MoveSectorsCommand.of(p, TestProjects.SOLAR, new Position(0.4, -0.4), CLOCK).apply(p);
        var change = p.sector(TestProjects.SOLAR).orElseThrow().history().get(0);
        p = SetMoveReasonCommand.of(p, List.of(new SetMoveReasonCommand.Target(TestProjects.SOLAR, change.id())),
                "Overcapacity now hurts foreign producers").apply(p);
        Sector unplaced = new Sector("sector-unplaced", "Quantum computing", "", null, null, Placement.analyst(""),
                List.of(), null);
        List<Sector> sectors = new ArrayList<>(p.sectors());
        sectors.add(unplaced);
        return p.withSectors(sectors);
    }

    @Test
    void historyAndUnplacedSectorsRoundTrip() throws Exception {
        Project p = withHistoryAndAnUnplacedSector();
        byte[] bytes = ProjectWriter.toBytes(p);
        Project back = ProjectReader.parse(bytes, "h.sectorscope.json");
        assertEquals(p, back);
        assertEquals(new String(bytes, StandardCharsets.UTF_8), ProjectWriter.toText(back));
        var h = back.sector(TestProjects.SOLAR).orElseThrow().history();
        assertEquals(1, h.size());
        assertEquals("2026-11-29T10:15:30Z", h.get(0).at());
        assertEquals("A", h.get(0).fromQuadrant());
        assertEquals("D", h.get(0).toQuadrant());
        assertEquals("Overcapacity now hurts foreign producers", h.get(0).reason());
        assertFalse(back.sector("sector-unplaced").orElseThrow().isPlaced());
        assertTrue(back.quadrantOf(back.sector("sector-unplaced").orElseThrow()).isEmpty());
    }

    @Test
    void theWrittenFileShowsHistoryAfterEvidenceAndNoPositionForUnplaced() {
        String text = ProjectWriter.toText(withHistoryAndAnUnplacedSector());
        assertTrue(text.contains("      ],\n      \"history\": [\n        {\n          \"id\": \"move-"), text);
        assertTrue(text.contains("\"fromQuadrant\": \"A\",\n          \"toQuadrant\": \"D\",\n"
                + "          \"reason\": \"Overcapacity now hurts foreign producers\""), text);
        int unplaced = text.indexOf("\"id\": \"sector-unplaced\"");
        int next = text.indexOf("}", unplaced);
        assertFalse(text.substring(unplaced, next).contains("position"), "no position for an unplaced sector");
    }

    @Test
    void theSchemaAcceptsHistoryAndUnplacedSectors() throws Exception {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(Path.of("docs", "sectorscope.schema.json"))) {
            schema = factory.getSchema(in);
        }
        var json = new ObjectMapper().readTree(ProjectWriter.toBytes(withHistoryAndAnUnplacedSector()));
        assertEquals(Set.of(), schema.validate(json));
        ((ObjectNode) json.at("/sectors/0/history/0")).remove("toQuadrant");
        assertEquals(1, schema.validate(json).size(), "a history entry needs its quadrant");
    }

    @Test
    void aHistoryEntryWithoutItsTargetIsRefusedWithItsPath() {
        String text = ProjectWriter.toText(withHistoryAndAnUnplacedSector()).replaceFirst("\"to\": \\{[^}]*\\},", "");
        var e = Assertions.assertThrows(ProjectFileException.class,
                () -> ProjectReader.parse(text.getBytes(StandardCharsets.UTF_8), "h.sectorscope.json"));
        assertEquals("sectors[0].history[0].to: is missing", e.problem());
    }
}
