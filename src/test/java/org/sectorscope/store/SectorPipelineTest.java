package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.ProjectDto.SectorDto;

/**
 * Sectors mapped while the file is parsed give the project, and the problems, that mapping after the parse
 * gives: the same records, the first bad sector told, the same evidence-id problems in the same order.
 */
class SectorPipelineTest {
    private static final int SECTORS = 5 * SectorPipeline.BATCH + 7; // several batches and a part one

    @Test
    void sectorsMappedDuringTheParseAreThoseMappedAfterIt() throws Exception {
        byte[] bytes = ProjectWriter.toBytes(TestProjects.random(31, SECTORS));
        ProjectDto dto;
        SectorPipeline.Mapped mapped;
        try (SectorPipeline pipeline = new SectorPipeline()) {
            dto = ProjectJson.MAPPER.readerFor(ProjectDto.class).withAttribute(SectorPipeline.class, pipeline)
                    .readValue(bytes);
            mapped = pipeline.mapped(dto.sectors);
        }
        assertNotNull(mapped, "a long list is mapped during the parse");
        Project after = ProjectMapper.toModel(ProjectJson.MAPPER.readValue(bytes, ProjectDto.class));
        assertEquals(after.sectors(), mapped.sectors());
        assertEquals(List.of(), ProjectIntegrity.problems(after, mapped.facts()));
        assertEquals(after, ProjectReader.open(bytes, "p.json").project());
    }

    @Test
    void aShortListIsLeftToTheMappingAfterTheParse() throws Exception {
        byte[] bytes = ProjectWriter.toBytes(TestProjects.random(32, SectorPipeline.BATCH - 1));
        try (SectorPipeline pipeline = new SectorPipeline()) {
            ProjectDto dto = ProjectJson.MAPPER.readerFor(ProjectDto.class)
                    .withAttribute(SectorPipeline.class, pipeline).readValue(bytes);
            assertNull(pipeline.mapped(dto.sectors));
        }
    }

    @Test
    void aListOtherThanTheOneHandedOverIsNotTaken() throws Exception {
        byte[] bytes = ProjectWriter.toBytes(TestProjects.random(33, SECTORS));
        ProjectDto handed = ProjectJson.MAPPER.readValue(bytes, ProjectDto.class);
        ProjectDto other = ProjectJson.MAPPER.readValue(bytes, ProjectDto.class);
        try (SectorPipeline pipeline = new SectorPipeline()) {
            handed.sectors.forEach(pipeline::accept);
            assertNull(pipeline.mapped(other.sectors), "equal DTOs, but not the very ones handed over");
        }
        try (SectorPipeline pipeline = new SectorPipeline()) {
            handed.sectors.forEach(pipeline::accept);
            List<SectorDto> shorter = handed.sectors.subList(0, handed.sectors.size() - 1);
            assertNull(pipeline.mapped(shorter));
        }
    }

    @Test
    void theFirstBadSectorIsToldAsWhenMappedAfterTheParse() throws Exception {
        ObjectNode tree = (ObjectNode) ProjectJson.MAPPER.readTree(ProjectWriter.toBytes(TestProjects.random(34, SECTORS)));
        ((ObjectNode) tree.withArray("sectors").get(100)).putObject("position").put("x", 5).put("y", 0);
        ((ObjectNode) tree.withArray("sectors").get(200)).putObject("position").put("x", 0).put("y", -7);
        byte[] bytes = ProjectJson.WRITER.writeValueAsBytes(tree);
        ProjectMapper.InvalidValue afterTheParse = assertThrows(ProjectMapper.InvalidValue.class,
                () -> ProjectMapper.toModel(ProjectJson.MAPPER.readValue(bytes, ProjectDto.class)));

        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectReader.open(bytes, "p.json"));

        assertEquals(afterTheParse.getMessage(), e.problem());
        assertEquals("sectors[100].position", e.problem().substring(0, "sectors[100].position".length()));
    }

    @Test
    void evidenceIdsUsedTwiceAreToldAsTheIntegrityCheckTellsThem() throws Exception {
        Project sound = TestProjects.random(35, SECTORS);
        List<Sector> withEvidence = sound.sectors().stream().filter(s -> !s.evidence().isEmpty()).toList();
        Project broken = sound;
        for (int k : new int[] {withEvidence.size() - 1, withEvidence.size() / 2}) {
            Sector s = withEvidence.get(k);
            List<Evidence> items = new ArrayList<>(s.evidence());
            Evidence e = items.get(0);
            String copied = withEvidence.get(k - 1).evidence().get(0).id();
            items.set(0, new Evidence(copied, e.quote(), e.note(), e.sourceId(), e.page(), e.reliability(),
                    e.credibility(), e.bearing(), e.tags(), e.added(), e.extras()));
            broken = broken.withSector(s.id(), x -> x.withEvidence(items));
        }
        List<String> expected = ProjectIntegrity.problems(broken);
        assertEquals(2, expected.size(), expected::toString);
        byte[] bytes = ProjectWriter.toBytes(broken);

        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectReader.open(bytes, "p.json"));

        assertEquals(expected.get(0) + " (and 1 more problem)", e.problem());
        try (SectorPipeline pipeline = new SectorPipeline()) {
            ProjectDto dto = ProjectJson.MAPPER.readerFor(ProjectDto.class)
                    .withAttribute(SectorPipeline.class, pipeline).readValue(bytes);
            assertEquals(expected, pipeline.mapped(dto.sectors).facts().evidenceIdProblems());
        }
    }
}
